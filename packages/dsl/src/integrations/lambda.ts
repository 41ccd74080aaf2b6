/**
 * Lambda, both ways Step Functions calls it:
 * - `lambda.invoke(fn)`: the optimized integration `arn:aws:states:::lambda:invoke`, whose result
 *   wraps the handler's return value in `{ Payload, StatusCode, … }`;
 * - `lambda.function(arn)`: the function ARN as the Resource; the result is the return value itself.
 * The handler's return type is the task's `result` schema.
 */
import { INTEGRATION, serviceIntegration, type Integration } from "./integration.ts";

export interface LambdaInvokeRequest {
  FunctionName: string;
  Payload?: unknown;
  InvocationType?: "RequestResponse" | "Event" | "DryRun";
  Qualifier?: string;
  ClientContext?: string;
  LogType?: "None" | "Tail";
}

/** The lambda:invoke result around a handler's return value R. */
export interface LambdaInvokeResult<R> {
  Payload: R;
  StatusCode: number;
  ExecutedVersion: string;
  SdkHttpMetadata: { AllHttpHeaders: Record<string, string[]>; HttpHeaders: Record<string, string>; HttpStatusCode: number };
  SdkResponseMetadata: { RequestId: string };
}

export const lambda = {
  /**
   * `arn:aws:states:::lambda:invoke` with the whole effective input as Payload unless Parameters
   * say otherwise. With `waitForTaskToken`, the result is what the callback sends
   * (SendTaskSuccess), not the function's return value, so it has no Payload wrapper.
   */
  invoke<const O extends { waitForTaskToken?: boolean } = {}>(
    functionName: string,
    options: O = {} as O,
  ): Integration<LambdaInvokeRequest, unknown, O extends { waitForTaskToken: true } ? false : true> {
    return serviceIntegration(
      "lambda-invoke",
      "lambda",
      "invoke",
      options.waitForTaskToken ? "waitForTaskToken" : "request-response",
      { FunctionName: functionName, "Payload.$": "$" },
    );
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
