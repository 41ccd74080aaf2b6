/** Two Pass states, each giving a fixed string Result. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passResultsChained: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_getting-started__md-block1.json",
  workflow: workflow("PassResultsChained", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using Pass states" })
    .pass("Hello", { result: "Hello" })
    .pass("World", { result: "World has been updated!" }),
};
