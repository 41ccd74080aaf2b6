/**
 * Which tsconfig.json applies to a source file: the nearest one in its folder or above, as
 * tsc and editors find it; a file with none above it is checked with aslc's own options.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

export class TsconfigFinder {
  private readonly byFolder = new Map<string, string | undefined>();

  nearest(file: string): string | undefined {
    return this.inFolder(dirname(file));
  }

  private inFolder(dir: string): string | undefined {
    if (this.byFolder.has(dir)) return this.byFolder.get(dir);
    const here = join(dir, "tsconfig.json");
    const parent = dirname(dir);
    const found = existsSync(here) ? here : parent === dir ? undefined : this.inFolder(parent);
    this.byFolder.set(dir, found);
    return found;
  }
}

/**
 * The files grouped by the tsconfig that applies to each (the one given, when a tsconfig is
 * configured for the whole project), in a fixed order.
 */
export function groupByTsconfig(files: readonly string[], tsconfig?: string): Map<string | undefined, string[]> {
  const finder = new TsconfigFinder();
  const groups = new Map<string | undefined, string[]>();
  for (const file of [...files].sort()) {
    const key = tsconfig ?? finder.nearest(file);
    const group = groups.get(key);
    if (group) group.push(file);
    else groups.set(key, [file]);
  }
  return groups;
}
