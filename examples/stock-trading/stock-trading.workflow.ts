/**
 * Checks a stock's price, recommends buying or selling, waits for a person to approve the trade,
 * makes it and reports the result. The approval is a callback: the state machine posts the
 * recommendation and a task token to a queue and pauses until SendTaskSuccess returns the token
 * (handlers/approve-trade.ts).
 */
import { z } from "zod";
import { lambda, sns, sqs, workflow } from "@aslc/dsl";

const StockPrice = z.object({ stock_price: z.number() });
const Recommendation = z.enum(["buy", "sell"]);
const Trade = z.object({
  id: z.string(),
  price: z.number(),
  type: Recommendation,
  qty: z.number(),
  timestamp: z.string(),
});

export default workflow("StockTrading", { input: z.object({}), comment: "Recommends a trade, waits for its approval, trades and reports" })
  .task("Check Stock Price", { resource: lambda.function("${CheckStockPriceFunctionArn}"), result: StockPrice })
  .task("Generate Buy/Sell recommendation", {
    resource: lambda.function("${GenerateBuySellRecommendationFunctionArn}"),
    result: Recommendation,
    resultPath: "$.recommended_type",
  })
  .task("Request Human Approval", {
    resource: sqs.sendMessage({ waitForTaskToken: true }),
    parameters: { QueueUrl: "${ApprovalQueueUrl}", MessageBody: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" } },
    // The approval only lets the execution go on; the payload stays what it was.
    resultPath: null,
  })
  .choice("Buy or Sell?", (c) =>
    c
      .when(c.stringEquals("$.recommended_type", "buy"), (b) => b.task("Buy Stock", { resource: lambda.function("${BuyStockFunctionArn}"), result: Trade }))
      .when(c.stringEquals("$.recommended_type", "sell"), (b) => b.task("Sell Stock", { resource: lambda.function("${SellStockFunctionArn}"), result: Trade })),
  )
  .task("Report Result", {
    resource: sns.publish(),
    parameters: { TopicArn: "${ReportResultTopicArn}", Message: { "Input.$": "$" } },
  });
