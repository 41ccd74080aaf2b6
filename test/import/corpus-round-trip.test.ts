/**
 * The corpus round trip: every definition of the shared corpus that Step Functions accepts
 * (MANIFEST expected_valid not `no`, refs_ok yes, and not one refused-by-step-functions.ts shows
 * Step Functions refuses) is read, imported, and built back, all the modules in one `aslc build`
 * (type check included), and the definition built must equal the one read (as parsed JSON; a
 * placeholder the reader made of a CloudFormation intrinsic compares equal once the intrinsic is
 * put back). The definitions that do not are listed in corpus-round-trip-failures.ts with the
 * reason: the test fails when a listed one passes or an unlisted one fails. Each refused
 * definition must be refused by aslc lint too, so the list cannot hide a definition aslc takes.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, expect, it } from "vitest";
import type { WorkflowIR } from "@aslc/dsl";
import { compile, importWorkflow, lint, type Diagnostic } from "@aslc/compiler";
import { readWorkflow } from "../../packages/compiler/src/read/read-workflow.ts";
import { readDefinitionSources } from "../../packages/compiler/src/read/sources/index.ts";
import { describeWithCorpus, readManifest } from "../corpus/corpus-files.ts";
import { tempProject } from "../support/temp-project.ts";
import { ROUND_TRIP_FAILURES } from "./corpus-round-trip-failures.ts";
import { RECORDED_TWICE, REFUSED_BY_STEP_FUNCTIONS } from "./refused-by-step-functions.ts";

/**
 * Definitions that round-trip, of the accepted ones, at the last count: the figure may only rise.
 * The target is 98% of the accepted definitions.
 */
const PASSED_AT_LEAST = 559;

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

const refused = (file: string) => Object.hasOwn(REFUSED_BY_STEP_FUNCTIONS, file);

describeWithCorpus("corpus definitions import and build back equal", (folder) => {
  const manifestRows = [...readManifest(folder).values()].filter((row) => row.expected_valid !== "no" && row.refs_ok === "yes");

  it("leaves out only definitions the manifest would count, each of which aslc refuses too", async () => {
    const counted = new Set(manifestRows.map((row) => row.file!));
    const problems: string[] = RECORDED_TWICE.map((file) => `${file}: recorded in refused-by-step-functions.ts and in the disagreements table: keep one`);
    for (const file of Object.keys(REFUSED_BY_STEP_FUNCTIONS).sort()) {
      if (!counted.has(file)) problems.push(`${file}: not a definition the round trip would count (expected_valid not no, refs_ok yes): remove it from the list`);
      else if (Object.hasOwn(ROUND_TRIP_FAILURES, file)) problems.push(`${file}: refused by Step Functions, so not a round-trip failure: remove it from corpus-round-trip-failures.ts`);
      else if (!(await lint([join(folder, file)])).diagnostics.some((d) => d.severity === "error")) problems.push(`${file}: aslc lint takes a definition Step Functions refuses`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it("every accepted definition, but the listed ones, round-trips", async () => {
    const rows = manifestRows.filter((row) => !refused(row.file!));
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
    const share = (of: number) => `${((100 * passed) / of).toFixed(1)}%`;
    console.info(
      `corpus round trip: ${passed} of ${rows.length} definitions Step Functions accepts (${share(rows.length)}) import and build back equal; ` +
        `${passed} of ${manifestRows.length} manifest rows (${share(manifestRows.length)}), ${manifestRows.length - rows.length} of them refused by Step Functions`,
    );
    const unexpected = [...failures].filter(([file, got]) => ROUND_TRIP_FAILURES[file]?.got !== got);
    for (const [file, got] of unexpected) console.info(`not listed: ${JSON.stringify(file)}: ${got} (${messages.get(file) ?? ""})`);
    expect(Object.fromEntries([...failures].sort())).toEqual(Object.fromEntries(Object.entries(ROUND_TRIP_FAILURES).map(([file, { got }]) => [file, got])));
    expect(passed).toBeGreaterThanOrEqual(PASSED_AT_LEAST);
  }, 600_000);
});
