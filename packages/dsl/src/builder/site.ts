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
  /** The captured stack as formatted now, not resolved (a compiler may map it itself, later). */
  stack(): string | undefined;
}

/**
 * Where IR nodes keep their captured stack (not enumerable, shared by every copy of the DSL):
 * a compiler that loads workflows in another process sends the stack and resolves only the
 * sites it reports, instead of every one.
 */
export const SITE_STACK = Symbol.for("aslc.site-stack");

const FRAME = /\(?((?:file:\/\/)?[^()\s]+?):(\d+):(\d+)\)?$/;

function toPath(location: string): string {
  return location.startsWith("file://") ? fileURLToPath(location) : location;
}

/** The frames of a formatted stack (`at fn (file:line:col)`), as file paths with 1-based positions. */
export function stackFrames(stack: string | undefined): SourceSite[] {
  const frames: SourceSite[] = [];
  for (const line of (stack ?? "").split("\n").slice(1)) {
    const match = FRAME.exec(line.trim());
    if (match) frames.push({ file: toPath(match[1]!), line: Number(match[2]), column: Number(match[3]) });
  }
  return frames;
}

let dslSourceDir: string | undefined;

/**
 * The folder of the DSL's own sources, as stack traces name it. Read from a stack rather than
 * from `import.meta.url`, because the DSL may run bundled (source maps then give back the real
 * paths, which `import.meta.url` does not).
 */
function ownSourceDir(): string {
  if (dslSourceDir === undefined) {
    const [frame] = stackFrames(new Error().stack);
    dslSourceDir = `${dirname(dirname(frame ? frame.file : fileURLToPath(import.meta.url)))}/`;
  }
  return dslSourceDir;
}

/** The first frame outside the DSL and installed packages: the author's builder call. */
export function parseSite(stack: string | undefined): SourceSite | undefined {
  const own = ownSourceDir();
  return stackFrames(stack).find(({ file }) => !file.startsWith(own) && !file.startsWith("node:") && !file.includes("/node_modules/"));
}

export function captureSite(): LazySite {
  const holder = new Error();
  let resolved: SourceSite | undefined | null = null;
  return {
    resolve() {
      if (resolved === null) resolved = parseSite(holder.stack);
      return resolved;
    },
    stack: () => holder.stack,
  };
}
