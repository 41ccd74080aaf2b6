/** Two Pass states, the first passing its input on, the second giving a fixed Result. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passHelloWorldTwo: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_getting-started__md-block0.json",
  workflow: workflow("PassHelloWorldTwo", { input: z.object({}), comment: "A Hello World example of the Amazon States Language using Pass states" })
    .pass("Hello")
    .pass("World", { result: "World" }),
};
