/**
 * Call sites, resolved in the compiler and only when asked. The loading process sends each
 * builder call's stack frames as they are in the bundle (formatting them through source maps
 * there would cost more than loading, for every state); the compiler maps the frames through
 * the bundle's source maps when a diagnostic needs the site, and then picks the author's frame
 * as the DSL does (see site.ts in the DSL).
 */
import { SourceMap } from "node:module";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceSite } from "@aslc/dsl";

const INLINE_MAP = "//# sourceMappingURL=data:application/json;base64,";

export class SiteMapper {
  private readonly maps = new Map<string, SourceMap | null>();

  /** `sources`: the JavaScript the modules ran as, by file path (with inline source maps). */
  constructor(private readonly sources: ReadonlyMap<string, string> = new Map()) {}

  private mapOf(file: string): SourceMap | null {
    let map = this.maps.get(file);
    if (map === undefined) {
      const text = this.sources.get(file);
      const at = text?.lastIndexOf(INLINE_MAP) ?? -1;
      map = null;
      if (text && at >= 0) {
        try {
          map = new SourceMap(JSON.parse(Buffer.from(text.slice(at + INLINE_MAP.length).trim(), "base64").toString("utf8")));
        } catch {
          map = null;
        }
      }
      this.maps.set(file, map);
    }
    return map;
  }

  /** A frame of the bundle as the author's file, line and column (a frame outside it as is). */
  frame(frame: SourceSite): SourceSite {
    const map = this.mapOf(frame.file);
    if (!map) return frame;
    const entry = map.findEntry(frame.line - 1, frame.column - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return frame;
    const source = entry.originalSource;
    const file = source.startsWith("file:") ? fileURLToPath(source) : isAbsolute(source) ? source : resolve(dirname(frame.file), source);
    return { file, line: entry.originalLine + 1, column: entry.originalColumn + 1 };
  }

  /**
   * The author's builder call: the first frame outside the DSL and installed packages. The
   * stack was captured inside the DSL's site module, so its first frame names the DSL's folder.
   */
  site(frames: readonly SourceSite[]): SourceSite | undefined {
    const mapped = frames.map((f) => this.frame(f));
    const first = mapped[0];
    if (!first) return undefined;
    const own = `${dirname(dirname(first.file))}/`;
    return mapped.find(({ file }) => !file.startsWith(own) && !file.startsWith("node:") && !file.includes("/node_modules/"));
  }
}
