// Wait takes exactly one of seconds, secondsPath, timestamp and timestampPath; Fail's errorPath
// and causePath must lead to strings. Both, and Succeed, keep or end the payload as ASL does.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, type PayloadOf, type Ended, type FinishedWorkflow } from "@aslc/dsl";

const Input = z.object({
  delay: z.number(),
  retryDelay: z.number().optional(),
  until: z.string(),
  code: z.number(),
  reason: z.string(),
  details: z.array(z.string()),
  job: z.object({ id: z.string() }),
});
type Input = z.output<typeof Input>;

const start = workflow("Waits", { input: Input });

describe("Wait", () => {
  test("each of the four kinds alone", () => {
    const bySeconds = start.wait("A", { seconds: 10 });
    const bySecondsPath = start.wait("B", { secondsPath: "$.delay" });
    const byTimestamp = start.wait("C", { timestamp: "2026-03-14T01:59:00Z" });
    const byTimestampPath = start.wait("D", { timestampPath: "$.until" });
    expectTypeOf<PayloadOf<typeof bySeconds>>().toEqualTypeOf<Input>();
    expectTypeOf<PayloadOf<typeof bySecondsPath>>().toEqualTypeOf<Input>();
    expectTypeOf<PayloadOf<typeof byTimestamp>>().toEqualTypeOf<Input>();
    expectTypeOf<PayloadOf<typeof byTimestampPath>>().toEqualTypeOf<Input>();
  });

  test("secondsPath to an optional number", () => {
    const wf = start.wait("Backoff", { secondsPath: "$.retryDelay" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<Input>();
  });

  test("InputPath and OutputPath filter the payload, and secondsPath reads the filtered input", () => {
    const wf = start.pass("Shape", { parameters: { "delay.$": "$.delay", "job.$": "$.job" } }).wait("W", { inputPath: "$", secondsPath: "$.delay", outputPath: "$.job" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string }>();
  });

  test("none of the four", () => {
    start.wait(
      "W",
      // @ts-expect-error give one of seconds, secondsPath, timestamp and timestampPath
      {},
    );
  });

  test("seconds and secondsPath together", () => {
    start.wait("W", {
      // Both properties carry the problem, so they share the line the directive covers.
      // @ts-expect-error give exactly one of seconds, secondsPath, timestamp and timestampPath
      seconds: 10, secondsPath: "$.delay",
    });
  });

  test("timestamp and timestampPath together", () => {
    start.wait("W", {
      // @ts-expect-error give exactly one of seconds, secondsPath, timestamp and timestampPath
      timestamp: "2026-03-14T01:59:00Z", timestampPath: "$.until",
    });
  });

  test("secondsPath to a string", () => {
    start.wait("W", {
      // @ts-expect-error SecondsPath needs a number, but $.until is a string
      secondsPath: "$.until",
    });
  });

  test("timestampPath to a number", () => {
    start.wait("W", {
      // @ts-expect-error TimestampPath needs a timestamp string, but $.delay is a number
      timestampPath: "$.delay",
    });
  });

  test("secondsPath to a missing field", () => {
    start.wait("W", {
      // @ts-expect-error $ has no field 'pause'
      secondsPath: "$.pause",
    });
  });

  test("secondsPath read after InputPath", () => {
    start.wait("W", {
      inputPath: "$.job",
      // @ts-expect-error $ has no field 'delay'
      secondsPath: "$.delay",
    });
  });
});

describe("Fail and Succeed", () => {
  test("Fail with literals, paths, context paths and intrinsics ends the chain", () => {
    const literal = start.fail("A", { error: "Job.Failed", cause: "The job failed" });
    const paths = start.fail("B", { errorPath: "$.reason", causePath: "$.job.id" });
    const context = start.fail("C", { error: "Job.Failed", causePath: "$$.Execution.Id" });
    const intrinsic = start.fail("D", { error: "Job.Failed", causePath: "States.Format('job {} failed', $.job.id)" });
    expectTypeOf(literal).toEqualTypeOf<Ended>();
    expectTypeOf(paths).toEqualTypeOf<Ended>();
    expectTypeOf(context).toEqualTypeOf<Ended>();
    expectTypeOf(intrinsic).toEqualTypeOf<Ended>();
  });

  test("Succeed ends the chain", () => {
    const wf = start.succeed("Done", { outputPath: "$.job" });
    expectTypeOf(wf).toEqualTypeOf<FinishedWorkflow<Input, { id: string }>>();
    expectTypeOf(wf).not.toHaveProperty("pass");
  });

  test("errorPath to a number", () => {
    start.fail("F", {
      // @ts-expect-error ErrorPath needs a string, but $.code is a number
      errorPath: "$.code",
    });
  });

  test("causePath to an array", () => {
    start.fail("F", {
      error: "Job.Failed",
      // @ts-expect-error CausePath needs a string, but $.details is an array
      causePath: "$.details",
    });
  });

  test("causePath to an object", () => {
    start.fail("F", {
      // @ts-expect-error CausePath needs a string, but $.job is an object
      causePath: "$.job",
    });
  });

  test("error and errorPath together", () => {
    start.fail("F", {
      error: "Job.Failed",
      // @ts-expect-error give error or errorPath, not both
      errorPath: "$.reason",
    });
  });

  test("cause and causePath together", () => {
    start.fail("F", {
      cause: "failed",
      // @ts-expect-error give cause or causePath, not both
      causePath: "$.reason",
    });
  });

  test("a Succeed OutputPath to a missing field", () => {
    start.succeed("Done", {
      // @ts-expect-error $.job has no field 'result'
      outputPath: "$.job.result",
    });
  });
});
