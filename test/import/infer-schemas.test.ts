/**
 * The schemas inferred from what small definitions read: each case names the read that decides
 * a field's type, and the expected schema is written out.
 */
import { describe, expect, it } from "vitest";
import { inferSchemas } from "../../packages/compiler/src/import/infer-schemas.ts";
import { zodSource } from "../../packages/compiler/src/emit/handlers/zod-source.ts";
import type { ZodType } from "zod";
import { workflowIr } from "./infer-ir.ts";

const LAMBDA = "arn:aws:states:::lambda:invoke";
const RAW = "arn:aws:lambda:us-east-1:123456789012:function:work";

/** zod source on one line: `z.object({ a: z.string() })`. */
function text(schema: ZodType): string {
  return zodSource(schema)
    .replace(/,(\s*[)}\]])/g, "$1")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\( /g, "(")
    .replace(/ \)/g, ")");
}

function inferred(definition: Record<string, unknown>) {
  const { input, results } = inferSchemas(workflowIr(definition));
  return { input: text(input), results: Object.fromEntries([...results].map(([name, schema]) => [name, text(schema)])) };
}

/** A one-state machine ending in `state`, then Done. */
const machine = (states: Record<string, unknown>, startAt = Object.keys(states)[0]) => ({ StartAt: startAt, States: { ...states, Done: { Type: "Succeed" } } });

describe("the input a definition reads", () => {
  it("is unknown when nothing reads it, and no result is given", () => {
    expect(inferred(machine({ Only: { Type: "Pass", Result: { a: 1 }, Next: "Done" } }))).toEqual({ input: "z.unknown()", results: {} });
  });

  it("has the type each Choice operator compares, and unknown where a value is only read", () => {
    const { input } = inferred(
      machine({
        Route: {
          Type: "Choice",
          Choices: [
            { Variable: "$.order.express", BooleanEquals: true, Next: "Done" },
            { Variable: "$.order.total", NumericGreaterThan: 100, Next: "Done" },
            { And: [{ Variable: "$.customer.tier", StringEquals: "gold" }, { Variable: "$.placedAt", TimestampLessThan: "2026-01-01T00:00:00Z" }], Next: "Done" },
            { Not: { Variable: "$.limit", NumericLessThanEqualsPath: "$.order.total" }, Next: "Done" },
          ],
          Default: "Note",
        },
        Note: { Type: "Pass", Parameters: { "note.$": "$.note" }, Next: "Done" },
      }),
    );
    expect(input).toBe(
      "z.object({ order: z.object({ express: z.boolean(), total: z.number() }), customer: z.object({ tier: z.string() }), placedAt: z.string(), limit: z.number(), note: z.unknown() })",
    );
  });

  it("makes a field optional where an IsPresent rule tests it, even when a state reads it too", () => {
    const { input } = inferred(
      machine({
        Has: { Type: "Choice", Choices: [{ Variable: "$.coupon", IsPresent: true, Next: "Use" }], Default: "Done" },
        Use: { Type: "Pass", Parameters: { "code.$": "$.coupon.code" }, Next: "Done" },
      }),
    );
    expect(input).toBe("z.object({ coupon: z.object({ code: z.unknown() }).optional() })");
  });

  it("lets a field be null where an IsNull rule tests it", () => {
    const { input } = inferred(
      machine({
        Route: { Type: "Choice", Choices: [{ And: [{ Not: { Variable: "$.note", IsNull: true } }, { Variable: "$.note", StringEquals: "x" }], Next: "Done" }, { Variable: "$.other", IsNull: true, Next: "Done" }], Default: "Done" },
      }),
    );
    expect(input).toBe("z.object({ note: z.string().nullable(), other: z.unknown() })");
  });

  it("is unknown where reads disagree: a number here, a string there", () => {
    const { input } = inferred(
      machine({
        A: { Type: "Choice", Choices: [{ Variable: "$.id", NumericEquals: 1, Next: "B" }], Default: "Done" },
        B: { Type: "Choice", Choices: [{ Variable: "$.id", StringEquals: "one", Next: "Done" }], Default: "Done" },
      }),
    );
    expect(input).toBe("z.object({ id: z.unknown() })");
  });

  it("holds arrays where ItemsPath, an index or an array parameter reads them, with what each element is read for", () => {
    const { input } = inferred(
      machine({
        Count: { Type: "Pass", Parameters: { "n.$": "States.ArrayLength($.tags)", "sum.$": "States.MathAdd($.base, 1)", "first.$": "$.scores[0]" }, ResultPath: "$.count", Next: "Each" },
        Each: {
          Type: "Map",
          ItemsPath: "$.orders",
          ItemSelector: { "sku.$": "$$.Map.Item.Value.sku", "region.$": "$.region" },
          ItemProcessor: { StartAt: "Pick", States: { Pick: { Type: "Choice", Choices: [{ Variable: "$.sku", StringMatches: "A*", Next: "Ok" }], Default: "Ok" }, Ok: { Type: "Succeed" } } },
          Next: "Done",
        },
      }),
    );
    expect(input).toBe(
      "z.object({ tags: z.array(z.unknown()), base: z.number(), scores: z.array(z.unknown()), orders: z.array(z.object({ sku: z.string() })), region: z.unknown() })",
    );
  });

  it("follows InputPath, Parameters and OutputPath, and reads the execution input from the context object", () => {
    const { input } = inferred(
      machine({
        Narrow: { Type: "Pass", InputPath: "$.request", Parameters: { "who.$": "$.user" }, OutputPath: "$.who", Next: "Check" },
        Check: {
          Type: "Choice",
          Choices: [
            { Variable: "$.admin", BooleanEquals: true, Next: "Done" },
            { Variable: "$$.Execution.Input.dryRun", BooleanEquals: true, Next: "Done" },
          ],
          Default: "Done",
        },
      }),
    );
    expect(input).toBe("z.object({ request: z.object({ user: z.object({ admin: z.boolean() }) }), dryRun: z.boolean() })");
  });

  it("types what Wait and Task …Path fields read: seconds and timeouts are numbers, timestamps strings", () => {
    const { input } = inferred(
      machine({
        Pause: { Type: "Wait", SecondsPath: "$.delay", Next: "Until" },
        Until: { Type: "Wait", TimestampPath: "$.at", Next: "Work" },
        Work: { Type: "Task", Resource: RAW, TimeoutSecondsPath: "$.limits.timeout", Next: "Done" },
      }),
    );
    expect(input).toBe("z.object({ delay: z.number(), at: z.string(), limits: z.object({ timeout: z.number() }) })");
  });
});

describe("requests", () => {
  it("type what fills a described integration's plain string, number and boolean fields, in JSONPath and in JSONata; a field taking any value says nothing", () => {
    const { input } = inferred(
      machine({
        Notify: { Type: "Task", Resource: "arn:aws:states:::sns:publish", Parameters: { "TopicArn.$": "$.topic", "Subject.$": "$.subject", "Message.$": "$.text" }, ResultPath: null, Next: "Queue" },
        Queue: {
          Type: "Task",
          QueryLanguage: "JSONata",
          Resource: "arn:aws:states:::sqs:sendMessage",
          Arguments: { QueueUrl: "{% $states.input.queue %}", MessageBody: "{% $states.input.text %}", DelaySeconds: "{% $states.input.delay %}" },
          Next: "Done",
        },
      }),
    );
    expect(input).toBe("z.object({ topic: z.string(), subject: z.string(), text: z.unknown(), queue: z.string(), delay: z.number() })");
  });
});

describe("task results", () => {
  it("are the handler's value inside lambda:invoke's Payload, read through ResultSelector and ResultPath", () => {
    const { input, results } = inferred(
      machine({
        Price: {
          Type: "Task",
          Resource: LAMBDA,
          Parameters: { FunctionName: "price", "Payload.$": "$" },
          ResultSelector: { "total.$": "$.Payload.total", "lines.$": "$.Payload.lines" },
          ResultPath: "$.price",
          Next: "Big",
        },
        Big: { Type: "Choice", Choices: [{ Variable: "$.price.total", NumericGreaterThan: 100, Next: "Done" }, { Variable: "$.id", StringEquals: "x", Next: "Done" }], Default: "Done" },
      }),
    );
    expect(results).toEqual({ Price: "z.object({ total: z.number(), lines: z.unknown() })" });
    expect(input).toBe("z.object({ id: z.string() })");
  });

  it("are read where a state's output is the result: a task with no ResultPath, a Parallel's branches", () => {
    const { results } = inferred(
      machine({
        Both: {
          Type: "Parallel",
          Branches: [
            { StartAt: "Left", States: { Left: { Type: "Task", Resource: RAW, End: true } } },
            { StartAt: "Right", States: { Right: { Type: "Task", Resource: RAW, ResultSelector: { "ok.$": "$.ok" }, End: true } } },
          ],
          Next: "Check",
        },
        Check: { Type: "Choice", Choices: [{ Variable: "$[0].count", NumericEquals: 0, Next: "Done" }, { Variable: "$[1].ok", BooleanEquals: true, Next: "Done" }], Default: "Done" },
      }),
    );
    expect(results).toEqual({ Left: "z.object({ count: z.number() })", Right: "z.object({ ok: z.boolean() })" });
  });

  it("are not read through a catcher's error output, which holds Error and Cause", () => {
    const { input, results } = inferred(
      machine({
        Work: { Type: "Task", Resource: RAW, ResultPath: "$.out", Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Failed" }], Next: "Done" },
        Failed: { Type: "Choice", Choices: [{ Variable: "$.error.Error", StringEquals: "Boom", Next: "Done" }, { Variable: "$.retries", NumericLessThan: 3, Next: "Done" }], Default: "Done" },
      }),
    );
    expect(results).toEqual({});
    expect(input).toBe("z.object({ retries: z.number() })");
  });

  it("settle around a loop: each pass brings the same origins back", () => {
    const { input, results } = inferred(
      machine({
        Poll: { Type: "Task", Resource: RAW, Parameters: { "id.$": "$.jobId" }, ResultPath: "$.status", Next: "Ready?" },
        "Ready?": { Type: "Choice", Choices: [{ Variable: "$.status.done", BooleanEquals: true, Next: "Done" }], Default: "Wait" },
        Wait: { Type: "Wait", Seconds: 5, Next: "Poll" },
      }),
    );
    expect(input).toBe("z.object({ jobId: z.unknown() })");
    expect(results).toEqual({ Poll: "z.object({ done: z.boolean() })" });
  });
});

describe("variables and JSONata", () => {
  it("carry what Assign gives them to where a path reads them", () => {
    const { input } = inferred(
      machine({
        Keep: { Type: "Pass", Assign: { "order.$": "$.order" }, Next: "Check" },
        Check: { Type: "Choice", Choices: [{ Variable: "$order.total", NumericGreaterThanEquals: 10, Next: "Done" }], Default: "Done" },
      }),
    );
    expect(input).toBe("z.object({ order: z.object({ total: z.number() }) })");
  });

  it("reads $states.input paths, types those compared with a literal, and follows Output", () => {
    const { input, results } = inferred({
      QueryLanguage: "JSONata",
      StartAt: "Shape",
      States: {
        Shape: { Type: "Pass", Output: { customer: "{% $states.input.order.customer %}", n: "{% $count($states.input.order.lines[qty > $states.input.limit - 1]) %}" }, Next: "Fetch" },
        Fetch: { Type: "Task", Resource: LAMBDA, Arguments: { FunctionName: "f", Payload: "{% $states.input.customer.id %}" }, Output: "{% $states.result.Payload %}", Next: "Route" },
        Route: {
          Type: "Choice",
          Choices: [
            { Condition: "{% $states.input.score > 700 %}", Next: "Done" },
            { Condition: "{% $states.input.band = 'A' %}", Next: "Done" },
          ],
          Default: "Done",
        },
        Done: { Type: "Succeed" },
      },
    });
    expect(input).toBe("z.object({ order: z.object({ customer: z.object({ id: z.unknown() }), lines: z.unknown() }), limit: z.number() })");
    expect(results).toEqual({ Fetch: "z.object({ score: z.number(), band: z.string() })" });
  });

  it("types a variable compared with a literal by what was assigned to it", () => {
    const { results } = inferred({
      QueryLanguage: "JSONata",
      StartAt: "Run",
      States: {
        Run: { Type: "Task", Resource: LAMBDA, Arguments: { FunctionName: "f", Payload: {} }, Assign: { status: "{% $states.result.Payload.status %}" }, Next: "Finished?" },
        "Finished?": { Type: "Choice", Choices: [{ Condition: "{% $status = 'completed' %}", Next: "Done" }], Default: "Run" },
        Done: { Type: "Succeed" },
      },
    });
    expect(results).toEqual({ Run: "z.object({ status: z.string() })" });
  });

  it("types a JSONata field given as one path by what the field takes: Seconds a number, Timestamp a string, Items an array, a Condition a boolean", () => {
    const { input } = inferred({
      QueryLanguage: "JSONata",
      StartAt: "Pause",
      States: {
        Pause: { Type: "Wait", Seconds: "{% $states.input.delay %}", Next: "Until" },
        Until: { Type: "Wait", Timestamp: "{% $states.input.at %}", Next: "Go?" },
        "Go?": { Type: "Choice", Choices: [{ Condition: "{% $states.input.go %}", Next: "Each" }], Default: "Done" },
        Each: { Type: "Map", Items: "{% $states.input.rows %}", ItemProcessor: { StartAt: "Row", States: { Row: { Type: "Pass", End: true } } }, Next: "Done" },
        Done: { Type: "Succeed" },
      },
    });
    expect(input).toBe("z.object({ delay: z.number(), at: z.string(), go: z.boolean(), rows: z.array(z.unknown()) })");
  });
});

describe("what a loop brings back to a state", () => {
  it("is a result with the fields and kinds of the literal that entered at the same path", () => {
    const { results } = inferred({
      StartAt: "Configure",
      States: {
        Configure: { Type: "Pass", Result: { count: 10, label: "x", steps: [1] }, ResultPath: "$.it", Next: "Step" },
        Step: { Type: "Task", Resource: RAW, ResultPath: "$.it", Next: "More" },
        More: { Type: "Choice", Choices: [{ Variable: "$.it.more", BooleanEquals: true, Next: "Step" }], Default: "Done" },
        Done: { Type: "Succeed" },
      },
    });
    expect(results).toEqual({ Step: "z.object({ more: z.boolean(), count: z.number(), label: z.string(), steps: z.array(z.number()) })" });
  });

  it("says nothing of a result that reaches the state only from outside a loop", () => {
    const { results } = inferred({
      StartAt: "Route",
      States: {
        Route: { Type: "Choice", Choices: [{ Variable: "$.fast", BooleanEquals: true, Next: "Fixed" }], Default: "Work" },
        Fixed: { Type: "Pass", Result: { count: 1 }, ResultPath: "$.it", Next: "Join" },
        Work: { Type: "Task", Resource: RAW, ResultPath: "$.it", Next: "Join" },
        Join: { Type: "Pass", Parameters: { "it.$": "$.it" }, Next: "Done" },
        Done: { Type: "Succeed" },
      },
    });
    expect(results).toEqual({});
  });
});
