/**
 * The rebuild modules type-check: each is written as an author would, so the chain's types must
 * accept it (a module that needs a cast names it in its escapes). Importing them here has tsc
 * check every module.
 */
import { expectTypeOf, test } from "vitest";
import type { CorpusRebuild } from "./rebuild.ts";
import { JSONATA_REBUILDS } from "./jsonata/index.ts";
import { JSONPATH_REBUILDS } from "./jsonpath/index.ts";

test("every corpus rebuild module type-checks", () => {
  expectTypeOf(JSONPATH_REBUILDS).toEqualTypeOf<readonly CorpusRebuild[]>();
  expectTypeOf(JSONATA_REBUILDS).toEqualTypeOf<readonly CorpusRebuild[]>();
});
