/**
 * A job poller: submit a job, wait the seconds the input gives, check its status, and loop back
 * to the Wait until the Choice sees it failed or succeeded.
 */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const CHECK_JOB = "arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-JobStatusPoll-CheckJobFunction-1JkJwY10vonI";

export const jobPollerLoop: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-project-job-poller__md-block1.json",
  workflow: workflow("JobPollerLoop", { input: z.object({ wait_time: z.number() }), comment: "An example of the Amazon States Language that runs an AWS Batch job and monitors the job until it completes." })
    .task("Submit Job", { resource: lambda.function("arn:aws:lambda:us-east-1:111122223333:function:StepFunctionsSample-JobStatusPol-SubmitJobFunction-jDaYcl4cx55r"), result: z.string(), resultPath: "$.guid" })
    .wait("Wait X Seconds", { secondsPath: "$.wait_time" })
    .task("Get Job Status", { resource: lambda.function(CHECK_JOB), result: z.enum(["SUBMITTED", "RUNNING", "FAILED", "SUCCEEDED"]), inputPath: "$.guid", resultPath: "$.status" })
    .choice("Job Complete?", (c) =>
      c
        .when(c.stringEquals("$.status", "FAILED"), (b) => b.fail("Job Failed", { cause: "AWS Batch Job Failed", error: "DescribeJob returned FAILED" }))
        // The developer guide's ARN leaves the region out of its place (arn:aws::lambda:…); it is kept as written.
        .when(c.stringEquals("$.status", "SUCCEEDED"), (b) => b.task("Get Final Job Status", { resource: lambda.function("arn:aws::lambda:us-east-1:111122223333:function:StepFunctionsSample-JobStatusPoll-CheckJobFunction-1JkJwY10vonI"), inputPath: "$.guid" }).end())
        .otherwise((b) => b.goto("Wait X Seconds")),
    ),
  aslValidatorRejects: {
    message: "Resource is invalid",
    why: "the developer guide's last ARN is malformed (arn:aws::lambda:…, the service where the region belongs); asl-validator rightly refuses it, and the rebuild keeps the sample as written",
  },
};
