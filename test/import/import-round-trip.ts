/**
 * One definition through `aslc import` and back through `aslc build` (type check included):
 * the module written, the build's errors, and the definition the build writes.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { compile, importWorkflow } from "@aslc/compiler";
import { readWorkflow } from "../../packages/compiler/src/read/read-workflow.ts";
import { readDefinitionSources } from "../../packages/compiler/src/read/sources/index.ts";
import type { TempProject } from "../support/temp-project.ts";

let count = 0;

export interface RoundTrip {
  readonly source: string;
  /** The build's errors, as `code message` lines. */
  readonly errors: readonly string[];
  readonly definition: unknown;
}

export async function importAndBuild(project: TempProject, definition: object): Promise<RoundTrip> {
  const folder = `case${++count}`;
  mkdirSync(join(project.dir, folder));
  project.write(`${folder}/definition.asl.json`, JSON.stringify(definition, null, 2));
  const found = await readDefinitionSources(join(project.dir, folder, "definition.asl.json"));
  const read = readWorkflow(found.sources[0]!);
  if (read.workflow === undefined) throw new Error(`unreadable: ${read.diagnostics.map((d) => d.message).join("\n")}`);
  const imported = await importWorkflow({ ...read.workflow, name: "Imported" }, { exportName: "Imported" });
  const module = join(project.dir, folder, "imported.workflow.ts");
  project.write(`${folder}/imported.workflow.ts`, imported.source);
  const built = await compile({ cwd: join(project.dir, folder), paths: [module], write: false });
  const errors = built.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message.split("\n")[0]}`);
  return { source: imported.source, errors, definition: built.workflows[0]?.definition };
}
