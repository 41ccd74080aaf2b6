/** The SAM template deploys what the compiler emitted, with the permissions each part needs. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { policyStatements, policyTemplates, readSamTemplate, referencedResource } from "../../../test/support/sam-template.ts";

const file = (name: string) => new URL(`../${name}`, import.meta.url);
const template = readSamTemplate(fileURLToPath(file("template.yaml")));
const stateMachine = template.Resources.StockTradingStateMachine!;
const substitutions: Record<string, unknown> = stateMachine.Properties!.DefinitionSubstitutions;
const emitted: { substitutions: string[] } = JSON.parse(readFileSync(file("StockTrading.substitutions.json"), "utf8"));

describe("stock-trading template.yaml", () => {
  it("substitutes exactly the placeholders the compiler emitted", () => {
    expect(stateMachine.Properties!.DefinitionUri).toBe("StockTrading.asl.json");
    expect(Object.keys(substitutions).sort()).toEqual(emitted.substitutions);
  });

  it("lets the state machine invoke the four functions, post approvals and publish reports", () => {
    const policies = policyTemplates(stateMachine);
    const invoked = policies.filter((p) => p.name === "LambdaInvokePolicy").map((p) => referencedResource(p.argument.FunctionName));
    expect(invoked.sort()).toEqual(["BuyStockFunction", "CheckStockPriceFunction", "GenerateBuySellRecommendationFunction", "SellStockFunction"]);
    expect(policies.filter((p) => p.name !== "LambdaInvokePolicy")).toEqual([
      { name: "SQSSendMessagePolicy", argument: { QueueName: { "Fn::GetAtt": ["ApprovalQueue", "QueueName"] } } },
      { name: "SNSPublishMessagePolicy", argument: { TopicName: { "Fn::GetAtt": ["ReportResultTopic", "TopicName"] } } },
    ]);
  });

  it("points the callback and the report at the queue and the topic those policies cover", () => {
    expect(substitutions.ApprovalQueueUrl).toEqual({ Ref: "ApprovalQueue" });
    expect(substitutions.ReportResultTopicArn).toEqual({ Ref: "ReportResultTopic" });
  });

  it("lets the approval function complete waiting tasks, triggered by the approval queue", () => {
    const approve = template.Resources.ApproveTradeFunction!;
    expect(policyStatements(approve)).toEqual([{ Effect: "Allow", Action: ["states:SendTaskSuccess", "states:SendTaskFailure"], Resource: "*" }]);
    expect(approve.Properties!.Events.ApprovalRequests.Properties.Queue).toEqual({ "Fn::GetAtt": ["ApprovalQueue", "Arn"] });
  });
});
