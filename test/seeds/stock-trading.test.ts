/** Seed 001: the Lambda orchestration sample with a human-approval callback and SNS report. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lambda, sns, sqs, workflow } from "@aslc/dsl";
import { emitted } from "../support/emit.ts";
import { validatorProblems } from "../support/validators.ts";

const fn = (name: string) => lambda.function(`arn:aws:lambda:us-west-1:111122223333:function:${name}`);

const StockPrice = z.object({ stock_price: z.number() });

export const stockTrading = workflow("StockTrading", { input: z.object({}) })
  .task("Check Stock Price", { resource: fn("StepFunctionsSample-HelloLam-CheckStockPriceLambda-444455556666"), result: StockPrice })
  .task("Generate Buy/Sell recommendation", {
    resource: fn("StepFunctionsSample-Hello-GenerateBuySellRecommend-123456789012"),
    result: z.enum(["buy", "sell"]),
    resultPath: "$.recommended_type",
  })
  .task("Request Human Approval", {
    resource: sqs.sendMessage({ waitForTaskToken: true }),
    parameters: { QueueUrl: "", MessageBody: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" } },
    resultPath: null,
  })
  .choice("Buy or Sell?", (c) =>
    c
      .when(c.stringEquals("$.recommended_type", "buy"), (b) =>
        b.task("Buy Stock", { resource: fn("StepFunctionsSample-HelloLambda-BuyStockLambda-000000000000"), result: z.object({ qty: z.number() }) }),
      )
      .when(c.stringEquals("$.recommended_type", "sell"), (b) =>
        b.task("Sell Stock", { resource: fn("StepFunctionsSample-HelloLambda-SellStockLambda-111111111111"), result: z.object({ qty: z.number() }) }),
      ),
  )
  .task("Report Result", {
    resource: sns.publish(),
    parameters: {
      TopicArn: "arn:aws:sns:us-west-1:111122223333:StepFunctionsSample-HelloLambda1111-2222-3333-ReportResultSnsTopic-222222222222",
      Message: { "Input.$": "$" },
    },
  });

const expected = {
  StartAt: "Check Stock Price",
  States: {
    "Check Stock Price": {
      Type: "Task",
      Resource: "arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLam-CheckStockPriceLambda-444455556666",
      Next: "Generate Buy/Sell recommendation",
    },
    "Generate Buy/Sell recommendation": {
      Type: "Task",
      Resource: "arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-Hello-GenerateBuySellRecommend-123456789012",
      ResultPath: "$.recommended_type",
      Next: "Request Human Approval",
    },
    "Request Human Approval": {
      Type: "Task",
      Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
      Parameters: { QueueUrl: "", MessageBody: { "Input.$": "$", "TaskToken.$": "$$.Task.Token" } },
      ResultPath: null,
      Next: "Buy or Sell?",
    },
    "Buy or Sell?": {
      Type: "Choice",
      Choices: [
        { Variable: "$.recommended_type", StringEquals: "buy", Next: "Buy Stock" },
        { Variable: "$.recommended_type", StringEquals: "sell", Next: "Sell Stock" },
      ],
    },
    "Buy Stock": {
      Type: "Task",
      Resource: "arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLambda-BuyStockLambda-000000000000",
      Next: "Report Result",
    },
    "Sell Stock": {
      Type: "Task",
      Resource: "arn:aws:lambda:us-west-1:111122223333:function:StepFunctionsSample-HelloLambda-SellStockLambda-111111111111",
      Next: "Report Result",
    },
    "Report Result": {
      Type: "Task",
      Resource: "arn:aws:states:::sns:publish",
      Parameters: {
        TopicArn: "arn:aws:sns:us-west-1:111122223333:StepFunctionsSample-HelloLambda1111-2222-3333-ReportResultSnsTopic-222222222222",
        Message: { "Input.$": "$" },
      },
      End: true,
    },
  },
};

describe("seed: stock trading (Lambda orchestration)", () => {
  it("emits the seed's definition", () => {
    expect(emitted(stockTrading)).toEqual(expected);
  });

  it("is accepted by asl-validator and statelint", () => {
    expect(validatorProblems(emitted(stockTrading))).toEqual([]);
  });
});
