/**
 * The type-check step of a build: the sources grouped by the tsconfig that applies to each,
 * every group checked by its own program (or its result reused from the cache when nothing it
 * read has changed), the diagnostics put together.
 */
import type { TypeCheckCache } from "../cache/type-check-cache.ts";
import type { Diagnostic } from "../diagnostics.ts";
import type { CheckGroup, Checker } from "./checker.ts";
import { groupByTsconfig } from "./nearest-tsconfig.ts";

export interface TypeCheckSourcesOptions {
  /** One tsconfig for every source. @default the nearest tsconfig.json of each source */
  readonly tsconfig?: string;
  /** Results kept between processes. @default none */
  readonly cache?: TypeCheckCache;
  /** The checker to use for groups the cache cannot answer; asked for only then. */
  readonly checker: () => Promise<Checker>;
}

export interface TypeCheckOutcome {
  readonly diagnostics: Diagnostic[];
  /** How many groups (tsconfigs) there were, and how many of them the cache answered. */
  readonly groups: number;
  readonly reused: number;
}

export async function typeCheckSources(sources: readonly string[], options: TypeCheckSourcesOptions): Promise<TypeCheckOutcome> {
  // Each group reports its own files only (no roots): a file is checked under its own tsconfig.
  const groups: CheckGroup[] = [...groupByTsconfig(sources, options.tsconfig)].map(([tsconfig, files]) => ({ tsconfig, files, roots: [] }));
  let reused = 0;
  const results = await Promise.all(
    groups.map(async (group) => {
      const cached = options.cache?.lookup(group);
      if (cached) {
        reused++;
        return cached;
      }
      const outcome = await (await options.checker()).check(group);
      options.cache?.store(group, outcome);
      return outcome.diagnostics;
    }),
  );
  return { diagnostics: results.flat(), groups: groups.length, reused };
}
