/**
 * Starts one PlaceOrder execution for each message on the order queue. SQS cannot start a state
 * machine by itself, so this function sits between the two.
 *
 * Each message body must be an order (the first task's event); the execution is named after the
 * message id, so a message delivered twice starts one execution. Messages that are not orders,
 * or whose execution could not be started, are reported back to SQS as failures: they return to
 * the queue and, after a few attempts, move to its dead-letter queue.
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { SFN } from "@aws-sdk/client-sfn";
import { checkAvailabilityEventSchema, type CheckAvailabilityEvent } from "../PlaceOrder.contracts.js";
import { requiredEnvironment } from "./environment.js";

/** The one Step Functions call the trigger makes; the SDK's SFN client has it. */
export interface ExecutionStarter {
  startExecution(request: { stateMachineArn: string; name: string; input: string }): Promise<{ executionArn?: string }>;
}

export interface TriggerDependencies {
  readonly stepFunctions: ExecutionStarter;
  readonly stateMachineArn: string;
}

export type TriggerHandler = (event: SQSEvent) => Promise<SQSBatchResponse>;

/** The order in a message body, or why it is not one. */
function orderIn(record: SQSRecord): { order: CheckAvailabilityEvent } | { problem: string } {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    return { problem: "the body is not JSON" };
  }
  const parsed = checkAvailabilityEventSchema.safeParse(body);
  return parsed.success ? { order: parsed.data } : { problem: `the body is not an order: ${parsed.error.message}` };
}

/** A redelivered message finds its execution already started: that is success, not failure. */
function alreadyStarted(error: unknown): boolean {
  return error instanceof Error && error.name === "ExecutionAlreadyExists";
}

export function createTriggerHandler({ stepFunctions, stateMachineArn }: TriggerDependencies): TriggerHandler {
  const start = async (record: SQSRecord): Promise<boolean> => {
    const found = orderIn(record);
    if ("problem" in found) {
      console.error(JSON.stringify({ messageId: record.messageId, problem: found.problem }));
      return false;
    }
    const input: CheckAvailabilityEvent = found.order;
    try {
      await stepFunctions.startExecution({ stateMachineArn, name: record.messageId, input: JSON.stringify(input) });
      return true;
    } catch (error) {
      if (alreadyStarted(error)) return true;
      console.error(JSON.stringify({ messageId: record.messageId, problem: `StartExecution failed: ${String(error)}` }));
      return false;
    }
  };

  return async (event) => {
    const started = await Promise.all(event.Records.map(start));
    const failed = event.Records.filter((_, i) => !started[i]);
    return { batchItemFailures: failed.map((record) => ({ itemIdentifier: record.messageId })) };
  };
}

let trigger: TriggerHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no AWS configuration. */
export const handler: TriggerHandler = (event) => {
  trigger ??= createTriggerHandler({ stepFunctions: new SFN({}), stateMachineArn: requiredEnvironment("STATE_MACHINE_ARN") });
  return trigger(event);
};
