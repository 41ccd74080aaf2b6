/** An API Gateway call whose status code chooses between two SNS notices; Resources written for any partition. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const apigatewayHttpNotify: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-apigateway-ecs-workflow__md-block0.json",
  workflow: workflow("ApigatewayHttpNotify", { input: z.object({}), comment: "Calling APIGW HTTP Endpoint" })
    .task("Call API", {
      resource: "arn:<PARTITION>:states:::apigateway:invoke",
      parameters: { ApiEndpoint: "<API_ENDPOINT>", Method: "GET", AuthType: "IAM_ROLE" },
      result: z.object({ StatusCode: z.number() }),
    })
    .choice("Call Successful?", (c) =>
      c
        .when(c.numericEquals("$.StatusCode", 200), (b) => b.task("Notify Success", { resource: "arn:<PARTITION>:states:::sns:publish", parameters: { Message: "Call was successful", TopicArn: "<SNS_TOPIC_ARN>" } }))
        .otherwise((b) => b.task("Notify Failure", { resource: "arn:<PARTITION>:states:::sns:publish", parameters: { Message: "Call was not successful", TopicArn: "<SNS_TOPIC_ARN>" } })),
    ),
  aslValidatorRejects: {
    message: "Resource is invalid",
    why: "the developer guide writes arn:<PARTITION>, a placeholder its sample projects fill in before deployment; asl-validator wants the ARN's final form",
  },
  escapes: [{ kind: "raw resource", where: "Every state's Resource", why: "the typed helpers write the aws partition; the sample's arn:<PARTITION> placeholder needs the Resource as a string; a typed helper's resource option takes a whole ${Name} placeholder only" }],
};
