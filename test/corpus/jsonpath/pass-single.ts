/** One Pass that ends the machine. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passSingle: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_procedure-cloud-trail__md-block1.requestParameters.definition.json",
  workflow: workflow("PassSingle", { input: z.object({}) }).pass("SinglePass"),
};
