/** A Map (deprecated Iterator) whose deprecated Parameters hand each iteration its index and value from the context object. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapIteratorContextParameters: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_input-output-contextobject__md-block5.json",
  workflow: workflow("MapIteratorContextParameters", { input: z.array(z.string()) }).map(
    "ExampleMapState",
    { processorField: "Iterator", parameters: { "ContextIndex.$": "$$.Map.Item.Index", "ContextValue.$": "$$.Map.Item.Value" } },
    (item) => item.pass("TestPass"),
  ),
};
