/**
 * `lint`: existing definitions checked by every check the compiler makes. Given files and
 * folders, finds the files that hold definitions (find-files.ts), reads every definition in
 * each (ASL JSON and YAML, SAM and CloudFormation templates, serverless.yml, Terraform), builds
 * its IR and checks it (lint-definition.ts). Nothing is written. The type checker, the module
 * loader and the formatter are not loaded.
 */
import type { Diagnostic } from "../diagnostics.ts";
import type { DefinitionSource } from "../read/definition-source.ts";
import { readWorkflow } from "../read/read-workflow.ts";
import { readDefinitionSources } from "../read/sources/index.ts";
import { findFiles } from "./find-files.ts";
import { lintDefinition } from "./lint-definition.ts";

export interface LintOptions {
  /** Paths are relative to it, in messages too. @default process.cwd() */
  readonly cwd?: string;
}

export interface LintResult {
  /** The files read (absolute). */
  readonly files: readonly string[];
  /** How many state machine definitions were found in them. */
  readonly definitions: number;
  /** Every problem found, file by file. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The lint could not do what it was asked: a path given is not there (ASLC422), or no file
   * under the paths holds a definition (ASLC423). The CLI exits with 2.
   */
  readonly incomplete: boolean;
}

/**
 * One definition's problems. A definition read from a file can hold values of any JSON type
 * anywhere; a check that meets one it did not expect must not stop the others' files from being
 * checked: that definition is reported (ASLC424) and the lint goes on.
 */
function lintSafely(source: DefinitionSource): Diagnostic[] {
  try {
    return lintDefinition(source, readWorkflow(source));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return [
      {
        code: "ASLC424",
        severity: "error",
        workflow: source.name,
        message: `state machine '${source.name}': aslc could not finish checking this definition (${reason}); a value of an unexpected JSON type is the likely cause: check the types of its fields, and please report this with the file`,
        site: source.siteOf([]),
      },
    ];
  }
}

export async function lint(paths: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const given = paths.length > 0 ? paths : ["."];
  const { files, missing } = findFiles(given, cwd);
  const diagnostics: Diagnostic[] = missing.map((path) => ({
    code: "ASLC422",
    severity: "error",
    message: `${path}: no such file or folder (looked in ${cwd}): check the path`,
  }));
  let definitions = 0;
  for (const file of files) {
    const found = await readDefinitionSources(file);
    diagnostics.push(...found.diagnostics);
    for (const source of found.sources) {
      definitions++;
      diagnostics.push(...lintSafely(source));
    }
  }
  if (files.length === 0 && missing.length === 0) {
    diagnostics.push({
      code: "ASLC423",
      severity: "error",
      message: `no file under ${given.join(", ")} holds a state machine definition: name the files (*.asl.json, *.asl.yaml, templates, serverless.yml, *.tf) or their folders`,
    });
  }
  return { files, definitions, diagnostics, incomplete: missing.length > 0 || files.length === 0 };
}
