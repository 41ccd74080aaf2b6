/** sns:publish to a FIFO topic, every field from the input. */
import { z } from "zod";
import { sns, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const snsFifoPublish: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_services_statemachines_sns_fifo_publish.json",
  workflow: workflow("SnsFifoPublish", { input: z.object({ TopicArn: z.string(), Message: z.string(), MessageGroupId: z.string(), MessageDeduplicationId: z.string() }), comment: "SNS_FIFO_PUBLISH" }).task("Publish", {
    resource: sns.publish(),
    parameters: { "TopicArn.$": "$.TopicArn", "Message.$": "$.Message", "MessageGroupId.$": "$.MessageGroupId", "MessageDeduplicationId.$": "$.MessageDeduplicationId" },
  }),
};
