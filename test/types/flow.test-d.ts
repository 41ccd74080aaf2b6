// How a Task's or Pass's payload flows: InputPath → Parameters → work → ResultSelector →
// ResultPath → OutputPath, and what each integration returns.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import {
  workflow,
  lambda,
  sns,
  sqs,
  dynamodb,
  ecs,
  states,
  events,
  awsSdk,
  service,
  ref,
  type PayloadOf,
  type LambdaInvokeResult,
} from "@aslc/dsl";

const Input = z.object({
  orderId: z.string(),
  total: z.number(),
  topic: z.string(),
  order: z.object({ id: z.string(), lines: z.array(z.number()) }),
  extra: z.object({ seen: z.boolean() }).optional(),
});
type Input = z.output<typeof Input>;

const Checked = z.object({ valid: z.boolean(), score: z.number() });
type Checked = z.output<typeof Checked>;

const start = workflow("Flow", { input: Input });

describe("Task", () => {
  test("lambda.function: the result is the handler's return value", () => {
    const wf = start.task("Check", { resource: lambda.function("${CheckArn}"), result: Checked });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Checked>();
  });

  test("lambda.invoke: the return value is wrapped in Payload", () => {
    const wf = start.task("Check", { resource: lambda.invoke("${CheckArn}"), result: Checked });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<LambdaInvokeResult<Checked>>();
    expectTypeOf<PayloadOf<typeof wf>["Payload"]>().toEqualTypeOf<Checked>();
    expectTypeOf<PayloadOf<typeof wf>["StatusCode"]>().toEqualTypeOf<number>();
  });

  test("ResultSelector picks from the raw result, ResultPath places it in the input", () => {
    const wf = start.task("Check", {
      resource: lambda.invoke("${CheckArn}"),
      result: Checked,
      resultSelector: { "valid.$": "$.Payload.valid", "status.$": "$.StatusCode" },
      resultPath: "$.check",
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{
      orderId: string;
      total: number;
      topic: string;
      order: { id: string; lines: number[] };
      extra?: { seen: boolean } | undefined;
      check: { valid: boolean; status: number };
    }>();
  });

  test("ResultPath null keeps the input unchanged", () => {
    const wf = start.task("Notify", {
      resource: sns.publish(),
      parameters: { "TopicArn.$": "$.topic", "Message.$": "$.orderId" },
      resultPath: null,
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input>();
  });

  test("a nested ResultPath writes into an existing object", () => {
    const wf = start.task("Check", { resource: lambda.function("${CheckArn}"), result: Checked, resultPath: "$.order.check" });
    expectTypeOf<PayloadOf<typeof wf>["order"]>().toEqualTypeOf<{ id: string; lines: number[]; check: Checked }>();
  });

  test("a nested ResultPath creates missing objects and makes optional ones present", () => {
    const created = start.task("A", { resource: lambda.function("${A}"), result: z.number(), resultPath: "$.audit.score" });
    const filled = start.task("B", { resource: lambda.function("${B}"), result: z.number(), resultPath: "$.extra.count" });
    expectTypeOf<PayloadOf<typeof created>["audit"]>().toEqualTypeOf<{ score: number }>();
    expectTypeOf<PayloadOf<typeof filled>["extra"]>().toEqualTypeOf<{ seen: boolean; count: number }>();
  });

  test("a nested ResultPath under a value of unknown type is taken to write into an object", () => {
    const wf = start
      .task("Raw", { resource: "${RawArn}", resultPath: "$.raw" })
      .pass("Note", { result: "seen", resultPath: "$.raw.note" });
    expectTypeOf<PayloadOf<typeof wf>["raw"]>().toEqualTypeOf<{ note: "seen" }>();
  });

  test("InputPath and Parameters shape the request; ResultPath and OutputPath work on the raw input", () => {
    const wf = start.task("Check", {
      resource: lambda.function("${CheckArn}"),
      inputPath: "$.order",
      parameters: { "id.$": "$.id", "first.$": "$.lines[0]" },
      result: Checked,
      resultPath: "$.order.check",
      outputPath: "$.order",
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string; lines: number[]; check: Checked }>();
  });

  test("lambda.invoke with payload, keeping only the handler's value", () => {
    const wf = start.task("Check", {
      resource: lambda.invoke("${CheckArn}"),
      payload: { "id.$": "$.order.id" },
      result: Checked,
      resultPath: "$.check",
      outputPath: "$.check.Payload",
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Checked>();
  });

  test("a raw ARN without a result schema is unknown", () => {
    const wf = start.task("Raw", { resource: "arn:aws:lambda:us-east-1:123456789012:function:raw" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<unknown>();
  });

  test("a raw ARN with a result schema is that schema's type", () => {
    const wf = start.task("Raw", { resource: "${RawArn}", result: Checked });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Checked>();
  });
});

describe("integration results", () => {
  test("sns.publish and sqs.sendMessage", () => {
    const published = start.task("Publish", { resource: sns.publish(), parameters: { TopicArn: "arn:topic", "Message.$": "$" } });
    const sent = start.task("Send", { resource: sqs.sendMessage(), parameters: { QueueUrl: "https://q", "MessageBody.$": "$" } });
    expectTypeOf<PayloadOf<typeof published>>().toEqualTypeOf<{ MessageId: string; SequenceNumber?: string }>();
    expectTypeOf<PayloadOf<typeof sent>>().toEqualTypeOf<{ MessageId: string; MD5OfMessageBody: string; SequenceNumber?: string }>();
  });

  test("dynamodb.getItem", () => {
    const wf = start.task("Get", { resource: dynamodb.getItem(), parameters: { TableName: "orders", Key: { id: { "S.$": "$.orderId" } } } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ Item?: Record<string, unknown>; ConsumedCapacity?: unknown }>();
  });

  test("states.startExecution: plain, sync (output as text) and sync2 (output as JSON)", () => {
    const plain = start.task("Start", { resource: states.startExecution(), parameters: { StateMachineArn: "arn:sm" } });
    const sync = start.task("Run", { resource: states.startExecution({ sync: true }), parameters: { StateMachineArn: "arn:sm" } });
    const sync2 = start.task("RunJson", { resource: states.startExecution({ sync2: true }), parameters: { StateMachineArn: "arn:sm" } });
    expectTypeOf<PayloadOf<typeof plain>>().toEqualTypeOf<{ ExecutionArn: string; StartDate: string }>();
    expectTypeOf<PayloadOf<typeof sync>["Output"]>().toEqualTypeOf<string>();
    expectTypeOf<PayloadOf<typeof sync2>["Output"]>().toEqualTypeOf<unknown>();
  });

  test("ecs.runTask and events.putEvents", () => {
    const ran = start.task("RunTask", { resource: ecs.runTask({ sync: true }), parameters: { TaskDefinition: "td", Cluster: "c" } });
    const put = start.task("Put", { resource: events.putEvents(), parameters: { Entries: [{ Detail: { "id.$": "$.orderId" }, DetailType: "Order", Source: "shop" }] } });
    expectTypeOf<PayloadOf<typeof ran>>().toEqualTypeOf<{ Tasks: unknown[]; Failures: unknown[] }>();
    expectTypeOf<PayloadOf<typeof put>>().toEqualTypeOf<{
      Entries: { EventId?: string; ErrorCode?: string; ErrorMessage?: string }[];
      FailedEntryCount: number;
    }>();
  });

  test("awsSdk and service take their result from the schema, or are unknown", () => {
    const typed = start.task("GetObject", { resource: awsSdk("s3", "getObject"), parameters: { Bucket: "b", Key: "k" }, result: z.object({ Body: z.string() }) });
    const untyped = start.task("StartJob", { resource: service("glue", "startJobRun", { sync: true }), parameters: { JobName: "j" } });
    expectTypeOf<PayloadOf<typeof typed>>().toEqualTypeOf<{ Body: string }>();
    expectTypeOf<PayloadOf<typeof untyped>>().toEqualTypeOf<unknown>();
  });

  test("waitForTaskToken: the result is what the callback sends", () => {
    const wf = start.task("Approve", {
      resource: sns.publish({ waitForTaskToken: true }),
      parameters: { TopicArn: "arn:topic", Message: { "token.$": "$$.Task.Token" } },
      result: z.object({ approved: z.boolean() }),
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ approved: boolean }>();
  });

  test("a lambda:invoke callback task has no Payload wrapper: its result is what SendTaskSuccess sends", () => {
    const wf = start.task("Wait for review", {
      resource: lambda.invoke("${ReviewFunctionArn}", { waitForTaskToken: true }),
      payload: { "token.$": "$$.Task.Token", "orderId.$": "$.orderId" },
      result: z.object({ approved: z.boolean() }),
      resultPath: "$.review",
    });
    expectTypeOf<PayloadOf<typeof wf>["review"]>().toEqualTypeOf<{ approved: boolean }>();
  });

  test("a plain lambda:invoke task wraps the handler's return value in Payload", () => {
    const wf = start.task("Score", { resource: lambda.invoke("${ScoreFunctionArn}"), result: z.object({ score: z.number() }), resultSelector: { "score.$": "$.Payload.score" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ score: number }>();
  });
});

describe("Pass", () => {
  test("without options the payload passes through", () => {
    const wf = start.pass("Nothing");
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input>();
  });

  test("Result at a ResultPath", () => {
    const wf = start.pass("Defaults", { result: { retries: 3, mode: "fast" }, resultPath: "$.config" });
    expectTypeOf<PayloadOf<typeof wf>["config"]>().toEqualTypeOf<{ retries: 3; mode: "fast" }>();
  });

  test("Parameters reshape the input, OutputPath narrows the output", () => {
    const reshaped = start.pass("Reshape", { inputPath: "$.order", parameters: { "id.$": "$.id", count: 2 } });
    const narrowed = start.pass("Narrow", { outputPath: "$.order.lines" });
    expectTypeOf<PayloadOf<typeof reshaped>>().toEqualTypeOf<{ id: string; count: 2 }>();
    expectTypeOf<PayloadOf<typeof narrowed>>().toEqualTypeOf<number[]>();
  });
});

describe("rejected options", () => {
  test("an InputPath to a missing field", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      // @ts-expect-error $.order has no field 'customer'
      inputPath: "$.order.customer",
    });
  });

  test("a Parameters path that is not in the effective input", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      inputPath: "$.order",
      parameters: {
        // @ts-expect-error $ has no field 'orderId'
        "orderId.$": "$.orderId",
      },
    });
  });

  test("a ResultSelector reading Payload from lambda.function's plain result", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      result: Checked,
      resultSelector: {
        // @ts-expect-error $ has no field 'Payload'
        "valid.$": "$.Payload.valid",
      },
    });
  });

  test("a ResultPath that does not start with $.", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      // @ts-expect-error ResultPath 'check' must be '$' or start with '$.'
      resultPath: "check",
    });
  });

  test("a ResultPath that writes into a number", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      result: Checked,
      // @ts-expect-error ResultPath writes field 'check' into $.total, which is a number
      resultPath: "$.total.check",
    });
  });

  test("a ResultPath that writes into an array", () => {
    start.pass("P", {
      result: 1,
      // @ts-expect-error ResultPath writes field 'count' into $.order.lines, which is an array
      resultPath: "$.order.lines.count",
    });
  });

  test("an OutputPath into the result that the result lacks", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      result: Checked,
      resultPath: "$.check",
      // @ts-expect-error $.check has no field 'reason'
      outputPath: "$.check.reason",
    });
  });

  test("sns.publish Parameters without Message", () => {
    start.task("T", {
      resource: sns.publish(),
      // @ts-expect-error the Parameters lack the request field Message
      parameters: { "TopicArn.$": "$.topic" },
    });
  });

  test("dynamodb.getItem Parameters without Key", () => {
    start.task("T", {
      resource: dynamodb.getItem(),
      // @ts-expect-error the Parameters lack the request field Key
      parameters: { TableName: "orders" },
    });
  });

  test("payload on a task that is not lambda.invoke", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      // @ts-expect-error payload is for lambda.invoke tasks; use parameters
      payload: { "id.$": "$.orderId" },
    });
  });

  test("payload and parameters together", () => {
    start.task("T", {
      resource: lambda.invoke("${Fn}"),
      parameters: { FunctionName: "f" },
      // @ts-expect-error give payload or parameters, not both
      payload: { "id.$": "$.orderId" },
    });
  });

  test("timeoutSecondsPath to a string", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      // @ts-expect-error TimeoutSecondsPath needs a number, but $.orderId is a string
      timeoutSecondsPath: "$.orderId",
    });
  });

  test("heartbeatSecondsPath with heartbeatSeconds", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      heartbeatSeconds: 30,
      // @ts-expect-error give heartbeatSeconds or heartbeatSecondsPath, not both
      heartbeatSecondsPath: "$.total",
    });
  });

  test("credentials with a missing path", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      credentials: {
        // @ts-expect-error $ has no field 'roleArn'
        "RoleArn.$": "$.roleArn",
      },
    });
  });

  test("a misspelt option name on a Task", () => {
    start.task("T", {
      resource: lambda.function("${Fn}"),
      // @ts-expect-error 'resultpath' is not an option of this state
      resultpath: "$.check",
    });
  });

  test("a misspelt option name on a Pass", () => {
    start.pass("P", {
      // @ts-expect-error Did you mean to write 'result'?
      reslt: { ok: true },
    });
  });

  test("a misspelt option, the only one given, is TypeScript's own message on the options' type", () => {
    // @ts-expect-error 'comennt' does not exist in type 'SucceedOptions'. Did you mean to write 'comment'?
    start.succeed("S", { comennt: "done" });
    // @ts-expect-error 'eror' does not exist in type 'FailOptions'. Did you mean to write 'error'?
    start.fail("F", { eror: "Broken" });
    // @ts-expect-error 'secnds' does not exist in type 'WaitOptions'. Did you mean to write 'seconds'?
    start.wait("W", { secnds: 3 });
    // @ts-expect-error 'resultPth' does not exist in type 'ParallelOptions'. Did you mean to write 'resultPath'?
    start.parallel("Both", [(b) => b.pass("A")], { resultPth: "$.both" });
  });

  test("a Pass OutputPath to a missing field", () => {
    start.pass("P", {
      // @ts-expect-error $.order has no field 'total'
      outputPath: "$.order.total",
    });
  });
});
