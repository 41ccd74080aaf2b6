/**
 * The files `aslc lint` reads for the paths it is given. A file named on the command line is
 * always read. In a folder (searched to any depth, skipping node_modules and dot-folders): ASL
 * files (`*.asl.json`, `*.asl.yaml`, `*.asl.yml`), Terraform files that declare a state
 * machine, and other JSON and YAML files (serverless.yml, SAM and CloudFormation templates) whose
 * text names a definition's keys or a state machine resource. Names are sorted, so output is in the same order on every machine.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";

const ASL_FILE = /\.asl\.(json|ya?ml)$/i;
const DATA_FILE = /\.(json|ya?ml)$/i;
const TERRAFORM_FILE = /\.tf$/i;

/** Text that may hold a definition (`"StartAt"` with `"States"`) or a template declaring a state machine. */
const DEFINITION_TEXT = /StartAt[\s\S]*States|States[\s\S]*StartAt/;
const TEMPLATE_TEXT = /AWS::(Serverless|StepFunctions)::StateMachine|stepFunctions/;
const TERRAFORM_TEXT = /aws_sfn_state_machine/;

function mayHoldDefinition(file: string): boolean {
  const name = basename(file);
  if (ASL_FILE.test(name)) return true;
  if (!TERRAFORM_FILE.test(name) && !DATA_FILE.test(name)) return false;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    // Unreadable: read it anyway, so the reader says why.
    return true;
  }
  return TERRAFORM_FILE.test(name) ? TERRAFORM_TEXT.test(text) : DEFINITION_TEXT.test(text) || TEMPLATE_TEXT.test(text);
}

function* walk(folder: string): Generator<string> {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && mayHoldDefinition(path)) yield path;
  }
}

export interface FoundFiles {
  /** The files to read, absolute, each once. */
  readonly files: readonly string[];
  /** The paths given that are not there. */
  readonly missing: readonly string[];
}

export function findFiles(paths: readonly string[], cwd: string): FoundFiles {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      missing.push(given);
      continue;
    }
    if (isFolder) for (const file of walk(path)) files.add(file);
    else files.add(path);
  }
  return { files: [...files], missing };
}
