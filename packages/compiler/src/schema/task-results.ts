/**
 * What a Task's work returns, before ResultSelector: the declared `result` schema, wrapped
 * the way the integration wraps it, or the response of the service integrations the DSL
 * types. A callback task (`.waitForTaskToken`) returns whatever SendTaskSuccess sends, so
 * only the declared schema describes it, with no wrapper.
 */
import { z, type ZodType } from "zod";
import type { TaskNode } from "@aslc/dsl";

export function taskResultSchema(task: TaskNode): ZodType {
  const declared = task.resultSchema;
  const { kind, pattern } = task.integration;
  if (pattern === "waitForTaskToken") return declared ?? z.unknown();
  if (kind === "lambda-invoke") return lambdaInvokeResult(declared ?? z.unknown());
  if (declared) return declared;
  if (kind === "service") return serviceResult(task.integration.service, task.integration.action, pattern) ?? z.unknown();
  return z.unknown();
}

/** `arn:aws:states:::lambda:invoke` around the handler's return value. */
export function lambdaInvokeResult(payload: ZodType): ZodType {
  return z.object({
    Payload: payload,
    StatusCode: z.number(),
    ExecutedVersion: z.string(),
    SdkHttpMetadata: z.object({
      AllHttpHeaders: z.record(z.string(), z.array(z.string())),
      HttpHeaders: z.record(z.string(), z.string()),
      HttpStatusCode: z.number(),
    }),
    SdkResponseMetadata: z.object({ RequestId: z.string() }),
  });
}

/** The error output a Catch hands on (JSONata: `$states.errorOutput`). */
export function errorOutputSchema(): ZodType {
  return z.object({ Error: z.string(), Cause: z.string() });
}

/** What the Map state returns when a ResultWriter stores the results instead. */
export function mapRunResult(): ZodType {
  return z.object({ MapRunArn: z.string(), ResultWriterDetails: z.object({ Bucket: z.string(), Key: z.string() }) });
}

type Pattern = TaskNode["integration"]["pattern"];

/** The responses of the integrations the DSL has typed helpers for. */
function serviceResult(service: string | undefined, action: string | undefined, pattern: Pattern): ZodType | undefined {
  const item = z.record(z.string(), z.unknown());
  switch (`${service}:${action}`) {
    case "sns:publish":
      return z.object({ MessageId: z.string(), SequenceNumber: z.string().optional() });
    case "sqs:sendMessage":
      return z.object({ MessageId: z.string(), MD5OfMessageBody: z.string(), SequenceNumber: z.string().optional() });
    case "dynamodb:getItem":
      return z.object({ Item: item.optional(), ConsumedCapacity: z.unknown().optional() });
    case "dynamodb:putItem":
    case "dynamodb:updateItem":
    case "dynamodb:deleteItem":
      return z.object({ Attributes: item.optional(), ConsumedCapacity: z.unknown().optional() });
    case "ecs:runTask":
      return z.object({ Tasks: z.array(z.unknown()), Failures: z.array(z.unknown()) });
    case "events:putEvents":
      return z.object({
        Entries: z.array(z.object({ EventId: z.string().optional(), ErrorCode: z.string().optional(), ErrorMessage: z.string().optional() })),
        FailedEntryCount: z.number(),
      });
    case "states:startExecution":
      if (pattern === "request-response") return z.object({ ExecutionArn: z.string(), StartDate: z.string() });
      return z.object({
        ExecutionArn: z.string(),
        StateMachineArn: z.string(),
        Name: z.string(),
        Status: z.string(),
        StartDate: z.number(),
        StopDate: z.number(),
        Input: z.string(),
        Output: pattern === "sync" ? z.string() : z.unknown(),
      });
    default:
      return undefined;
  }
}
