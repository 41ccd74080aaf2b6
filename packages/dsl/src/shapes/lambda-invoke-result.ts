/**
 * What `arn:aws:states:::lambda:invoke` returns: the handler's return value as `Payload`, inside
 * the invocation's response.
 * https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html
 */
import { z, type ZodType } from "zod";

const envelope = z.object({
  StatusCode: z.number(),
  ExecutedVersion: z.string(),
  SdkHttpMetadata: z.object({
    AllHttpHeaders: z.record(z.string(), z.array(z.string())),
    HttpHeaders: z.record(z.string(), z.string()),
    HttpStatusCode: z.number(),
  }),
  SdkResponseMetadata: z.object({ RequestId: z.string() }),
});

/** The lambda:invoke result around a handler's return value `payload`. */
export function lambdaInvokeResultSchema(payload: ZodType): ZodType {
  return z.object({ Payload: payload, ...envelope.shape });
}

/** The lambda:invoke result around a handler's return value R. */
export interface LambdaInvokeResult<R> extends z.input<typeof envelope> {
  Payload: R;
}
