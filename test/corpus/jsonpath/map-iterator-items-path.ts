/** A Map (deprecated Iterator) over an array the input holds, passing each item through. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapIteratorItemsPath: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_input-output-itemspath__md-block1.json",
  workflow: workflow("MapIteratorItemsPath", { input: z.object({ ThingsPiratesSay: z.array(z.object({ say: z.string() })) }) }).map(
    "PiratesSay",
    { processorField: "Iterator", itemsPath: "$.ThingsPiratesSay" },
    (item) => item.pass("SayWord"),
  ),
};
