import { afterEach, describe, expect, it, vi } from "vitest";
import { APPROVED_OUTPUT, createApproveTradeHandler, type TaskCallbacks } from "../handlers/approve-trade.ts";
import { sqsEvent } from "../../../test/support/sqs-event.ts";

const approvalMessage = (token: string, recommended_type = "buy") => JSON.stringify({ Input: { stock_price: 30, recommended_type }, TaskToken: token });

function recordingStepFunctions(fail?: Error) {
  const calls: { api: string; request: unknown }[] = [];
  const stepFunctions: TaskCallbacks = {
    async sendTaskSuccess(request) {
      if (fail) throw fail;
      calls.push({ api: "SendTaskSuccess", request });
    },
    async sendTaskFailure(request) {
      if (fail) throw fail;
      calls.push({ api: "SendTaskFailure", request });
    },
  };
  return { stepFunctions, calls };
}

const named = (name: string) => Object.assign(new Error(name), { name });

describe("approve-trade", () => {
  afterEach(() => vi.restoreAllMocks());

  it("approves each request by sending SendTaskSuccess with its task token", async () => {
    const { stepFunctions, calls } = recordingStepFunctions();
    const approve = createApproveTradeHandler({ stepFunctions });

    const response = await approve(sqsEvent(approvalMessage("token-1"), approvalMessage("token-2", "sell")));

    expect(response).toEqual({ batchItemFailures: [] });
    expect(calls).toEqual([
      { api: "SendTaskSuccess", request: { taskToken: "token-1", output: APPROVED_OUTPUT } },
      { api: "SendTaskSuccess", request: { taskToken: "token-2", output: APPROVED_OUTPUT } },
    ]);
    expect(JSON.parse(APPROVED_OUTPUT)).toBe("approved");
  });

  it("rejects through SendTaskFailure when the policy says no", async () => {
    const { stepFunctions, calls } = recordingStepFunctions();
    const decide = vi.fn(async () => ({ approved: false as const, reason: "over the daily limit" }));
    const approve = createApproveTradeHandler({ stepFunctions, decide });

    await approve(sqsEvent(approvalMessage("token-1")));

    expect(decide).toHaveBeenCalledWith({ stock_price: 30, recommended_type: "buy" });
    expect(calls).toEqual([{ api: "SendTaskFailure", request: { taskToken: "token-1", error: "TradeRejected", cause: "over the daily limit" } }]);
  });

  it("reports a message that is not an approval request as a failure", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { stepFunctions, calls } = recordingStepFunctions();
    const approve = createApproveTradeHandler({ stepFunctions });
    const response = await approve(sqsEvent(JSON.stringify({ Input: { stock_price: 30, recommended_type: "buy" } })));
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: "m1" }] });
    expect(calls).toEqual([]);
  });

  it("drops a request whose task no longer waits, and retries one whose callback failed", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const timedOut = createApproveTradeHandler({ stepFunctions: recordingStepFunctions(named("TaskTimedOut")).stepFunctions });
    expect(await timedOut(sqsEvent(approvalMessage("token-1")))).toEqual({ batchItemFailures: [] });

    const throttled = createApproveTradeHandler({ stepFunctions: recordingStepFunctions(named("ThrottlingException")).stepFunctions });
    expect(await throttled(sqsEvent(approvalMessage("token-1")))).toEqual({ batchItemFailures: [{ itemIdentifier: "m1" }] });
  });
});
