/** The SAM template deploys what the compiler emitted, with the permissions each part needs. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { placeholdersIn } from "@aslc/compiler";
import { policyTemplates, readSamTemplate, referencedResource } from "../../../test/support/sam-template.ts";

const file = (name: string) => new URL(`../${name}`, import.meta.url);
const template = readSamTemplate(fileURLToPath(file("template.yaml")));
const stateMachine = template.Resources.PlaceOrderStateMachine!;
const emitted: { substitutions: string[] } = JSON.parse(readFileSync(file("PlaceOrder.substitutions.json"), "utf8"));
const policies = (logicalId: string) => policyTemplates(template.Resources[logicalId]!);

describe("place-order template.yaml", () => {
  it("deploys the committed ASL", () => {
    expect(stateMachine.Type).toBe("AWS::Serverless::StateMachine");
    expect(stateMachine.Properties!.DefinitionUri).toBe("PlaceOrder.asl.json");
  });

  it("substitutes exactly the placeholders the compiler emitted, both ways", () => {
    const substituted = Object.keys(stateMachine.Properties!.DefinitionSubstitutions).sort();
    const definition = JSON.parse(readFileSync(file("PlaceOrder.asl.json"), "utf8"));
    expect(substituted).toEqual(emitted.substitutions);
    expect(emitted.substitutions).toEqual(placeholdersIn(definition));
  });

  it("substitutes each function's ARN and lets the state machine invoke exactly those functions", () => {
    const substitutions: Record<string, unknown> = stateMachine.Properties!.DefinitionSubstitutions;
    expect(substitutions).toEqual({
      CheckAvailabilityArn: { "Fn::GetAtt": ["CheckAvailabilityFunction", "Arn"] },
      NotifyCustomerArn: { "Fn::GetAtt": ["NotifyCustomerFunction", "Arn"] },
      PlaceOrderArn: { "Fn::GetAtt": ["PlaceOrderFunction", "Arn"] },
    });
    const invoked = policies("PlaceOrderStateMachine")
      .filter((p) => p.name === "LambdaInvokePolicy")
      .map((p) => referencedResource(p.argument.FunctionName))
      .sort();
    expect(invoked).toEqual(Object.values(substitutions).map(referencedResource).sort());
  });

  it("gives PlaceOrder the orders table and CRUD rights on it", () => {
    const placeOrder = template.Resources.PlaceOrderFunction!;
    expect(placeOrder.Properties!.Environment.Variables.ORDERS_TABLE).toEqual({ Ref: "OrdersTable" });
    expect(policies("PlaceOrderFunction")).toEqual([{ name: "DynamoDBCrudPolicy", argument: { TableName: { Ref: "OrdersTable" } } }]);
  });

  it("lets the queue trigger start executions of this state machine", () => {
    const trigger = template.Resources.TriggerStateMachineFunction!;
    expect(trigger.Properties!.Environment.Variables.STATE_MACHINE_ARN).toEqual({ Ref: "PlaceOrderStateMachine" });
    expect(policies("TriggerStateMachineFunction")).toEqual([
      { name: "StepFunctionsExecutionPolicy", argument: { StateMachineName: { "Fn::GetAtt": ["PlaceOrderStateMachine", "Name"] } } },
    ]);
    expect(trigger.Properties!.Events.OrderMessages).toEqual({
      Type: "SQS",
      Properties: { Queue: { "Fn::GetAtt": ["OrderQueue", "Arn"] }, BatchSize: 10, FunctionResponseTypes: ["ReportBatchItemFailures"] },
    });
  });
});
