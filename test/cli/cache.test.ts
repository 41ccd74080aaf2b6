/**
 * Type-check results reused across processes (node_modules/.cache/aslc): a build of unchanged
 * sources reuses them; any change of a file the check read, of the options or of the toolchain
 * checks again, so a stale entry never hides an error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileRecord, TypeCheckCache, stillHolds } from "@aslc/compiler/internal";
import { aslc } from "../support/cli.ts";
import { tempProjects } from "../support/temp-projects.ts";

const FLOW = `import { z } from "zod";
import { workflow } from "@aslc/dsl";
import { label } from "./label.ts";

export default workflow("Flow", { input: z.object({ id: z.string() }) }).pass(label).succeed("Done");
`;

const project = tempProjects("cache", { "flow.workflow.ts": FLOW, "label.ts": 'export const label = "Step";\n' });

const reused = (stdout: string) => Number(/(\d+) reused from the cache/.exec(stdout)?.[1]);

describe("the type-check cache across builds", () => {
  it("reuses the check of unchanged sources, and checks again when an imported file changes", () => {
    const p = project({});
    expect(aslc(p.dir, "build").status).toBe(0);
    const again = aslc(p.dir, "build", "--verbose");
    expect(again.status).toBe(0);
    expect(reused(again.stdout)).toBe(1);
    // An error in a file the workflow imports: the cached clean result must not hide it.
    p.write("label.ts", 'export const label: number = "Step";\n');
    const broken = aslc(p.dir, "build", "--verbose");
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^label\.ts:1:14 - error TS2322/m);
    // And the error stays until it is fixed, from the cache too.
    const stillBroken = aslc(p.dir, "build", "--verbose");
    expect(stillBroken.status).toBe(2);
    expect(stillBroken.stderr).toMatch(/^label\.ts:1:14 - error TS2322/m);
    p.write("label.ts", 'export const label = "Step";\n');
    expect(aslc(p.dir, "build").status).toBe(0);
  });

  it("checks again when the tsconfig's options change, or a file appears under the roots", () => {
    const p = project({ "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, module: "esnext", moduleResolution: "bundler", skipLibCheck: true, types: [] } }) });
    aslc(p.dir, "build");
    aslc(p.dir, "build");
    expect(reused(aslc(p.dir, "build", "--verbose").stdout)).toBe(1);
    p.write("tsconfig.json", JSON.stringify({ compilerOptions: { strict: true, noUnusedLocals: true, module: "esnext", moduleResolution: "bundler", skipLibCheck: true, types: [] } }));
    p.write("label.ts", 'const unused = 1;\nexport const label = "Step";\n');
    const result = aslc(p.dir, "build", "--verbose");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/label\.ts:1:7 - error TS6133/);
    p.write("label.ts", 'export const label = "Step";\n');
    aslc(p.dir, "build");
    p.write("extra.ts", "export const broken: string = 1;\n");
    const added = aslc(p.dir, "build");
    expect(added.status).toBe(2);
    expect(added.stderr).toMatch(/^extra\.ts:1:14 - error TS2322/m);
  });

  it("is neither read nor written with --no-cache", () => {
    const p = project({});
    aslc(p.dir, "build");
    aslc(p.dir, "build");
    const result = aslc(p.dir, "build", "--verbose", "--no-cache");
    expect(result.stdout).toContain("0 reused from the cache (cache off)");
  });
});

describe("TypeCheckCache", () => {
  const dir = mkdtempSync(join(tmpdir(), "aslc-cache-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const source = join(dir, "a.ts");
  const group = { files: [source], roots: [] };

  function stored(toolchain: string) {
    writeFileSync(source, "export const a = 1;\n");
    const record = new FileRecord();
    record.note("file", source, "export const a = 1;\n");
    record.note("exists", join(dir, "b.ts"), false);
    const cache = new TypeCheckCache(join(dir, "cache"), toolchain);
    cache.store(group, { diagnostics: [{ code: "TS1", severity: "error", message: "kept" }], record: record.entries });
    return record;
  }

  it("answers with the stored diagnostics while everything read is the same", () => {
    stored("v1");
    expect(new TypeCheckCache(join(dir, "cache"), "v1").lookup(group)).toEqual([{ code: "TS1", severity: "error", message: "kept" }]);
  });

  it("misses after a new aslc or TypeScript version", () => {
    stored("v1");
    expect(new TypeCheckCache(join(dir, "cache"), "v2").lookup(group)).toBeUndefined();
  });

  it("misses when a file read changed, or a file looked for appeared", () => {
    const record = stored("v1");
    expect(stillHolds(record.entries)).toBe(true);
    writeFileSync(source, "export const a = 2;\n");
    expect(stillHolds(record.entries)).toBe(false);
    expect(new TypeCheckCache(join(dir, "cache"), "v1").lookup(group)).toBeUndefined();
    const appeared = stored("v1");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "b.ts"), "");
    expect(stillHolds(appeared.entries)).toBe(false);
    rmSync(join(dir, "b.ts"));
  });

  it("misses when the files checked differ", () => {
    stored("v1");
    expect(new TypeCheckCache(join(dir, "cache"), "v1").lookup({ files: [source, join(dir, "c.ts")], roots: [] })).toBeUndefined();
  });
});
