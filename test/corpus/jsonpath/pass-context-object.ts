/** A Pass reading the execution's start time and name from the context object into the input. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passContextObject: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_input-output-contextobject__md-block3.json",
  workflow: workflow("PassContextObject", { input: z.object({}), comment: "Accessing context object in a state machine" }).pass("Get execution context data", {
    parameters: { "startTime.$": "$$.Execution.StartTime", "execName.$": "$$.Execution.Name" },
    resultPath: "$.executionContext",
  }),
};
