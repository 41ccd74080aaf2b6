/**
 * The JSONPath definitions of the shared corpus are expressible in the typed DSL: each module
 * under jsonpath/ writes one of them as a careful author would (a zod input schema for what the
 * definition reads, typed integration helpers, the condition factory, `ref`, typed intrinsics),
 * and the ASL the compiler emits for it must equal the corpus file and pass asl-validator and,
 * where it applies, @wmfs/statelint (rebuild-suite.ts says what is checked). A module lists each
 * untyped form it writes in `escapes`, with why; the source of every module is searched for
 * those forms, so one written without being named, or named but no longer written, fails.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { shareAjvAcrossAslValidatorCalls } from "../support/shared-ajv.ts";
import { describeWithCorpus, readManifest } from "./corpus-files.ts";
import { escapeKindsIn } from "./escape-hatches.ts";
import { describeRebuild, expectCoverage } from "./rebuild-suite.ts";
import { JSONPATH_REBUILDS } from "./jsonpath/index.ts";

shareAjvAcrossAslValidatorCalls();

const MINIMUM_REBUILDS = 60;
const MODULES = join(dirname(fileURLToPath(import.meta.url)), "jsonpath");

/** Each module's source by the corpus file it names. */
function moduleSources(): Map<string, { file: string; source: string }> {
  const sources = new Map<string, { file: string; source: string }>();
  for (const file of readdirSync(MODULES).filter((name) => name.endsWith(".ts") && name !== "index.ts")) {
    const source = readFileSync(join(MODULES, file), "utf8");
    const corpus = /\bcorpus:\s*"([^"]+)"/.exec(source)?.[1];
    if (corpus === undefined) throw new Error(`${file} names no corpus file`);
    sources.set(corpus, { file, source });
  }
  return sources;
}

describe("the search for untyped forms", () => {
  it("finds each kind in a module's code, and none in its comments", () => {
    expect(escapeKindsIn(`.task("A", { resource: "arn:aws:states:::lambda:invoke" })`)).toEqual(["raw resource"]);
    expect(escapeKindsIn(`.task("A", { resource: integrationFromArn(arn) })`)).toEqual(["raw resource"]);
    expect(escapeKindsIn(`.task("A", { resource: service("glue", "getTable") })`)).toEqual(["untyped integration"]);
    expect(escapeKindsIn(`.task("A", { resource: awsSdk("s3", "listObjects") })`)).toEqual(["untyped integration"]);
    expect(escapeKindsIn(`parameters: { "x.$": "States.Format('{}',$.a)" }`)).toEqual(["raw intrinsic"]);
    expect(escapeKindsIn(`result: z.object({ body: z.unknown() })`)).toEqual(["unknown schema"]);
    expect(escapeKindsIn(`.goto("Loop" as never)`)).toEqual(["cast"]);
    expect(escapeKindsIn(`// resource: "arn:aws:states:::lambda:invoke"\n/* service("glue", "getTable") */\n.catch(["States.TaskFailed"], "Handler")`)).toEqual([]);
  });
});

describeWithCorpus("JSONPath corpus definitions rebuilt with the typed DSL", (folder) => {
  const manifest = readManifest(folder);
  const sources = moduleSources();

  it(`cover at least ${MINIMUM_REBUILDS} distinct JSONPath definitions the corpus does not call invalid`, () => {
    expectCoverage(JSONPATH_REBUILDS, manifest, ["JSONPath"], MINIMUM_REBUILDS);
  });

  it("list every module in the folder", () => {
    expect(JSONPATH_REBUILDS.map((r) => r.corpus).sort()).toEqual([...sources.keys()].sort());
  });

  for (const rebuild of JSONPATH_REBUILDS) {
    describeRebuild(folder, rebuild, { statelint: true });
    const module = sources.get(rebuild.corpus);
    describe(rebuild.corpus, () => {
      it("names each untyped form it writes, and only those", () => {
        const named = [...new Set((rebuild.escapes ?? []).map((escape) => escape.kind))].sort();
        expect(named, `${module?.file} writes these untyped forms; list each in escapes with where and why`).toEqual(escapeKindsIn(module?.source ?? "").sort());
        for (const escape of rebuild.escapes ?? []) expect(escape.why.length, `${escape.where}: say why`).toBeGreaterThan(0);
      });
    });
  }
});
