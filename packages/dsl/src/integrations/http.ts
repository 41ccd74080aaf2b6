/**
 * HTTPS endpoints (the HTTP Task): https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html
 * `http:invoke` calls any HTTPS API through an EventBridge connection, request-response only.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import type { Placeholder } from "./pattern-options.ts";

/** The EventBridge connection that holds the API's credentials (and, for a private API, its network path). */
const connection = z.object({ ConnectionArn: z.string() });

export const httpInvoke = describeIntegration({
  service: "http",
  action: "invoke",
  request: z.object({
    ApiEndpoint: z.string(),
    Method: z.enum(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
    /** The connection of a public API. */
    Authentication: connection.optional(),
    /** The connection of a private API (one in a VPC). */
    InvocationConfig: connection.optional(),
    Headers: z.record(z.string(), z.unknown()).optional(),
    QueryParameters: z.record(z.string(), z.unknown()).optional(),
    RequestBody: z.unknown().optional(),
    Transform: z
      .object({
        RequestBodyEncoding: z.enum(["NONE", "URL_ENCODED"]).optional(),
        RequestEncodingOptions: z.object({ ArrayFormat: z.enum(["BRACKETS", "COMMAS", "INDICES", "REPEAT"]).optional() }).optional(),
      })
      .optional(),
  }),
  results: {
    "request-response": z.object({
      ResponseBody: z.unknown(),
      Headers: z.record(z.string(), z.unknown()).optional(),
      // The AWS documentation's sample response gives the status code as text.
      StatusCode: z.union([z.number(), z.string()]),
      StatusText: z.string(),
    }),
  },
});

export interface HttpInvokeRequest extends z.input<typeof httpInvoke.request> {}
export interface HttpInvokeResult extends z.input<(typeof httpInvoke.results)["request-response"]> {}

export const http = {
  /** Call an HTTPS API through an EventBridge connection (`Authentication.ConnectionArn`). */
  invoke(options: Placeholder = {}): Integration<HttpInvokeRequest, HttpInvokeResult> {
    return describedIntegration(httpInvoke, "request-response", undefined, options.resource);
  },
} as const;
