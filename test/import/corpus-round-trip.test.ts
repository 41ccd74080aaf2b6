/**
 * The corpus round trip: every definition of the shared corpus that Step Functions accepts
 * (MANIFEST expected_valid not `no`, refs_ok yes) is read, imported, and built back, all the
 * modules in one `aslc build` (type check included), and the definition built must equal the one
 * read (as parsed JSON; a placeholder the reader made of a CloudFormation intrinsic compares
 * equal once the intrinsic is put back). The definitions that do not are listed in
 * corpus-round-trip-failures.ts with the reason: the test fails when a listed one passes or an
 * unlisted one fails.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, expect, it } from "vitest";
import type { WorkflowIR } from "@aslc/dsl";
import { compile, importWorkflow, type Diagnostic } from "@aslc/compiler";
import { readWorkflow } from "../../packages/compiler/src/read/read-workflow.ts";
import { readDefinitionSources } from "../../packages/compiler/src/read/sources/index.ts";
import { describeWithCorpus, readManifest } from "../corpus/corpus-files.ts";
import { tempProject } from "../support/temp-project.ts";
import { ROUND_TRIP_FAILURES } from "./corpus-round-trip-failures.ts";

const project = tempProject({}, "corpus-round-trip");
afterAll(() => project.remove());

/** The definition with each intrinsic's placeholder (a whole string `${Name}`) replaced by the intrinsic. */
function withIntrinsics(value: unknown, intrinsics: { readonly [name: string]: unknown }): unknown {
  if (typeof value === "string") {
    const name = /^\$\{([^}]+)\}$/.exec(value)?.[1];
    return name !== undefined && Object.hasOwn(intrinsics, name) ? intrinsics[name] : value;
  }
  if (Array.isArray(value)) return value.map((item) => withIntrinsics(item, intrinsics));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withIntrinsics(item, intrinsics)]));
}

/** Where two JSON values first differ, as a path. */
function firstDifference(got: unknown, want: unknown, path = ""): string {
  if (typeof got !== "object" || typeof want !== "object" || got === null || want === null || Array.isArray(got) !== Array.isArray(want)) return path || "/";
  for (const key of new Set([...Object.keys(got), ...Object.keys(want)])) {
    const a = (got as Record<string, unknown>)[key];
    const b = (want as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, `${path}/${key}`);
  }
  return path || "/";
}

const codes = (diagnostics: readonly Diagnostic[]) => [...new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.code))].sort().join(", ");
/** The first error's message, to print beside a failure that is not listed. */
const firstMessage = (diagnostics: readonly Diagnostic[]) => diagnostics.find((d) => d.severity === "error")?.message.split("\n")[0] ?? "";

interface Candidate {
  readonly file: string;
  readonly module: string;
  readonly definition: unknown;
  readonly intrinsics: { readonly [name: string]: unknown };
}

describeWithCorpus("corpus definitions import and build back equal", (folder) => {
  it("every accepted definition, but the listed ones, round-trips", async () => {
    const rows = [...readManifest(folder).values()].filter((row) => row.expected_valid !== "no" && row.refs_ok === "yes");
    const failures = new Map<string, string>();
    const messages = new Map<string, string>();
    const candidates: Candidate[] = [];
    for (const [index, row] of rows.entries()) {
      const file = row.file!;
      const found = await readDefinitionSources(join(folder, file));
      const source = found.sources[0];
      if (found.sources.length !== 1 || source === undefined) {
        failures.set(file, `sources: ${codes(found.diagnostics) || `${found.sources.length} definitions`}`);
        continue;
      }
      const read = readWorkflow(source);
      if (read.workflow === undefined || codes(read.diagnostics) !== "") {
        failures.set(file, `read: ${codes(read.diagnostics)}`);
        messages.set(file, firstMessage(read.diagnostics));
        continue;
      }
      const workflow: WorkflowIR = { ...read.workflow, name: `Corpus${index}` };
      const imported = await importWorkflow(workflow, { exportName: `Corpus${index}` });
      if (codes(imported.diagnostics) !== "") {
        failures.set(file, `import: ${codes(imported.diagnostics)}`);
        messages.set(file, firstMessage(imported.diagnostics));
        continue;
      }
      // A folder each: the Lambda handler stubs of unrelated definitions must not meet.
      mkdirSync(join(project.dir, `c${index}`));
      const module = join(project.dir, `c${index}`, "corpus.workflow.ts");
      project.write(`c${index}/corpus.workflow.ts`, imported.source);
      candidates.push({ file, module, definition: source.definition, intrinsics: read.intrinsics });
    }

    // One build of every module: the files it reports fail, with their codes. Problems found only
    // once the others are gone (the outputs' checks come after validation) take another round.
    let built = await compile({ cwd: project.dir, paths: [project.dir], write: false });
    for (let round = 0; built.diagnostics.some((d) => d.severity === "error"); round++) {
      if (round === 3) throw new Error(`the build still fails: ${built.diagnostics.map((d) => d.message).join("\n")}`);
      const byModule = new Map<string, Diagnostic[]>();
      for (const d of built.diagnostics.filter((d) => d.severity === "error")) {
        const at = d.site?.file;
        if (at === undefined) throw new Error(`a diagnostic names no module: ${d.code} ${d.message}`);
        byModule.set(at, [...(byModule.get(at) ?? []), d]);
      }
      for (const candidate of candidates) {
        const problems = byModule.get(candidate.module);
        if (problems === undefined) continue;
        failures.set(candidate.file, `build: ${codes(problems)}`);
        messages.set(candidate.file, firstMessage(problems));
        rmSync(candidate.module);
      }
      // The types were checked in the first round, and the modules left are unchanged.
      built = await compile({ cwd: project.dir, paths: [project.dir], write: false, typeCheck: false });
    }
    const definitions = new Map(built.workflows.map((w) => [w.file, w.definition]));
    for (const candidate of candidates) {
      if (failures.has(candidate.file)) continue;
      const definition = withIntrinsics(definitions.get(candidate.module), candidate.intrinsics);
      if (!isDeepStrictEqual(definition, candidate.definition)) failures.set(candidate.file, `differs at ${firstDifference(definition, candidate.definition)}`);
    }

    const passed = rows.length - failures.size;
    console.info(`corpus round trip: ${passed} of ${rows.length} definitions (${((100 * passed) / rows.length).toFixed(1)}%) import and build back equal`);
    const unexpected = [...failures].filter(([file, got]) => ROUND_TRIP_FAILURES[file]?.got !== got);
    for (const [file, got] of unexpected) console.info(`not listed: ${JSON.stringify(file)}: ${got} (${messages.get(file) ?? ""})`);
    expect(Object.fromEntries([...failures].sort())).toEqual(Object.fromEntries(Object.entries(ROUND_TRIP_FAILURES).map(([file, { got }]) => [file, got])));
  }, 600_000);
});
