/**
 * Amazon API Gateway: https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html
 * `apigateway:invoke` calls a REST or HTTP API; it offers request-response and the callback.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import { patternOf, type Callback, type CallbackResult, type Placeholder } from "./pattern-options.ts";
import { httpResponse, multiValued } from "./http-response.ts";

export const apigatewayInvoke = describeIntegration({
  service: "apigateway",
  action: "invoke",
  callback: true,
  request: z.object({
    ApiEndpoint: z.string(),
    Method: z.enum(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
    Headers: multiValued.optional(),
    Stage: z.string().optional(),
    Path: z.string().optional(),
    QueryParameters: multiValued.optional(),
    RequestBody: z.unknown().optional(),
    AllowNullValues: z.boolean().optional(),
    AuthType: z.enum(["NO_AUTH", "IAM_ROLE", "RESOURCE_POLICY"]).optional(),
  }),
  results: {
    "request-response": httpResponse,
  },
});

export interface ApiGatewayInvokeRequest extends z.input<typeof apigatewayInvoke.request> {}
export interface ApiGatewayInvokeResult extends z.input<(typeof apigatewayInvoke.results)["request-response"]> {}

export const apigateway = {
  /** Call an API Gateway endpoint; the result's ResponseBody is the API's JSON. */
  invoke<const O extends Callback & Placeholder = {}>(options: O = {} as O): Integration<ApiGatewayInvokeRequest, CallbackResult<O, ApiGatewayInvokeResult>> {
    return describedIntegration(apigatewayInvoke, patternOf(options), undefined, options.resource);
  },
} as const;
