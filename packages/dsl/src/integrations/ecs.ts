/** Amazon ECS / Fargate: https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Callback, type Placeholder, type Sync, type SyncResult } from "./pattern-options.ts";

const runTaskResult = z.object({ Tasks: z.array(z.unknown()), Failures: z.array(z.unknown()) });

export const ecsRunTask = describeIntegration({
  service: "ecs",
  action: "runTask",
  callback: true,
  // Any other RunTask field may be given too; `catchall` rather than `looseObject`, which zod 3
  // lacks: a project still on zod 3 must load the DSL to be told that aslc needs zod 4 (ASLC370).
  request: z
    .object({
      TaskDefinition: z.string(),
      Cluster: z.string().optional(),
      LaunchType: z.enum(["EC2", "FARGATE", "EXTERNAL"]).optional(),
      Count: z.number().optional(),
      Group: z.string().optional(),
      NetworkConfiguration: z.record(z.string(), z.unknown()).optional(),
      Overrides: z.record(z.string(), z.unknown()).optional(),
      PlatformVersion: z.string().optional(),
      StartedBy: z.string().optional(),
      Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).optional(),
    })
    .catchall(z.unknown()),
  results: {
    "request-response": runTaskResult,
    /** The same description of the tasks, once they have stopped. */
    sync: runTaskResult,
  },
});

export interface EcsRunTaskRequest extends z.input<typeof ecsRunTask.request> {}
export interface EcsRunTaskResult extends z.input<typeof runTaskResult> {}

export const ecs = {
  runTask<const O extends Callback & Sync & Placeholder = {}>(options: O = {} as O): Integration<EcsRunTaskRequest, SyncResult<O, EcsRunTaskResult, EcsRunTaskResult>> {
    return describedIntegration(ecsRunTask, patternOf(options), undefined, options.resource);
  },
} as const;
