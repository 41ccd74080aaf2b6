/**
 * Lambda, both ways Step Functions calls it:
 * - `lambda.invoke(fn)`: the optimized integration `arn:aws:states:::lambda:invoke`, whose result
 *   wraps the handler's return value in `{ Payload, StatusCode, … }`;
 * - `lambda.function(arn)`: the function ARN as the Resource; the result is the return value itself.
 * The handler's return type is the task's `result` schema.
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */
import { z } from "zod";
import { lambdaInvokeResultSchema } from "../shapes/lambda-invoke-result.ts";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, INTEGRATION, type Integration } from "./integration.ts";
import type { Callback, Placeholder } from "./pattern-options.ts";

export const lambdaInvoke = describeIntegration({
  kind: "lambda-invoke",
  service: "lambda",
  action: "invoke",
  callback: true,
  request: z.object({
    FunctionName: z.string(),
    Payload: z.unknown().optional(),
    InvocationType: z.enum(["RequestResponse", "Event", "DryRun"]).optional(),
    Qualifier: z.string().optional(),
    ClientContext: z.string().optional(),
    LogType: z.enum(["None", "Tail"]).optional(),
  }),
  results: {},
  envelope: lambdaInvokeResultSchema,
  defaultRequest: (functionName) => ({ FunctionName: functionName, "Payload.$": "$" }),
});

export interface LambdaInvokeRequest extends z.input<typeof lambdaInvoke.request> {}

export const lambda = {
  /**
   * `arn:aws:states:::lambda:invoke` with the whole effective input as Payload unless Parameters
   * say otherwise. With `waitForTaskToken`, the result is what the callback sends
   * (SendTaskSuccess), not the function's return value, so it has no Payload wrapper.
   */
  invoke<const O extends Callback & Placeholder = {}>(
    functionName: string,
    options: O = {} as O,
  ): Integration<LambdaInvokeRequest, unknown, O extends { waitForTaskToken: true } ? false : true> {
    return describedIntegration(lambdaInvoke, options.waitForTaskToken ? "waitForTaskToken" : "request-response", functionName, options.resource);
  },
  /** A Lambda function ARN (or `${Name}` placeholder) as the Resource itself. */
  function(functionArn: string): Integration<unknown, unknown, false> {
    return Object.freeze({
      [INTEGRATION]: true as const,
      resource: functionArn,
      info: Object.freeze({ kind: "lambda-function" as const, pattern: "request-response" as const }),
    });
  },
} as const;
