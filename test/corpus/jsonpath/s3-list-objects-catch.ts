/** An AWS SDK s3:listObjects call whose States.TaskFailed is caught with its error output placed beside the input. */
import { z } from "zod";
import { awsSdk, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const s3ListObjectsCatch: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_errorhandling_statemachines_aws_sdk_task_error_s3_list_objects.json",
  workflow: workflow("S3ListObjectsCatch", { input: z.object({ Bucket: z.string() }), comment: "AWS_SDK_TASK_ERROR_S3_LIST_OBJECTS" })
    .task("CreateSecret", { resource: awsSdk("s3", "listObjects"), parameters: { "Bucket.$": "$.Bucket" } })
    .catch(["States.TaskFailed"], (h) => h.pass("TaskFailedHandler"), { resultPath: "$.TaskFailedError" }),
  escapes: [{ kind: "untyped integration", where: "State CreateSecret Resource", why: "no AWS SDK client is declared in AwsSdkClients for the corpus: a declaration is global to the TypeScript program and would retype every test's awsSdk calls" }],
};
