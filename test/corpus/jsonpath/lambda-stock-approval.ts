/**
 * Lambda functions check a stock price and recommend buying or selling, an SQS message waits for
 * a human's approval (its answer discarded), and a Choice with no Default buys or sells before
 * both paths report to SNS.
 */
import { z } from "zod";
import { lambda, sns, sqs, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const lambdaStockApproval: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-lambda-orchestration__md-block0.json",
  workflow: workflow("LambdaStockApproval", { input: z.object({}) })
    .task("Check Stock Price", { resource: lambda.function("arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLam-CheckStockPriceLambda-444455556666"), result: z.object({ stock_price: z.number() }) })
    .task("Generate Buy/Sell recommendation", {
      resource: lambda.function("arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-Hello-GenerateBuySellRecommend-123456789012"),
      result: z.enum(["buy", "sell"]),
      resultPath: "$.recommended_type",
    })
    .task("Request Human Approval", {
      resource: sqs.sendMessage({ waitForTaskToken: true }),
      parameters: { QueueUrl: "https://sqs.us-west-1.amazonaws.com/111122223333/StepFunctionsSample-HelloLambda4444-5555-6666-RequestHumanApprovalSqs-777788889999", MessageBody: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" } },
      resultPath: null,
    })
    .choice("Buy or Sell?", (c) =>
      c
        .when(c.stringEquals("$.recommended_type", "buy"), (b) => b.task("Buy Stock", { resource: lambda.function("arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLambda-BuyStockLambda-000000000000") }))
        .when(c.stringEquals("$.recommended_type", "sell"), (b) => b.task("Sell Stock", { resource: lambda.function("arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLambda-SellStockLambda-111111111111") })),
    )
    .task("Report Result", {
      resource: sns.publish(),
      parameters: { TopicArn: "arn:aws:sns:us-west-1:111122223333:StepFunctionsSample-HelloLambda1111-2222-3333-ReportResultSnsTopic-222222222222", Message: { "Input.$": "$" } },
    }),
};
