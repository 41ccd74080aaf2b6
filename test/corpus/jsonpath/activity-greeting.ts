/** One activity task, in a machine with Version and TimeoutSeconds. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const activityGreeting: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_tutorial-creating-activity-state-machine__md-block1.json",
  workflow: workflow("ActivityGreeting", { input: z.object({ who: z.string() }), comment: "An example using a Task state.", version: "1.0", timeoutSeconds: 300 }).task("getGreeting", {
    resource: "arn:aws:states:us-east-1:123456789012:activity:get-greeting",
    result: z.string(),
  }),
  escapes: [{ kind: "raw resource", where: "State getGreeting Resource", why: "activities have no typed helper: an activity ARN is written as the Resource string" }],
};
