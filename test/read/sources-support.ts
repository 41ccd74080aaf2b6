/** Fixture files for the definition-source tests: written to a temporary folder, read back with readDefinitionSources. */
import { afterAll } from "vitest";
import { join } from "node:path";
import { readDefinitionSources } from "../../packages/compiler/src/read/sources/index.ts";
import { tempProject, type TempProject } from "../support/temp-project.ts";

const projects: TempProject[] = [];
afterAll(() => projects.forEach((project) => project.remove()));

/** Writes `files` and reads the definitions in `read` (the first file when not given). */
export async function readFixture(files: Record<string, string>, read = Object.keys(files)[0]!) {
  const project = tempProject(files, "sources");
  projects.push(project);
  const file = join(project.dir, read);
  return { ...(await readDefinitionSources(file)), file, dir: project.dir };
}

/** The 1-based line and column where the `nth` occurrence of `needle` starts in `text`. */
export function at(text: string, needle: string, nth = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`the fixture has no ${nth + 1}. ${needle}`);
  }
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
