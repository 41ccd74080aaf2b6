/** Nested Step Functions executions: https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html */
import { z, type ZodType } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Callback, type Placeholder, type Sync } from "./pattern-options.ts";

/** The finished execution a `.sync` task returns, its output as `output` describes it. */
function executionDescription<Output extends ZodType>(output: Output) {
  return z.object({
    ExecutionArn: z.string(),
    StateMachineArn: z.string(),
    Name: z.string(),
    Status: z.string(),
    StartDate: z.number(),
    StopDate: z.number(),
    Input: z.string(),
    /** DescribeExecution's note of whether Input and Output are included. */
    InputDetails: z.object({ Included: z.boolean() }).optional(),
    Output: output,
    OutputDetails: z.object({ Included: z.boolean() }).optional(),
  });
}

export const statesStartExecution = describeIntegration({
  service: "states",
  action: "startExecution",
  callback: true,
  request: z.object({ StateMachineArn: z.string(), Input: z.unknown().optional(), Name: z.string().optional(), TraceHeader: z.string().optional() }),
  results: {
    "request-response": z.object({ ExecutionArn: z.string(), StartDate: z.string() }),
    /** The output as a JSON string. */
    sync: executionDescription(z.string()),
    /** The output as JSON. */
    "sync:2": executionDescription(z.unknown()),
  },
});

export interface StartExecutionRequest extends z.input<typeof statesStartExecution.request> {}
export interface StartExecutionResult extends z.input<(typeof statesStartExecution.results)["request-response"]> {}
export interface StartExecutionSyncResult extends z.input<(typeof statesStartExecution.results)["sync"]> {}
export interface StartExecutionSync2Result extends z.input<(typeof statesStartExecution.results)["sync:2"]> {}

export const states = {
  /** Start a nested execution; `sync: true` waits and returns its output as a string, `sync2: true` as JSON. */
  startExecution<const O extends Callback & Sync & Placeholder & { sync2?: boolean } = {}>(
    options: O = {} as O,
  ): Integration<
    StartExecutionRequest,
    O extends { waitForTaskToken: true } ? unknown : O extends { sync2: true } ? StartExecutionSync2Result : O extends { sync: true } ? StartExecutionSyncResult : StartExecutionResult
  > {
    return describedIntegration(statesStartExecution, patternOf(options), undefined, options.resource);
  },
} as const;
