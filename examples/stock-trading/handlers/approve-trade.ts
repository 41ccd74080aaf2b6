/**
 * Answers "Request Human Approval". That task posts {"Input": <payload>, "TaskToken": <token>} to
 * the approval queue and waits; this function, triggered by the queue, decides and hands the
 * token back: SendTaskSuccess lets the execution go on to Buy or Sell?, SendTaskFailure ends it
 * with the error TradeRejected.
 *
 * Like the sample, it approves every trade. A real desk would ask a person here (an email or a
 * chat message with approve/reject links) and call SendTaskSuccess when they answer.
 */
import type { SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { SFN } from "@aws-sdk/client-sfn";
import { z } from "zod";
import { buyStockEventSchema, type BuyStockEvent } from "../StockTrading.contracts.js";

/**
 * The message "Request Human Approval" sends. Its Input is the payload the trade will act on:
 * with ResultPath null the approval passes it on unchanged, so it is exactly Buy Stock's event.
 */
export const approvalRequestSchema = z.object({ Input: buyStockEventSchema, TaskToken: z.string().min(1) });

export type Decision = { readonly approved: true } | { readonly approved: false; readonly reason: string };

/** Decides on a recommended trade. */
export type ApprovalPolicy = (trade: BuyStockEvent) => Promise<Decision>;

export const approveEverything: ApprovalPolicy = async () => ({ approved: true });

/** The Step Functions calls that complete a waiting task; the SDK's SFN client has them. */
export interface TaskCallbacks {
  sendTaskSuccess(request: { taskToken: string; output: string }): Promise<unknown>;
  sendTaskFailure(request: { taskToken: string; error: string; cause: string }): Promise<unknown>;
}

export interface ApproveTradeDependencies {
  readonly stepFunctions: TaskCallbacks;
  readonly decide?: ApprovalPolicy;
}

export type ApproveTradeHandler = (event: SQSEvent) => Promise<SQSBatchResponse>;

/** What the approval task's output would be; ResultPath null discards it, but it reads well in the execution history. */
export const APPROVED_OUTPUT = JSON.stringify("approved");

/** The task is gone (timed out, or answered already): retrying the message cannot help. */
const TASK_GONE = new Set(["TaskTimedOut", "TaskDoesNotExist", "InvalidToken"]);

export function createApproveTradeHandler({ stepFunctions, decide = approveEverything }: ApproveTradeDependencies): ApproveTradeHandler {
  const answer = async (record: SQSRecord): Promise<boolean> => {
    let request: z.infer<typeof approvalRequestSchema>;
    try {
      request = approvalRequestSchema.parse(JSON.parse(record.body));
    } catch (error) {
      console.error(JSON.stringify({ messageId: record.messageId, problem: `not an approval request: ${String(error)}` }));
      return false;
    }
    const decision = await decide(request.Input);
    try {
      if (decision.approved) await stepFunctions.sendTaskSuccess({ taskToken: request.TaskToken, output: APPROVED_OUTPUT });
      else await stepFunctions.sendTaskFailure({ taskToken: request.TaskToken, error: "TradeRejected", cause: decision.reason });
      return true;
    } catch (error) {
      const gone = error instanceof Error && TASK_GONE.has(error.name);
      console.error(JSON.stringify({ messageId: record.messageId, problem: `${gone ? "the task no longer waits" : "callback failed"}: ${String(error)}` }));
      return gone;
    }
  };

  return async (event) => {
    const answered = await Promise.all(event.Records.map(answer));
    return { batchItemFailures: event.Records.filter((_, i) => !answered[i]).map((record) => ({ itemIdentifier: record.messageId })) };
  };
}

let approveTrade: ApproveTradeHandler | undefined;

/** Built on first use, so importing the module (as the tests do) needs no AWS configuration. */
export const handler: ApproveTradeHandler = (event) => {
  approveTrade ??= createApproveTradeHandler({ stepFunctions: new SFN({}) });
  return approveTrade(event);
};
