/** A Map (deprecated Iterator) over the input array, calling a Lambda function for each item. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapIteratorLambda: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-creating-map-state-machine__md-block3.json",
  workflow: workflow("MapIteratorLambda", { input: z.array(z.object({ who: z.string() })) }).map("ExampleMapState", { processorField: "Iterator" }, (item) =>
    item.task("CallLambda", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:HelloFunction") }),
  ),
};
