/** The schema flow: each state's input and output, as ASL moves the payload through the machine. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, ref, sqs, States, workflow, type Buildable } from "@aslc/dsl";
import { flowSchemas, type StateSchemas } from "@aslc/compiler/internal";
import { flat } from "./support.ts";

const fn = (name: string) => lambda.function(`arn:aws:lambda:us-east-1:123456789012:function:${name}`);
const Input = z.object({ id: z.string(), detail: z.object({ amount: z.number(), currency: z.string() }), items: z.array(z.object({ sku: z.string() })) });

function flow(wf: Buildable) {
  return flowSchemas(buildWorkflow(wf));
}

function state(wf: Buildable, name: string): StateSchemas {
  const found = flow(wf).states.get(name);
  if (!found) throw new Error(`no state ${name}`);
  return found;
}

describe("a Task's payload, step by step", () => {
  it("applies InputPath, Parameters, the result, ResultSelector, ResultPath and OutputPath in order", () => {
    const wf = workflow("W", { input: Input })
      .task("Charge", {
        resource: fn("Charge"),
        inputPath: "$.detail",
        parameters: { "value.$": "$.amount", "currency.$": "$.currency", mode: "card" },
        result: z.object({ chargeId: z.string(), fee: z.number() }),
        resultSelector: { "id.$": "$.chargeId" },
        resultPath: "$.charge",
        outputPath: "$.charge",
      })
      .succeed("Done");
    const charge = state(wf, "Charge");
    expect(flat(charge.input)).toBe(flat(Input));
    expect(flat(charge.effectiveInput!)).toBe('{ value: number; currency: string; mode: "card"; }');
    expect(flat(charge.result!)).toBe("{ chargeId: string; fee: number; }");
    expect(flat(charge.output)).toBe("{ id: string; }");
    expect(flat(state(wf, "Done").input)).toBe("{ id: string; }");
  });

  it("writes into the raw input, not the InputPath's selection", () => {
    const wf = workflow("W", { input: Input }).task("T", { resource: fn("T"), inputPath: "$.detail", result: z.number(), resultPath: "$.detail.rate" });
    expect(flat(state(wf, "T").output)).toBe(
      "{ id: string; detail: { amount: number; currency: string; rate: number; }; items: { sku: string; }[]; }",
    );
  });

  it("keeps the input with a null ResultPath and gives {} for a null InputPath or OutputPath", () => {
    const wf = workflow("W", { input: Input })
      .task("Discard", { resource: fn("D"), result: z.number(), resultPath: null })
      .task("NoInput", { resource: fn("N"), inputPath: null, result: z.number(), resultPath: "$.n" })
      .pass("NoOutput", { outputPath: null });
    expect(flat(state(wf, "Discard").output)).toBe(flat(Input));
    expect(flat(state(wf, "NoInput").effectiveInput!)).toBe("Record<string, never>");
    expect(flat(state(wf, "NoOutput").output)).toBe("Record<string, never>");
  });

  it("wraps a lambda.invoke result in the invoke response", () => {
    const wf = workflow("W", { input: Input }).task("Invoke", { resource: lambda.invoke("${Fn}"), result: z.object({ ok: z.boolean() }), resultPath: "$.r" });
    const invoke = state(wf, "Invoke");
    expect(flat(invoke.effectiveInput!)).toBe(`{ FunctionName: "\${Fn}"; Payload: ${flat(Input)}; }`);
    expect(flat(invoke.result!)).toBe(
      "{ Payload: { ok: boolean; }; StatusCode: number; ExecutedVersion: string; SdkHttpMetadata: { AllHttpHeaders: Record<string, string[]>; HttpHeaders: Record<string, string>; HttpStatusCode: number; }; SdkResponseMetadata: { RequestId: string; }; }",
    );
  });

  it("takes a callback task's result as the declared schema, unwrapped", () => {
    const wf = workflow("W", { input: Input })
      .task("Approve", {
        resource: sqs.sendMessage({ waitForTaskToken: true }),
        parameters: { QueueUrl: "q", MessageBody: { "token.$": "$$.Task.Token", "id.$": "$.id" } },
        result: z.object({ approved: z.boolean() }),
        resultPath: "$.approval",
      })
      .task("Invoke", { resource: lambda.invoke("${Fn}", { waitForTaskToken: true }), payload: { "token.$": "$$.Task.Token" }, result: z.literal("ok") });
    const approve = state(wf, "Approve");
    expect(flat(approve.effectiveInput!)).toBe('{ QueueUrl: "q"; MessageBody: { token: string; id: string; }; }');
    expect(flat(approve.output)).toContain("approval: { approved: boolean; }");
    expect(flat(state(wf, "Invoke").result!)).toBe('"ok"');
  });

  it("types the responses of typed service integrations", () => {
    const wf = workflow("W", { input: Input }).task("Send", { resource: sqs.sendMessage(), parameters: { QueueUrl: "q", MessageBody: "hi" } });
    expect(flat(state(wf, "Send").output)).toBe("{ MessageId: string; MD5OfMessageBody: string; SequenceNumber?: string | undefined; }");
  });
});

describe("Pass, Wait, Choice and Succeed", () => {
  it("a Pass's Result replaces, its Parameters reshape, and no options keep the input", () => {
    const wf = workflow("W", { input: Input })
      .pass("Keep")
      .pass("Shape", { parameters: { "amount.$": "$.detail.amount", count: States.ArrayLength(ref("$.items")) }, resultPath: "$.shaped" })
      .pass("Fixed", { result: { stage: "final", tries: [1, 2] }, resultPath: "$.fixed", outputPath: "$.fixed" });
    expect(flat(state(wf, "Keep").output)).toBe(flat(Input));
    expect(flat(state(wf, "Shape").output)).toContain("shaped: { amount: number; count: number; }");
    expect(flat(state(wf, "Fixed").output)).toBe('{ stage: "final"; tries: [1, 2]; }');
  });

  it("Wait, Choice and Succeed hand on OutputPath(InputPath(input))", () => {
    const wf = workflow("W", { input: Input })
      .wait("Pause", { seconds: 5, inputPath: "$.detail" })
      .choice("Big?", (c) => c.when(c.numericGreaterThan("$.amount", 100), (b) => b.succeed("Big", { outputPath: "$.amount" })).otherwise((b) => b.succeed("Small")), {
        outputPath: "$",
      });
    expect(flat(state(wf, "Pause").output)).toBe("{ amount: number; currency: string; }");
    expect(flat(state(wf, "Big?").output)).toBe("{ amount: number; currency: string; }");
    expect(flat(state(wf, "Big").output)).toBe("number");
    expect(flat(flow(wf).output)).toBe("number | { amount: number; currency: string; }");
  });
});

describe("convergence", () => {
  it("gives a state reached from several states the union of what arrives, without duplicates", () => {
    const wf = workflow("W", { input: Input })
      .choice("Route", (c) =>
        c
          .when(c.stringEquals("$.id", "a"), (b) => b.task("A", { resource: fn("A"), result: z.object({ a: z.number() }) }))
          .when(c.stringEquals("$.id", "b"), (b) => b.task("B", { resource: fn("B"), result: z.object({ b: z.string() }) }))
          .when(c.stringEquals("$.id", "c"), (b) => b.task("C", { resource: fn("C"), result: z.object({ a: z.number() }) }))
          .otherwise((b) => b),
      )
      .task("Join", { resource: fn("Join"), result: z.boolean() });
    // Members come in the order of their sources in the IR: the Choice's Default, then A, B (C repeats A).
    expect(flat(state(wf, "Join").input)).toBe(`${flat(Input)} | { a: number; } | { b: string; }`);
  });

  it("follows a loop back until the payload settles", () => {
    const wf = workflow("W", { input: z.object({ jobId: z.string() }) })
      .wait("Wait", { seconds: 10 })
      .task("Poll", { resource: fn("Poll"), result: z.object({ done: z.boolean() }), resultPath: "$.status" })
      .choice("Finished?", (c) => c.when(c.booleanEquals("$.status.done", true), (b) => b.succeed("Complete")).otherwise((b) => b.goto("Wait")));
    const result = flow(wf);
    expect(flat(result.states.get("Wait")!.input)).toBe("{ jobId: string; } | { jobId: string; status: { done: boolean; }; }");
    expect(flat(result.states.get("Poll")!.output)).toBe("{ jobId: string; status: { done: boolean; }; }");
    expect(result.problems).toEqual([]);
  });

  it("reports a loop whose payload never settles", () => {
    const wf = (workflow("W", { input: z.object({ n: z.number() }) }) as any)
      .pass("Nest", { parameters: { "inner.$": "$" } })
      .choice("Again?", (c: any) => c.when(c.isPresent("$.inner", true), (b: any) => b.goto("Nest")).otherwise((b: any) => b.succeed("Stop")));
    const result = flow(wf);
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining("still changes around a loop")]);
  });
});

describe("Catch", () => {
  it("hands the handler the input with { Error, Cause } at the catcher's ResultPath", () => {
    const wf = workflow("W", { input: Input })
      .task("Risky", { resource: fn("Risky"), result: z.number(), resultPath: "$.value" })
      .catch(["States.Timeout"], (h) => h.pass("TimedOut").fail("Failed"), { resultPath: "$.error" })
      .catch(["States.ALL"], (h) => h.pass("Whatever").fail("Failed too"))
      .succeed("Done");
    expect(flat(state(wf, "TimedOut").input)).toBe(`${flat(Input).slice(0, -2)} error: { Error: string; Cause: string; }; }`);
    expect(flat(state(wf, "Whatever").input)).toBe("{ Error: string; Cause: string; }");
  });

  it("keeps the input for a null catcher ResultPath", () => {
    const wf = workflow("W", { input: Input })
      .task("Risky", { resource: fn("Risky"), result: z.number() })
      .catch(["States.ALL"], (h) => h.pass("Recover", { result: 0 }), { resultPath: null })
      .pass("After");
    expect(flat(state(wf, "Recover").input)).toBe(flat(Input));
    expect(flat(state(wf, "After").input)).toBe("number | 0");
  });
});

describe("Map and Parallel", () => {
  it("gives each iteration an element of ItemsPath, and collects the outputs", () => {
    const wf = workflow("W", { input: Input })
      .map("Each", { itemsPath: "$.items", resultPath: "$.results" }, (item) => item.task("Handle", { resource: fn("H"), result: z.object({ ok: z.boolean() }) }))
      .succeed("Done");
    const each = state(wf, "Each");
    expect(flat(each.itemInput!)).toBe("{ sku: string; }");
    expect(flat(state(wf, "Handle").input)).toBe("{ sku: string; }");
    expect(flat(each.result!)).toBe("{ ok: boolean; }[]");
    expect(flat(each.output)).toContain("results: { ok: boolean; }[]");
    expect(state(wf, "Handle").scope).toBe('the item processor of Map "Each"');
  });

  it("builds each iteration's input with an ItemSelector reading $$.Map.Item", () => {
    const wf = workflow("W", { input: Input }).map(
      "Each",
      { itemsPath: "$.items", itemSelector: { "value.$": "$$.Map.Item.Value", "position.$": "$$.Map.Item.Index", "order.$": "$.id", tag: "x" } },
      (item) => item.pass("Look"),
    );
    expect(flat(state(wf, "Look").input)).toBe('{ value: { sku: string; }; position: number; order: string; tag: "x"; }');
  });

  it("batches items with an ItemBatcher and takes an ItemReader's declared items", () => {
    const Row = z.object({ line: z.string() });
    const wf = workflow("W", { input: Input }).map(
      "Read",
      {
        mode: "DISTRIBUTED",
        executionType: "STANDARD",
        itemReader: { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSONL" }, parameters: { Bucket: "b", Key: "k" } },
        itemSchema: Row,
        itemBatcher: { maxItemsPerBatch: 10, batchInput: { "id.$": "$.id" } },
      },
      (item) => item.pass("Batch"),
    );
    expect(flat(state(wf, "Batch").input)).toBe("{ Items: { line: string; }[]; BatchInput: { id: string; }; }");
  });

  it("gives a Parallel the tuple of its branches' outputs", () => {
    const wf = workflow("W", { input: Input }).parallel(
      "Both",
      [(b) => b.task("Left", { resource: fn("L"), result: z.string() }), (b) => b.pass("Right", { parameters: { "n.$": "$.detail.amount" } })],
      { resultSelector: { "left.$": "$[0]", "right.$": "$[1].n" }, resultPath: "$.both" },
    );
    const both = state(wf, "Both");
    expect(flat(both.result!)).toBe("[string, { n: number; }]");
    expect(flat(both.output)).toContain("both: { left: string; right: number; }");
    expect(state(wf, "Left").scope).toBe('branch 1 of Parallel "Both"');
  });
});

describe("problems", () => {
  it("types what it cannot follow as unknown and says why, against the state", () => {
    const wf = (workflow("W", { input: Input }) as any).task("T", { resource: fn("T"), parameters: { "x.$": "$.nope" }, resultPath: "$.id.sub" });
    const result = flow(wf);
    expect(result.problems).toEqual([
      { state: "T", scope: "workflow", message: "Parameters.x.$: $ has no field 'nope'" },
      { state: "T", scope: "workflow", message: "ResultPath: ResultPath writes field 'sub' into $.id, which is a string" },
    ]);
    expect(flat(result.states.get("T")!.effectiveInput!)).toBe("{ x: unknown; }");
  });

  it("lists every state in IR order, unreached ones with never", () => {
    const wf = workflow("W", { input: Input })
      .pass("A")
      .parallel("P", [(b) => b.pass("B1")])
      .succeed("End");
    expect([...flow(wf).states.keys()]).toEqual(["A", "P", "B1", "End"]);
  });
});
