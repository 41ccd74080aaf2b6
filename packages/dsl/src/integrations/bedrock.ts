/**
 * Amazon Bedrock: https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html
 * `bedrock:invokeModel` runs a model on a request body (or on a file in S3, with Input and
 * Output), request-response only.
 */
import { z } from "zod";
import { describeIntegration } from "./descriptor.ts";
import { describedIntegration, type Integration } from "./integration.ts";
import type { Placeholder } from "./pattern-options.ts";

const s3Location = z.object({ S3Uri: z.string() });

export const bedrockInvokeModel = describeIntegration({
  service: "bedrock",
  action: "invokeModel",
  request: z.object({
    ModelId: z.string(),
    /** The model's request, as JSON; give Body or Input. */
    Body: z.unknown().optional(),
    ContentType: z.string().optional(),
    Accept: z.string().optional(),
    /** A request file in S3, instead of Body. */
    Input: s3Location.optional(),
    /** Where to write the response, instead of returning it in Body. */
    Output: s3Location.optional(),
    Trace: z.enum(["ENABLED", "DISABLED"]).optional(),
    GuardrailIdentifier: z.string().optional(),
    GuardrailVersion: z.string().optional(),
  }),
  results: {
    /** Body is the model's response as JSON; its shape depends on the model. */
    "request-response": z.object({ Body: z.unknown(), ContentType: z.string().optional() }),
  },
});

export interface BedrockInvokeModelRequest extends z.input<typeof bedrockInvokeModel.request> {}
export interface BedrockInvokeModelResult extends z.input<(typeof bedrockInvokeModel.results)["request-response"]> {}

export const bedrock = {
  /** Invoke a foundation or custom model; declare the model's response with `result` to read into Body. */
  invokeModel(options: Placeholder = {}): Integration<BedrockInvokeModelRequest, BedrockInvokeModelResult> {
    return describedIntegration(bedrockInvokeModel, "request-response", undefined, options.resource);
  },
} as const;
