/**
 * Walks the compiled StockTrading.asl.json with the real handlers. "Request Human Approval"
 * is played the way AWS plays it: its message goes through the approval handler, and the task
 * finishes when that handler calls SendTaskSuccess (or SendTaskFailure) with the task's token.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runExecution, type TaskCall } from "../../../test/support/asl/interpreter.ts";
import { sqsEvent } from "../../../test/support/sqs-event.ts";
import { createApproveTradeHandler, type ApprovalPolicy } from "../handlers/approve-trade.ts";
import type { Broker } from "../handlers/broker.ts";
import { createBuyStockHandler } from "../handlers/buy-stock.ts";
import { createCheckStockPriceHandler } from "../handlers/check-stock-price.ts";
import { handler as recommend } from "../handlers/generate-buy-sell-recommendation.ts";
import { createSellStockHandler } from "../handlers/sell-stock.ts";

const definition = JSON.parse(readFileSync(new URL("../StockTrading.asl.json", import.meta.url), "utf8"));

const broker: Broker = {
  trade: async ({ type, price }) => ({ id: `${type}-1`, price, type, qty: 5, timestamp: "2026-03-02T10:00:00.000Z" }),
};

/** A callback task: resolves when the approval handler answers with this task's token. */
function humanApproval(decide?: ApprovalPolicy) {
  return (parameters: { MessageBody: unknown }, call: TaskCall) =>
    new Promise<unknown>((resolve, reject) => {
      const approve = createApproveTradeHandler({
        decide,
        stepFunctions: {
          async sendTaskSuccess({ taskToken, output }) {
            expect(taskToken).toBe(call.taskToken);
            resolve(JSON.parse(output));
          },
          async sendTaskFailure({ taskToken, error, cause }) {
            expect(taskToken).toBe(call.taskToken);
            reject(Object.assign(new Error(cause), { name: error }));
          },
        },
      });
      void approve(sqsEvent(JSON.stringify(parameters.MessageBody)));
    });
}

function trade(price: number, decide?: ApprovalPolicy) {
  const reports: unknown[] = [];
  const execution = runExecution(
    definition,
    {},
    {
      tasks: {
        "Check Stock Price": createCheckStockPriceHandler(async () => price),
        "Generate Buy/Sell recommendation": recommend,
        "Request Human Approval": humanApproval(decide),
        "Buy Stock": createBuyStockHandler(broker),
        "Sell Stock": createSellStockHandler(broker),
        "Report Result": async (request: { Message: unknown }) => (reports.push(request.Message), { MessageId: "sns-1" }),
      },
    },
  );
  return { execution, reports };
}

describe("StockTrading workflow", () => {
  it("buys a cheap stock once the trade is approved, and reports the trade", async () => {
    const { execution, reports } = trade(30);
    const result = await execution;
    expect(result.status).toBe("SUCCEEDED");
    expect(result.visited).toEqual(["Check Stock Price", "Generate Buy/Sell recommendation", "Request Human Approval", "Buy or Sell?", "Buy Stock", "Report Result"]);
    expect(reports).toEqual([{ Input: { id: "buy-1", price: 30, type: "buy", qty: 5, timestamp: "2026-03-02T10:00:00.000Z" } }]);
  });

  it("sells a dear one", async () => {
    const { execution } = trade(80);
    expect((await execution).visited).toContain("Sell Stock");
  });

  it("ends with TradeRejected when the approver says no", async () => {
    const { execution, reports } = trade(30, async () => ({ approved: false, reason: "market closed" }));
    const result = await execution;
    expect(result).toMatchObject({ status: "FAILED", error: "TradeRejected", cause: "market closed" });
    expect(result.visited.at(-1)).toBe("Request Human Approval");
    expect(reports).toEqual([]);
  });
});
