/** The SAM template deploys what the compiler emitted, with the permissions each part needs. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { policyStatements, policyTemplates, readSamTemplate, referencedResource } from "../../../test/support/sam-template.ts";

const file = (name: string) => new URL(`../${name}`, import.meta.url);
const template = readSamTemplate(fileURLToPath(file("template.yaml")));
const stateMachine = template.Resources.OrderProcessingJsonataStateMachine!;
const substitutions: Record<string, unknown> = stateMachine.Properties!.DefinitionSubstitutions;
const emitted: { substitutions: string[] } = JSON.parse(readFileSync(file("OrderProcessingJsonata.substitutions.json"), "utf8"));
const policies = policyTemplates(stateMachine);
const statements = policyStatements(stateMachine);

describe("order-processing-jsonata template.yaml", () => {
  it("substitutes exactly the placeholders the compiler emitted", () => {
    expect(stateMachine.Properties!.DefinitionUri).toBe("OrderProcessingJsonata.asl.json");
    expect(Object.keys(substitutions).sort()).toEqual(emitted.substitutions);
  });

  it("lets the state machine invoke every function it substitutes", () => {
    const substituted = Object.entries(substitutions)
      .filter(([name]) => name.endsWith("FunctionArn"))
      .map(([, value]) => referencedResource(value));
    const invoked = policies.filter((p) => p.name === "LambdaInvokePolicy").map((p) => referencedResource(p.argument.FunctionName));
    expect(invoked.sort()).toEqual(substituted.sort());
  });

  it("covers the callback queue, the orders table and the events topic it names", () => {
    expect(substitutions.ApprovalQueueUrl).toEqual({ Ref: "ApprovalQueue" });
    expect(substitutions.OrdersTableName).toEqual({ Ref: "OrdersTable" });
    expect(substitutions.OrderEventsTopicArn).toEqual({ Ref: "OrderEventsTopic" });
    expect(policies.filter((p) => p.name !== "LambdaInvokePolicy")).toEqual([
      { name: "SQSSendMessagePolicy", argument: { QueueName: { "Fn::GetAtt": ["ApprovalQueue", "QueueName"] } } },
      { name: "DynamoDBWritePolicy", argument: { TableName: { Ref: "OrdersTable" } } },
      { name: "SNSPublishMessagePolicy", argument: { TopicName: { "Fn::GetAtt": ["OrderEventsTopic", "TopicName"] } } },
    ]);
  });

  it("lets the Distributed Map start and follow child executions of this very state machine", () => {
    const name = "${AWS::StackName}-order-processing-jsonata";
    expect(stateMachine.Properties!.Name).toEqual({ "Fn::Sub": name });
    expect(statements).toContainEqual({ Effect: "Allow", Action: "states:StartExecution", Resource: { "Fn::Sub": `arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:stateMachine:${name}` } });
    expect(statements).toContainEqual({
      Effect: "Allow",
      Action: ["states:DescribeExecution", "states:StopExecution"],
      Resource: { "Fn::Sub": `arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:execution:${name}/*` },
    });
  });

  it("lets the state machine run the invoice task and wait for it", () => {
    expect(substitutions.InvoiceTaskDefinitionArn).toEqual({ Ref: "InvoiceTaskDefinition" });
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(["ecs:RunTask", "ecs:StopTask", "ecs:DescribeTasks", "events:PutTargets", "events:PutRule", "events:DescribeRule", "iam:PassRole"]));
    const container = template.Resources.InvoiceTaskDefinition!.Properties!.ContainerDefinitions[0];
    const definition = JSON.parse(readFileSync(file("OrderProcessingJsonata.asl.json"), "utf8"));
    expect(definition.States.GenerateInvoice.Arguments.Overrides.ContainerOverrides[0].Name).toBe(container.Name);
  });

  it("gives each function the configuration and rights its handler uses", () => {
    const variables = (id: string) => template.Resources[id]!.Properties!.Environment?.Variables;
    expect(variables("ProcessPaymentFunction")).toEqual({ PAYMENT_GATEWAY_URL: { Ref: "PaymentGatewayUrl" } });
    expect(variables("RefundPaymentFunction")).toEqual({ PAYMENT_GATEWAY_URL: { Ref: "PaymentGatewayUrl" } });
    expect(variables("ProcessItemFunction")).toEqual({ INVENTORY_TABLE: { Ref: "InventoryTable" } });
    expect(policyTemplates(template.Resources.ProcessItemFunction!)).toEqual([{ name: "DynamoDBCrudPolicy", argument: { TableName: { Ref: "InventoryTable" } } }]);
    expect(variables("SendEmailFunction")).toEqual({ SENDER_EMAIL: { Ref: "SenderEmail" } });
    expect(policyTemplates(template.Resources.SendEmailFunction!)).toEqual([{ name: "SESCrudPolicy", argument: { IdentityName: { Ref: "SenderEmail" } } }]);
  });
});
