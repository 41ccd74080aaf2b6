/** A Parallel branch as the developer guide shows it alone: one Pass. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passBranchFragment: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-workflow-studio-using__md-block3.Branches.0.json",
  workflow: workflow("PassBranchFragment", { input: z.object({}) }).pass("Hello"),
};
