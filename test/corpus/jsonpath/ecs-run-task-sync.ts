/** An ECS task run and awaited (.sync), its container's command read from the input. */
import { z } from "zod";
import { ecs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const ecsRunTaskSync: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-ecs__md-block0.json",
  workflow: workflow("EcsRunTaskSync", { input: z.object({ commands: z.array(z.string()) }) }).task("Run an ECS Task and wait for it to complete", {
    resource: ecs.runTask({ sync: true }),
    parameters: { Cluster: "cluster-arn", TaskDefinition: "job-id", Overrides: { ContainerOverrides: [{ Name: "container-name", "Command.$": "$.commands" }] } },
  }),
};
