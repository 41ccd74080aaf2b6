/**
 * Nested workflows: start an execution and go on, then in parallel start one and await it
 * (.sync, keeping its Output) and one that calls back with the task token.
 */
import { z } from "zod";
import { states, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const NESTED = "arn:aws:states:us-east-1:123456789012:stateMachine:NestingPatternAnotherStateMachine-HZ9gtgspmdun";

export const startExecutionPatterns: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-start-workflow__md-block0.json",
  workflow: workflow("StartExecutionPatterns", { input: z.object({}), comment: "An example of combining workflows using a Step Functions StartExecution task state with various integration patterns." })
    .task("Start new workflow and continue", {
      comment: "Start an execution of another Step Functions state machine and continue",
      resource: states.startExecution(),
      parameters: { StateMachineArn: NESTED, Input: { NeedCallback: false, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } },
    })
    .parallel(
      "Start in parallel",
      [
        (b) =>
          b.task("Start new workflow and wait for completion", {
            comment: "Start an execution of the same 'NestingPatternAnotherStateMachine' and wait for its completion",
            resource: states.startExecution({ sync: true }),
            parameters: { StateMachineArn: NESTED, Input: { NeedCallback: false, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } },
            outputPath: "$.Output",
          }),
        (b) =>
          b.task("Start new workflow and wait for callback", {
            comment: "Start an execution and wait for it to call back with a task token",
            resource: states.startExecution({ waitForTaskToken: true }),
            parameters: { StateMachineArn: NESTED, Input: { NeedCallback: true, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id", "TaskToken.$": "$$.Task.Token" } },
          }),
      ],
      { comment: "Start two executions of the same state machine in parallel" },
    ),
};
