/**
 * The JSONata definitions of the shared corpus are expressible in the DSL: each module under
 * jsonata/ writes one of them as an author would, and the ASL the compiler emits for it must
 * equal the corpus file and pass asl-validator (rebuild-suite.ts says what is checked, and how
 * a module names its exceptions).
 */
import { it } from "vitest";
import { shareAjvAcrossAslValidatorCalls } from "../support/shared-ajv.ts";
import { describeWithCorpus, readManifest } from "./corpus-files.ts";
import { describeRebuild, expectCoverage } from "./rebuild-suite.ts";
import { JSONATA_REBUILDS } from "./jsonata/index.ts";

shareAjvAcrossAslValidatorCalls();

const MINIMUM_REBUILDS = 12;

describeWithCorpus("JSONata corpus definitions rebuilt with the DSL", (folder) => {
  const manifest = readManifest(folder);

  it(`cover at least ${MINIMUM_REBUILDS} distinct JSONata or mixed definitions the corpus does not call invalid`, () => {
    expectCoverage(JSONATA_REBUILDS, manifest, ["JSONata", "mixed"], MINIMUM_REBUILDS);
  });

  for (const rebuild of JSONATA_REBUILDS) describeRebuild(folder, rebuild);
});
