/** A Fargate ECS task that receives the task token in its environment and calls back (.waitForTaskToken). */
import { z } from "zod";
import { ecs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const ecsRunTaskCallback: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_connect-ecs__md-block2.json",
  workflow: workflow("EcsRunTaskCallback", { input: z.object({}) }).task("Manage ECS task", {
    resource: ecs.runTask({ waitForTaskToken: true }),
    parameters: {
      LaunchType: "FARGATE",
      Cluster: "cluster-arn",
      TaskDefinition: "job-id",
      Overrides: { ContainerOverrides: [{ Name: "container-name", Environment: [{ Name: "TASK_TOKEN_ENV_VARIABLE", "Value.$": "$$.Task.Token" }] }] },
    },
  }),
};
