/** apigateway:invoke with every request field, query parameters included, read from the input. */
import { z } from "zod";
import { apigateway, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({
  ApiEndpoint: z.string(),
  Method: z.enum(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
  Path: z.string(),
  Stage: z.string(),
  RequestBody: z.object({ message: z.string() }),
  QueryParameters: z.record(z.string(), z.array(z.string())),
  AllowNullValues: z.boolean(),
});

export const apigatewayQueryParameters: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_services_statemachines_api_gateway_invoke_with_query_parameters.json",
  workflow: workflow("ApigatewayQueryParameters", { input: Input, comment: "API_GATEWAY_INVOKE_WITH_QUERY_PARAMETERS" }).task("ApiGatewayInvoke", {
    resource: apigateway.invoke(),
    parameters: {
      "ApiEndpoint.$": "$.ApiEndpoint",
      "Method.$": "$.Method",
      "Path.$": "$.Path",
      "Stage.$": "$.Stage",
      "RequestBody.$": "$.RequestBody",
      "QueryParameters.$": "$.QueryParameters",
      "AllowNullValues.$": "$.AllowNullValues",
    },
  }),
};
