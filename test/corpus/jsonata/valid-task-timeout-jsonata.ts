/** A JSONata Task whose TimeoutSeconds and HeartbeatSeconds are expressions. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const validTaskTimeoutJsonata: CorpusRebuild = {
  corpus: "asl-validator/src___tests___definitions_valid-task-timeout-jsonata.json",
  workflow: workflow("TaskTimeoutJsonata", { input: z.object({}), queryLanguage: "JSONata", comment: "Task uses JSONata for timeout/heartbeat" }).task("X", {
    resource: "arn:aws:swf:us-east-1:123456789012:task:X",
    timeoutSeconds: "{% 120 %}",
    heartbeatSeconds: "{% 20 %}",
  }),
};
