/**
 * `compile`: sources in, artefacts out. Finds the workflow modules, type-checks them, loads
 * them, validates every workflow and renders its files. Nothing is written unless everything
 * compiled; writes are atomic.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { WorkflowIR } from "@aslc/dsl";
import { CompileError, type Diagnostic } from "./diagnostics.ts";
import { aslDefinition, type AslObject } from "./emit/asl/emit-asl.ts";
import { placeholdersIn } from "./emit/asl/placeholders.ts";
import { formatJson } from "./format/format-json.ts";
import { renderHandlerStubFormatted } from "./emit/handlers/format.ts";
import { renderContracts } from "./emit/handlers/render-contracts.ts";
import { handlerContracts, sharedFunctionConflicts } from "./emit/handlers/lambda-contracts.ts";
import { shareStubs } from "./emit/handlers/shared-stubs.ts";
import { discoverSources, discoverWorkflowFiles, searchRoots } from "./load/discover.ts";
import { loadModules } from "./load/load-workflows.ts";
import type { WarmLoader } from "./load/isolate/loader-process.ts";
import { isDeepStrictEqual } from "node:util";
import type { BuildCache, CachedModule } from "./incremental/build-cache.ts";
import { SourceSnapshot } from "./incremental/source-closure.ts";
import { createChecker, type Checker } from "./load/checker.ts";
import { definitionSizeProblem } from "./limits/definition-size.ts";
import { outputPathClashes } from "./limits/output-path-clash.ts";
import { WorkflowNames } from "./limits/workflow-name-clash.ts";
import { typeCheckSources, type TypeCheckOutcome } from "./load/type-check-sources.ts";
import { TypeCheckCache } from "./cache/type-check-cache.ts";
import { workflowNameProblem } from "./names.ts";
import { zodVersionProblem } from "./zod-version.ts";
import { validateWorkflow } from "./validate/index.ts";
import { writeAtomically, WriteError, type OutputFile } from "./write/atomic-write.ts";
import { HANDLERS_FOLDER, recover } from "./write/journal.ts";
import { planFolders } from "./write/manifest.ts";
import { noWorkflowsFound } from "./check/no-workflows.ts";

export interface CompileOptions {
  /** Files or folders to search for `*.workflow.ts` modules (default: the working directory). */
  readonly paths?: readonly string[];
  readonly cwd?: string;
  /** Write the outputs (default true); false compiles in memory only (what `check` does). */
  readonly write?: boolean;
  /** Type-check the modules first (default true). */
  readonly typeCheck?: boolean;
  /** A checker kept from an earlier build (watch mode keeps the program warm). */
  readonly checker?: Checker;
  /** What an earlier build loaded and rendered: modules whose sources are unchanged are reused. */
  readonly cache?: BuildCache;
  /**
   * How long one workflow module may take to load, in milliseconds; a module that takes longer
   * is stopped and reported (ASLC311).
   * @default 5000
   */
  readonly moduleTimeoutMs?: number;
  /** A loading process kept started between builds (watch mode). */
  readonly warmLoader?: WarmLoader;
  /** The tsconfig.json for every source. @default the nearest tsconfig.json of each source (aslc's own options where there is none) */
  readonly tsconfig?: string;
  /** Where type-check results are kept between processes. @default none: every build type-checks (the CLI uses node_modules/.cache/aslc) */
  readonly typeCheckCacheDir?: string;
  /** The folder of handler stubs, relative to each workflow module. @default "handlers" */
  readonly handlers?: string;
  /** Told what the build is doing, as it starts each step (for progress displays). */
  readonly onProgress?: (step: string) => void;
}

export interface CompiledWorkflow {
  readonly file: string;
  readonly ir: WorkflowIR;
  /** The ASL definition, built once: rendered to the file and searched for placeholders. */
  readonly definition: AslObject;
  /** `${Name}` placeholders the deployment must substitute. */
  readonly placeholders: readonly string[];
}

export interface CompileResult {
  readonly files: readonly string[];
  readonly workflows: readonly CompiledWorkflow[];
  readonly outputs: readonly OutputFile[];
  /** The paths written to disk (stubs that already existed are not). */
  readonly written: readonly string[];
  /** Generated files no workflow produces any more (see write/manifest.ts): removed by a build that writes. */
  readonly orphans: readonly string[];
  /** The folders the outputs go to, each with its manifest and, while a build commits, its journal. */
  readonly outputFolders: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** How many type-check groups (one per tsconfig) there were, and how many were reused from the cache. */
  readonly typeCheck?: { readonly groups: number; readonly reused: number };
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export { HANDLERS_FOLDER };

/**
 * The files a workflow compiles to, beside its module: the definition, the placeholders it
 * needs, the handler contracts of the Lambda functions it calls, and a stub for each function's
 * handler not written yet.
 */
export async function render(compiled: CompiledWorkflow, handlers: string): Promise<OutputFile[]> {
  const { ir } = compiled;
  const dir = dirname(compiled.file);
  const outputs: OutputFile[] = [{ path: join(dir, `${ir.name}.asl.json`), content: await formatJson(compiled.definition) }];
  if (compiled.placeholders.length > 0) {
    outputs.push({ path: join(dir, `${ir.name}.substitutions.json`), content: await formatJson({ workflow: ir.name, substitutions: compiled.placeholders }) });
  }
  const contracts = handlerContracts(ir);
  if (contracts.length > 0) {
    // The contract renderer lays its code out itself, deterministically; prettier would only
    // slow every build down.
    outputs.push({ path: join(dir, `${ir.name}.contracts.ts`), content: renderContracts(ir) });
    for (const contract of contracts) {
      const stub = join(handlers, `${contract.names.fileStem}.ts`);
      // A stub is the author's file once it exists: it is neither rendered nor written again.
      const exists = existsSync(join(dir, stub));
      const contractsPath = relative(dirname(join(dir, stub)), join(dir, `${ir.name}.contracts.js`));
      const content = exists ? "" : await renderHandlerStubFormatted(ir, contract.tasks[0]!.stateName, contractsPath.startsWith(".") ? contractsPath : `./${contractsPath}`, { stubPath: stub });
      outputs.push({ path: join(dir, stub), content, once: true, function: contract.functionKey });
    }
  }
  return outputs;
}

/**
 * What is written is read back and compared with the definition that was validated: a file
 * that does not say what was checked is never written.
 */
function unfaithfulDefinition(compiled: CompiledWorkflow, outputs: readonly OutputFile[]): Diagnostic[] {
  const path = join(dirname(compiled.file), `${compiled.ir.name}.asl.json`);
  const content = outputs.find((o) => o.path === path)?.content;
  let parsed: unknown;
  try {
    parsed = content === undefined ? undefined : JSON.parse(content);
  } catch {
    parsed = undefined;
  }
  if (isDeepStrictEqual(parsed, JSON.parse(JSON.stringify(compiled.definition)))) return [];
  return [{ code: "ASLC319", severity: "error", workflow: compiled.ir.name, message: `workflow '${compiled.ir.name}': the rendered ${compiled.ir.name}.asl.json does not read back as the validated definition; nothing was written: report this with the workflow module`, site: compiled.ir.site ?? { file: compiled.file, line: 1, column: 1 } }];
}

/** Loads the modules whose sources changed since the cached build (all of them without a cache). */
async function loadChanged(files: readonly string[], cwd: string, options: CompileOptions): Promise<Map<string, CachedModule>> {
  const { cache } = options;
  const snapshot = new SourceSnapshot();
  const keys = new Map(files.map((file) => [file, cache ? snapshot.closureKey(file) : ""]));
  const stale = files.filter((file) => !cache || cache.modules.get(file)?.key !== keys.get(file));
  const fresh = await loadModules(stale, cwd, { moduleTimeoutMs: options.moduleTimeoutMs, warm: options.warmLoader });
  const modules = new Map<string, CachedModule>();
  for (const file of files) {
    const loaded = fresh.get(file);
    modules.set(file, loaded ? { key: keys.get(file)!, ...loaded, outputs: new Map() } : cache!.modules.get(file)!);
  }
  if (cache) {
    cache.modules.clear();
    for (const [file, module] of modules) cache.modules.set(file, module);
  }
  return modules;
}

export async function compile(options: CompileOptions = {}): Promise<CompileResult> {
  const cwd = options.cwd ?? process.cwd();
  let files: string[];
  let sources: string[];
  try {
    files = discoverWorkflowFiles(options.paths ?? [], cwd);
    sources = options.typeCheck === false || files.length === 0 ? [] : [...new Set([...files, ...discoverSources(searchRoots(options.paths ?? [], cwd))])];
  } catch (error) {
    // A path that is not there, or a file or folder that cannot be read.
    if (error instanceof CompileError) return { files: [], workflows: [], outputs: [], written: [], orphans: [], outputFolders: [], diagnostics: error.diagnostics };
    throw error;
  }
  const empty = { files, workflows: [], outputs: [], written: [], orphans: [], outputFolders: [] };
  if (files.length === 0) return { ...empty, diagnostics: [noWorkflowsFound(options.paths ?? [], cwd)] };
  const zodProblem = zodVersionProblem(files[0]!);
  if (zodProblem) return { ...empty, diagnostics: [zodProblem] };

  // The type-check runs beside loading and rendering (on its own thread when it has one); its
  // errors are reported together with what loading and validation found, so fixes do not come
  // in rounds.
  let ownChecker: Promise<Checker> | undefined;
  options.onProgress?.(`type-checking ${sources.length} files, loading ${files.length} workflow modules`);
  const typeCheck = typeCheckSources(sources, {
    tsconfig: options.tsconfig,
    cache: options.typeCheckCacheDir ? new TypeCheckCache(options.typeCheckCacheDir) : undefined,
    checker: () => (options.checker ? Promise.resolve(options.checker) : (ownChecker ??= createChecker())),
  });
  typeCheck.catch(() => undefined);
  try {
    return await compileChecked(files, cwd, options, typeCheck);
  } finally {
    await (await ownChecker)?.close();
  }
}

/** Every workflow's files, rendered (or taken from the cache when its module did not change). */
function renderAll(workflows: readonly CompiledWorkflow[], modules: ReadonlyMap<string, CachedModule>, options: CompileOptions) {
  return Promise.all(
    workflows.map(async (w) => {
      const cached = modules.get(w.file)!.outputs;
      if (!cached.has(w.ir.name)) cached.set(w.ir.name, await render(w, options.handlers ?? HANDLERS_FOLDER));
      return { file: w.file, outputs: cached.get(w.ir.name)! };
    }),
  );
}

async function compileChecked(files: readonly string[], cwd: string, options: CompileOptions, typeChecking: Promise<TypeCheckOutcome>): Promise<CompileResult> {
  const empty = { files, workflows: [], outputs: [], written: [], orphans: [], outputFolders: [] };
  const modules = await loadChanged(files, cwd, options);
  const diagnostics: Diagnostic[] = [...modules.values()].flatMap((m) => m.diagnostics);
  const workflows: CompiledWorkflow[] = [];
  const names = new WorkflowNames();
  for (const { file, ir } of [...modules.values()].flatMap((m) => m.workflows)) {
    const nameProblem = workflowNameProblem(ir.name);
    if (nameProblem) {
      diagnostics.push({ code: "ASLC304", severity: "error", workflow: ir.name, message: nameProblem, site: ir.site });
      continue;
    }
    const clash = names.claim(ir, file);
    if (clash) {
      diagnostics.push(clash);
      continue;
    }
    const problems = validateWorkflow(ir);
    diagnostics.push(...problems);
    if (hasErrors(problems)) continue;
    const definition = aslDefinition(ir);
    workflows.push({ file, ir, definition, placeholders: placeholdersIn(definition) });
  }
  // Rendering needs nothing from the type-check, so it runs while the checker (on its own
  // thread) finishes; what it renders is used only once the type-check has passed.
  const conflicts = workflows.flatMap((w) => sharedFunctionConflicts(w.ir));
  const rendering = conflicts.length > 0 || hasErrors(diagnostics) ? undefined : renderAll(workflows, modules, options);
  rendering?.catch(() => undefined);
  options.onProgress?.("type-checking");
  const typeCheckOutcome = await typeChecking;
  const typeCheck = { groups: typeCheckOutcome.groups, reused: typeCheckOutcome.reused };
  const typeErrors = typeCheckOutcome.diagnostics;
  // A tsconfig that cannot be used (ASLC350-354) is the one thing to fix: what loading says about it repeats it.
  const brokenConfig = typeErrors.filter((d) => /^ASLC35[0-4]$/.test(d.code));
  if (brokenConfig.length > 0) return { ...empty, diagnostics: brokenConfig, typeCheck };
  if (hasErrors(typeErrors) || hasErrors(diagnostics)) return { ...empty, diagnostics: [...typeErrors, ...diagnostics], typeCheck };
  options.onProgress?.("rendering and writing files");

  if (conflicts.length > 0 || rendering === undefined) return { ...empty, diagnostics: conflicts };
  const { rendered, collisions: stubClashes } = shareStubs(await rendering);
  const collisions = [
    ...stubClashes,
    ...outputPathClashes(rendered),
    // render() lists the definition file first: its text, as written, is what is deployed.
    ...workflows.flatMap((w, i) => definitionSizeProblem(w.ir, w.definition, rendered[i]!.outputs[0]!.content) ?? []),
  ];
  if (collisions.length > 0) return { ...empty, diagnostics: collisions };
  const unfaithful = workflows.flatMap((w) => unfaithfulDefinition(w, rendered.find((r) => r.file === w.file)!.outputs));
  if (unfaithful.length > 0) return { ...empty, diagnostics: unfaithful };
  const paths = options.paths ?? [];
  let written: string[] = [];
  try {
    // An interrupted build's journals are completed (and its staged files removed) before this
    // build reads the manifests they may be replacing.
    if (options.write !== false) recover(planFolders(rendered, paths, cwd).map((f) => f.folder), options.handlers ?? HANDLERS_FOLDER);
    const folders = planFolders(rendered, paths, cwd);
    const outputs = folders.flatMap((f) => f.files);
    const orphans = folders.flatMap((f) => f.remove);
    if (options.write !== false) written = writeAtomically(folders);
    return { files, workflows, outputs, written, orphans, outputFolders: folders.map((f) => f.folder), diagnostics, typeCheck };
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const owner = rendered.find((r) => r.outputs.some((o) => o.path === error.path))?.file;
    const message = `${error.message}: make sure the folder is writable and nothing else stands at that path`;
    return { ...empty, diagnostics: [{ code: "ASLC305", severity: "error", message, site: owner ? { file: owner, line: 1, column: 1 } : undefined }] };
  }
}
