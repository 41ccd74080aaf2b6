/**
 * Where the author called a builder method. The stack is captured when the call happens but
 * read only when the IR is built, so chains cost little to build; reading goes through the
 * formatted stack so source maps (tsx, vitest) give the author's own lines and columns.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceSite } from "../ir/nodes.ts";

export interface LazySite {
  resolve(): SourceSite | undefined;
}

const FRAME = /\(?((?:file:\/\/)?[^()\s]+?):(\d+):(\d+)\)?$/;

function toPath(location: string): string {
  return location.startsWith("file://") ? fileURLToPath(location) : location;
}

let dslSourceDir: string | undefined;

/**
 * The folder of the DSL's own sources, as stack traces name it. Read from a stack rather than
 * from `import.meta.url`, because the DSL may run bundled (source maps then give back the real
 * paths, which `import.meta.url` does not).
 */
function ownSourceDir(): string {
  if (dslSourceDir === undefined) {
    const frame = FRAME.exec(new Error().stack?.split("\n")[1]?.trim() ?? "");
    dslSourceDir = `${dirname(dirname(frame ? toPath(frame[1]!) : fileURLToPath(import.meta.url)))}/`;
  }
  return dslSourceDir;
}

export function parseSite(stack: string | undefined): SourceSite | undefined {
  if (!stack) return undefined;
  const own = ownSourceDir();
  for (const line of stack.split("\n").slice(1)) {
    const match = FRAME.exec(line.trim());
    if (!match) continue;
    const file = toPath(match[1]!);
    if (file.startsWith(own) || file.startsWith("node:") || file.includes("/node_modules/")) continue;
    return { file, line: Number(match[2]), column: Number(match[3]) };
  }
  return undefined;
}

export function captureSite(): LazySite {
  const holder = new Error();
  let resolved: SourceSite | undefined | null = null;
  return {
    resolve() {
      if (resolved === null) resolved = parseSite(holder.stack);
      return resolved;
    },
  };
}
