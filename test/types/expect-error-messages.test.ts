// Every `// @ts-expect-error <text>` in a type test names its error: the text is part of the message
// of an error on the line the directive covers. Without this, any error satisfies a directive, even
// one that has nothing to do with what the test says it tests.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { collectDirectiveErrors, namesItsError, repoCompilerOptions, type DirectiveErrors } from "../support/expect-error-directives.ts";
import { internalEncodingsIn } from "../support/internal-encoding.ts";
import { REPO, tempProject } from "../support/temp-project.ts";

const options = repoCompilerOptions(path.join(REPO, "tsconfig.json"));
const SKIPPED_FOLDERS = new Set(["node_modules", "dist", ".tmp", ".git"]);

function typeTestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : typeTestFiles(full);
    return entry.name.endsWith(".test-d.ts") ? [full] : [];
  });
}

function report({ directive, messages }: DirectiveErrors): string {
  const where = `${path.relative(REPO, directive.file)}:${directive.line}`;
  const found = messages.length === 0 ? "no error on line " + directive.coveredLine : messages.join("\n    ");
  return `${where} expects "${directive.text}"\n    ${found}`;
}

/** One program for every type test: tsc takes a while on a busy machine. */
const TYPE_CHECK_TIMEOUT = 300_000;

test("every @ts-expect-error in the type tests carries the text of the error it expects, and no other error hides under it", { timeout: TYPE_CHECK_TIMEOUT }, () => {
  const files = typeTestFiles(REPO);
  expect(files.length).toBeGreaterThan(0);
  const results = collectDirectiveErrors(files, options);
  expect(results.length).toBeGreaterThan(100);
  expect(results.filter((result) => !namesItsError(result)).map(report)).toEqual([]);
  // A wrong argument reads as its sentence (`{ readonly "aslc error": "…" }`) beside the value as
  // written, never through an internal encoding: not the alias that attaches the sentence, a
  // chain's type (its payload in canonical form), an intrinsic call's Intrinsic<…>, nor the
  // NoInfer that keeps a check out of inference.
  const leaks = results.flatMap(({ directive, messages }) =>
    messages.flatMap((m) => internalEncodingsIn(m).map((encoding) => `${path.relative(REPO, directive.file)}: ${encoding} in "${directive.text}"`)),
  );
  expect(leaks).toEqual([]);
});

describe("the check itself", () => {
  // Plain TypeScript errors stand in for the DSL's, so these cases do not depend on its types.
  const fixture = [
    "// @ts-expect-error Type 'string' is not assignable to type 'number'",
    'export const right: number = "a";',
    "// @ts-expect-error Type 'string' is not assignable to type 'boolean'",
    'export const changed: number = "a";',
    "// @ts-expect-error",
    'export const bare: number = "a";',
    "// @ts-expect-error Type '\"on\"' is not assignable to type '\"off\"'",
    "",
    "// a comment between the directive and the line it covers",
    'export const spaced: "off" = "on";',
    "// @ts-expect-error Type 'string' is not assignable to type 'number'",
    "export const fine: number = 1;",
    "// @ts-expect-error needs \"JSONata\": set queryLanguage",
    'export const escaped: "needs \\"JSONata\\": set queryLanguage" = "x";',
    "// @ts-expect-error Type 'string' is not assignable to type 'number'",
    'export const [first, second]: [number, boolean] = ["a", 1];',
  ].join("\n");

  test("a directive names its error only when its text is in the message of every error on the line it covers", () => {
    const project = tempProject({ "fixture.test-d.ts": fixture }, "expect-error");
    try {
      const results = collectDirectiveErrors([path.join(project.dir, "fixture.test-d.ts")], options);
      expect(results.map((result) => [result.directive.line, result.directive.coveredLine, namesItsError(result)])).toEqual([
        [1, 2, true],
        [3, 4, false], // the message was changed
        [5, 6, false], // no text names nothing
        [7, 10, true], // blank and comment lines are skipped, as tsc does
        [11, 12, false], // no error on the line
        [13, 14, true], // the literal's quotes as the source writes them
        [15, 16, false], // another error on the line, which the directive would hide
      ]);
    } finally {
      project.remove();
    }
  });
});
