/** The smallest machine: one Pass with a fixed string Result. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passHelloWorld: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_amazon-states-language-state-machine-structure__md-block1.json",
  workflow: workflow("PassHelloWorld", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using a Pass state" }).pass("HelloWorld", {
    result: "Hello World!",
  }),
};
