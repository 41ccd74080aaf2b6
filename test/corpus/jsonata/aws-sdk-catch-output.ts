/** A JSONata aws-sdk call whose catcher hands the error on as Output to a Fail; Succeed otherwise. */
import { z } from "zod";
import { awsSdk, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const awsSdkCatchOutput: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_errorhandling_statemachines_aws_sdk_task_error_s3_no_such_key.json",
  workflow: workflow("AwsSdkCatchOutput", { input: z.object({ Bucket: z.string() }), queryLanguage: "JSONata" })
    .task("StartState", {
      resource: awsSdk("s3", "getObject"),
      arguments: { Bucket: "{% $states.input.Bucket %}", Key: "no_such_key.json" },
    })
    .catch(["S3.NoSuchKeyException"], (handler) => handler.fail("NoSuchKeyState"), { output: "{% $states.errorOutput %}" })
    .succeed("TerminalState"),
};
