/**
 * `aslc import`: every state machine in the files given (ASL files, SAM and CloudFormation
 * templates, serverless.yml, Terraform) becomes one `<name>.workflow.ts` module. Nothing is
 * written when anything fails, an existing file is replaced only when asked, and the modules are
 * written atomically, as a build writes its outputs.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { workflowNameProblem } from "../names.ts";
import type { DefinitionSource, SourceFormat } from "../read/definition-source.ts";
import { substitutionProblems } from "../lint/substitutions.ts";
import { readWorkflow } from "../read/read-workflow.ts";
import { readDefinitionSources } from "../read/sources/index.ts";
import { writeAtomically, WriteError } from "../write/atomic-write.ts";
import { importWorkflow } from "./import-workflow.ts";
import { workflowFileStem, workflowIdentifier } from "./workflow-identifier.ts";

export interface ImportFilesOptions {
  /** The files to read, relative to `cwd`. */
  readonly files: readonly string[];
  /**
   * The folder the modules are written to.
   * @default the folder of the file each definition was read from
   */
  readonly out?: string;
  /**
   * Replace a module that exists already.
   * @default false
   */
  readonly force?: boolean;
  /** @default process.cwd() */
  readonly cwd?: string;
  /**
   * Write the modules; false only reports what would be written.
   * @default true
   */
  readonly write?: boolean;
}

/** A CloudFormation intrinsic the definition held where the module holds a `${Name}` placeholder. */
export interface IntrinsicPlaceholder {
  readonly name: string;
  /** The intrinsic as written in the template (`{ "Fn::GetAtt": ["Fn", "Arn"] }`). */
  readonly value: unknown;
}

export interface ImportedModule {
  /** The module's path (absolute). */
  readonly path: string;
  /** The workflow it exports, and so the name of the `.asl.json` a build writes beside it. */
  readonly workflow: string;
  readonly source: string;
  /** Where the definition was read. */
  readonly from: { readonly file: string; readonly name: string; readonly format: SourceFormat };
  /** Placeholders that stand for CloudFormation intrinsics: DefinitionSubstitutions must give them. */
  readonly intrinsics: readonly IntrinsicPlaceholder[];
}

export interface ImportFilesResult {
  readonly modules: readonly ImportedModule[];
  /** The paths written (absolute). */
  readonly written: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A name Step Functions (and so `aslc build`) takes for the workflow: forbidden characters become `-`. */
function workflowName(name: string): string {
  if (workflowNameProblem(name) === undefined) return name;
  const cleaned = name.replace(/[^\p{L}\p{N}_.-]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  return cleaned.length > 0 && workflowNameProblem(cleaned) === undefined ? cleaned : "ImportedWorkflow";
}

export async function importFiles(options: ImportFilesOptions): Promise<ImportFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const modules: ImportedModule[] = [];
  const taken = new Set<string>();
  for (const file of options.files) {
    const found = await readDefinitionSources(resolve(cwd, file));
    diagnostics.push(...found.diagnostics);
    for (const source of found.sources) {
      const module = await importSource(source, options, cwd, taken, diagnostics);
      if (module) modules.push(module);
    }
  }
  if (diagnostics.some((d) => d.severity === "error") || options.write === false) return { modules, written: [], diagnostics };
  try {
    const folders = [...new Set(modules.map((m) => dirname(m.path)))].map((folder) => ({
      folder,
      files: modules.filter((m) => dirname(m.path) === folder).map((m) => ({ path: m.path, content: m.source })),
      remove: [],
    }));
    return { modules, written: writeAtomically(folders), diagnostics };
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const message = `${error.message}: make sure the folder is writable and nothing else stands at that path`;
    return { modules, written: [], diagnostics: [...diagnostics, { code: "ASLC305", severity: "error", message }] };
  }
}

async function importSource(source: DefinitionSource, options: ImportFilesOptions, cwd: string, taken: Set<string>, diagnostics: Diagnostic[]): Promise<ImportedModule | undefined> {
  const read = readWorkflow(source);
  diagnostics.push(...read.diagnostics);
  if (read.workflow === undefined || read.diagnostics.some((d) => d.severity === "error")) return undefined;
  const name = uniqueName(workflowName(source.name), taken);
  const workflow = name === read.workflow.name ? read.workflow : { ...read.workflow, name };
  const intrinsics = Object.entries(read.intrinsics).map(([placeholder, value]) => ({ name: placeholder, value }));
  const imported = await importWorkflow(workflow, { exportName: workflowIdentifier(name), ...(source.substitutions !== undefined ? { substitutions: source.substitutions } : {}) });
  diagnostics.push(...imported.diagnostics);
  // The placeholders and DefinitionSubstitutions lint checks: reported, not blocking, since the template is the user's to mend.
  diagnostics.push(...substitutionProblems(source, workflow, new Set(Object.keys(read.intrinsics))).map((d) => ({ ...d, severity: "warning" as const })));
  for (const intrinsic of intrinsics) {
    diagnostics.push({
      code: "ASLC434",
      severity: "warning",
      workflow: name,
      message: `state machine '${source.name}': the CloudFormation intrinsic ${JSON.stringify(intrinsic.value)} is written as the placeholder \${${intrinsic.name}}: add ${intrinsic.name} to the state machine's DefinitionSubstitutions with that value`,
      site: source.siteOf([]),
    });
  }
  const folder = options.out !== undefined ? resolve(cwd, options.out) : dirname(source.file);
  const path = uniquePath(folder, workflowFileStem(name), taken);
  // The build writes <Workflow>.asl.json beside the module: it must not take the place of the definition read (compared without case, as macOS and Windows do).
  const built = join(dirname(path), `${name}.asl.json`);
  if (built.toLowerCase() === resolve(source.file).toLowerCase()) {
    diagnostics.push({
      code: "ASLC433",
      severity: "warning",
      workflow: name,
      message: `aslc build will write workflow '${name}' to ${built}, the file it was imported from: keep the original (commit it, or import with --out into another folder) and compare the two before the build replaces it`,
      site: source.siteOf([]),
    });
  }
  if (existsSync(path) && !options.force) {
    diagnostics.push({
      code: "ASLC432",
      severity: "error",
      workflow: name,
      message: `${path} exists already: aslc import never replaces a file; move it away, choose another folder with --out, or pass --force`,
      site: source.siteOf([]),
    });
  }
  return { path, workflow: name, source: imported.source, from: { file: source.file, name: source.name, format: source.format }, intrinsics };
}

/** The workflow's name, numbered when another definition of this import took it (workflow names are unique in a project). */
function uniqueName(name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${name}-${n}`;
    if (!taken.has(`name:${candidate.toLowerCase()}`)) {
      taken.add(`name:${candidate.toLowerCase()}`);
      return candidate;
    }
  }
}

/** `<stem>.workflow.ts` in the folder, numbered when another definition of this import took it. */
function uniquePath(folder: string, stem: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const path = join(folder, `${n === 1 ? stem : `${stem}-${n}`}.workflow.ts`);
    if (!taken.has(path)) {
      taken.add(path);
      return path;
    }
  }
}
