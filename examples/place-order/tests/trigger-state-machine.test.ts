import { afterEach, describe, expect, it, vi } from "vitest";
import { createTriggerHandler, type ExecutionStarter } from "../handlers/trigger-state-machine.ts";
import { sqsEvent } from "../../../test/support/sqs-event.ts";
import inStock from "../events/order-in-stock.json" with { type: "json" };
import outOfStock from "../events/order-out-of-stock.json" with { type: "json" };

const STATE_MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:place-order-test";

type StartRequest = Parameters<ExecutionStarter["startExecution"]>[0];

function recordingStepFunctions(fail: (request: StartRequest) => Error | undefined = () => undefined) {
  const started: StartRequest[] = [];
  const stepFunctions: ExecutionStarter = {
    async startExecution(request) {
      const error = fail(request);
      if (error) throw error;
      started.push(request);
      return { executionArn: `${STATE_MACHINE_ARN.replace("stateMachine", "execution")}:${request.name}` };
    },
  };
  return { stepFunctions, started };
}

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe("trigger-state-machine", () => {
  afterEach(() => vi.restoreAllMocks());

  it("starts one execution per message, named after the message, with the order as input", async () => {
    const { stepFunctions, started } = recordingStepFunctions();
    const trigger = createTriggerHandler({ stepFunctions, stateMachineArn: STATE_MACHINE_ARN });

    const response = await trigger(sqsEvent(JSON.stringify(inStock), JSON.stringify(outOfStock)));

    expect(response).toEqual({ batchItemFailures: [] });
    expect(started).toEqual([
      { stateMachineArn: STATE_MACHINE_ARN, name: "m1", input: JSON.stringify(inStock) },
      { stateMachineArn: STATE_MACHINE_ARN, name: "m2", input: JSON.stringify(outOfStock) },
    ]);
  });

  it("reports messages that are not orders as failures, and starts the others", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { stepFunctions, started } = recordingStepFunctions();
    const trigger = createTriggerHandler({ stepFunctions, stateMachineArn: STATE_MACHINE_ARN });

    const response = await trigger(sqsEvent("not json", JSON.stringify({ itemName: "Nvidia RTX 3070" }), JSON.stringify(inStock)));

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: "m1" }, { itemIdentifier: "m2" }] });
    expect(started.map((s) => s.name)).toEqual(["m3"]);
  });

  it("treats a redelivered message whose execution already exists as started", async () => {
    const { stepFunctions } = recordingStepFunctions(() => named("ExecutionAlreadyExists", "Execution Already Exists: m1"));
    const trigger = createTriggerHandler({ stepFunctions, stateMachineArn: STATE_MACHINE_ARN });
    expect(await trigger(sqsEvent(JSON.stringify(inStock)))).toEqual({ batchItemFailures: [] });
  });

  it("returns a message to the queue when its execution could not be started", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { stepFunctions, started } = recordingStepFunctions((request) => (request.name === "m1" ? named("ThrottlingException", "Rate exceeded") : undefined));
    const trigger = createTriggerHandler({ stepFunctions, stateMachineArn: STATE_MACHINE_ARN });

    const response = await trigger(sqsEvent(JSON.stringify(inStock), JSON.stringify(outOfStock)));

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: "m1" }] });
    expect(started.map((s) => s.name)).toEqual(["m2"]);
  });
});
