/**
 * The build's type checker: tsc's diagnostics at tsc's sites, and, kept between builds as watch
 * mode keeps it, the diagnostics of a file checked again when the file or anything it imports
 * (directly or not) changed, appeared or went away, and reused otherwise.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TypeChecker } from "@aslc/compiler/internal";
import { tempProjects } from "../support/temp-projects.ts";

const project = tempProjects("type-checker", {
  "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "esnext", moduleResolution: "bundler", target: "es2022", allowImportingTsExtensions: true, skipLibCheck: true } }),
  "shape.ts": "export interface Shape { readonly size: number }\n",
  "middle.ts": 'export type { Shape } from "./shape.ts";\n',
  "use.ts": 'import type { Shape } from "./middle.ts";\nexport const shape: Shape = { size: 1 };\n',
  "alone.ts": "export const alone: number = 1;\n",
});

const summary = (diagnostics: readonly { code: string; site?: { file: string; line: number; column: number } }[], dir: string) =>
  diagnostics.map((d) => `${d.code} ${d.site ? `${d.site.file.slice(dir.length + 1)}:${d.site.line}:${d.site.column}` : ""}`);

describe("the type checker", () => {
  it("reports tsc's error at its file, line and column, with a code frame", async () => {
    const p = project({ "alone.ts": "export const alone: number =\r\n  'one';\n" });
    const checker = await TypeChecker.create(p.dir);
    const [found] = checker.check([join(p.dir, "alone.ts")], []);
    expect(found).toMatchObject({ code: "TS2322", severity: "error", site: { file: join(p.dir, "alone.ts"), line: 1, column: 14 } });
    expect(found!.message).toBe("Type 'string' is not assignable to type 'number'.");
    expect(found!.frame).toContain("> 1 | export const alone: number =");
  });

  it("checks a file again when a file it imports through another changes, and keeps the others' results", async () => {
    const p = project();
    const files = ["alone.ts", "middle.ts", "shape.ts", "use.ts"].map((f) => join(p.dir, f));
    const checker = await TypeChecker.create(p.dir);
    expect(checker.check(files, [])).toEqual([]);
    p.write("shape.ts", "export interface Shape { readonly size: string }\n");
    expect(summary(checker.check(files, []), p.dir)).toEqual(["TS2322 use.ts:2:31"]);
    p.write("shape.ts", "export interface Shape { readonly size: number }\n");
    expect(checker.check(files, [])).toEqual([]);
  });

  it("checks a file again when a file it imports appears or goes away", async () => {
    const p = project({ "use.ts": 'import { extra } from "./extra.ts";\nexport const n: number = extra;\n' });
    const files = () => ["alone.ts", "use.ts"].map((f) => join(p.dir, f));
    const checker = await TypeChecker.create(p.dir);
    expect(summary(checker.check(files(), []), p.dir)).toEqual(["TS2307 use.ts:1:23"]);
    p.write("extra.ts", "export const extra = 1;\n");
    expect(checker.check(files(), [])).toEqual([]);
    p.write("extra.ts", 'export const extra = "one";\n');
    expect(summary(checker.check(files(), []), p.dir)).toEqual(["TS2322 use.ts:2:14"]);
  });
});
