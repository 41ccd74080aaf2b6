/**
 * Invalid workflows: a valid plan with one broken state inserted at the start of one of its
 * chains (the workflow, a branch, a handler, a processor). Each mistake comes with the diagnostic
 * code the compiler must report and the state it must name.
 */
import fc from "fast-check";
import { lambda } from "@aslc/dsl";
import type { BranchPlan, CatcherPlan, NamePlan, SequencePlan, StepPlan, WorkflowPlan } from "./plan.ts";
import { rfc3339Timestamp } from "./timestamps.ts";
import { workflowPlanArbitrary } from "./workflow-plan.ts";

export interface InvalidCase {
  readonly plan: WorkflowPlan;
  /** What is wrong, for failure messages. */
  readonly mistake: string;
  readonly code: string;
  /** The state the diagnostic must name. */
  readonly state: string;
}

interface Mistake {
  readonly mistake: string;
  readonly code: string;
  readonly state: string;
  readonly step: StepPlan;
}

const BROKEN = "Broken state";
const broken: NamePlan = { decoration: "", exact: BROKEN };
const auto: NamePlan = { decoration: "" };

const runOut: BranchPlan = { kind: "chain", sequence: { steps: [{ kind: "pass", name: auto, options: {} }], ending: { kind: "open" } } };

function task(options: Record<string, unknown>, extra: { retry?: Record<string, unknown>[]; catchers?: CatcherPlan[] } = {}): StepPlan {
  return { kind: "task", name: broken, work: { resource: lambda.invoke("${WorkerFunctionArn}") }, options, retry: extra.retry, catchers: extra.catchers ?? [] };
}

const pass = (options: Record<string, unknown>, name = broken): StepPlan => ({ kind: "pass", name, options });
const wait = (options: Record<string, unknown>): StepPlan => ({ kind: "wait", name: broken, options });
const distributedMap = (options: Record<string, unknown>): StepPlan => ({
  kind: "map",
  name: broken,
  options: { mode: "DISTRIBUTED", executionType: "STANDARD", ...options },
  processor: { steps: [{ kind: "pass", name: auto, options: {} }], ending: { kind: "open" } },
  catchers: [],
});

const mistake = (description: string, code: string, step: StepPlan, state = BROKEN): Mistake => ({ mistake: description, code, state, step });

const retryWith = (field: string, value: number): Record<string, unknown>[] => [{ errorEquals: ["States.Timeout"], [field]: value }];

const mistakes: fc.Arbitrary<Mistake> = fc.oneof(
  fc.constantFrom("Twice named", "Ünïcode twin").map((name) =>
    mistake("the same state name in two Parallel branches", "ASLC100", {
      kind: "parallel",
      name: auto,
      branches: [
        { steps: [pass({}, { decoration: "", exact: name })], ending: { kind: "open" } },
        { steps: [pass({}, { decoration: "", exact: name })], ending: { kind: "open" } },
      ],
      options: {},
      catchers: [],
    }, name),
  ),
  fc.constantFrom(81, 100).map((length) => mistake(`a ${length}-character name`, "ASLC101", pass({}, { decoration: "", exact: "N".repeat(length) }), "N".repeat(length))),
  fc.constant(
    mistake("a rule that names a state that does not exist", "ASLC102", {
      kind: "choice",
      name: broken,
      rules: [{ condition: { kind: "compare", method: "booleanEquals", variable: "$.ok", operand: true }, target: { kind: "named", pick: 0, exact: "Nowhere" } }],
      otherwise: runOut,
      options: {},
    }),
  ),
  fc.constant(mistake("an empty ErrorEquals in Retry", "ASLC106", task({}, { retry: [{ errorEquals: [] }] }))),
  fc.constantFrom("States.Custom", "States.all").map((name) => mistake(`a custom error named ${name}`, "ASLC107", task({}, { retry: [{ errorEquals: [name] }] }))),
  fc.constant(mistake("Retry with States.ALL before another retrier", "ASLC108", task({}, { retry: [{ errorEquals: ["States.ALL"] }, { errorEquals: ["States.Timeout"] }] }))),
  fc.constant(mistake("Retry with States.ALL beside another name", "ASLC108", task({}, { retry: [{ errorEquals: ["States.ALL", "States.Timeout"] }] }))),
  fc.constant(
    mistake(
      "Catch with States.ALL before another catcher",
      "ASLC108",
      task({}, {
        catchers: [
          { via: "options", errorEquals: ["States.ALL"], handler: { kind: "named", pick: 0, exact: BROKEN } },
          { via: "options", errorEquals: ["States.Timeout"], handler: { kind: "named", pick: 0, exact: BROKEN } },
        ],
      }),
    ),
  ),
  fc.double({ min: 0, max: 0.999, noNaN: true }).map((rate) => mistake(`BackoffRate ${rate}`, "ASLC109", task({}, { retry: [{ errorEquals: ["States.Timeout"], backoffRate: rate }] }))),
  fc.constantFrom(["intervalSeconds", 0], ["intervalSeconds", 1.5], ["maxAttempts", -1], ["maxDelaySeconds", 0], ["maxDelaySeconds", 31_622_401]).map(([field, value]) =>
    mistake(`Retry ${field} ${value}`, "ASLC109", task({}, { retry: retryWith(field as string, value as number) })),
  ),
  fc.constant(mistake("TimeoutSeconds and TimeoutSecondsPath both", "ASLC111", task({ timeoutSeconds: 10, timeoutSecondsPath: "$.timeout" }))),
  fc.constantFrom({ timeoutSeconds: 0 }, { heartbeatSeconds: 0 }, { timeoutSeconds: 100_000_000 }, { timeoutSeconds: 1.5 }).map((options) => mistake(`Task ${JSON.stringify(options)}`, "ASLC112", task(options))),
  fc.integer({ min: 1, max: 1000 }).chain((timeout) =>
    fc.integer({ min: timeout, max: timeout + 1000 }).map((heartbeat) => mistake(`HeartbeatSeconds ${heartbeat} with TimeoutSeconds ${timeout}`, "ASLC113", task({ timeoutSeconds: timeout, heartbeatSeconds: heartbeat }))),
  ),
  fc.constant(mistake("HeartbeatSeconds at the TimeoutSeconds default", "ASLC113", task({ heartbeatSeconds: 99_999_999 }))),
  fc.constantFrom({}, { seconds: 5, timestamp: "2026-01-01T00:00:00Z" }, { secondsPath: "$.s", timestampPath: "$.t" }).map((options) => mistake(`a Wait with ${JSON.stringify(options)}`, "ASLC114", wait(options))),
  rfc3339Timestamp
    .chain((valid) =>
      fc.constantFrom(
        valid.replace("T", "t"),
        valid.endsWith("Z") ? `${valid.slice(0, -1)}z` : valid.replace("T", " "),
        valid.replace(/(Z|[+-]\d{2}:\d{2})$/, ""),
        valid.replace(/(Z|[+-]\d{2}:\d{2})$/, "+24:00"),
        valid.replace(/(Z|[+-]\d{2}:\d{2})$/, "-05:60"),
        valid.replace(/^\d{4}-\d{2}-\d{2}/, "2023-02-29"),
        valid.replace(/^(\d{4})-\d{2}/, "$1-13"),
        valid.replace(/T\d{2}/, "T24"),
        valid.slice(0, 10),
      ),
    )
    .map((timestamp) => mistake(`a Wait until '${timestamp}'`, "ASLC115", wait({ timestamp }))),
  fc.constantFrom("2026-01-01", "2026-01-01t00:00:00Z", "yesterday").map((operand) =>
    mistake(`a Choice comparing with the timestamp '${operand}'`, "ASLC115", {
      kind: "choice",
      name: broken,
      rules: [{ condition: { kind: "not", condition: { kind: "compare", method: "timestampLessThan", variable: "$.at", operand } }, target: runOut }],
      otherwise: runOut,
      options: {},
    }),
  ),
  fc.constantFrom({ toleratedFailurePercentage: 101 }, { toleratedFailureCount: -1 }, { maxConcurrency: 10_001 }).map((options) => mistake(`a Distributed Map with ${JSON.stringify(options)}`, "ASLC116", distributedMap(options))),
  fc.constantFrom("has space", "x".repeat(41), "a/b", "semi;colon").map((label) => mistake(`Map label '${label}'`, "ASLC117", distributedMap({ label }))),
  fc.constantFrom({ label: "inline" }, { toleratedFailureCount: 1 }, { itemBatcher: { maxItemsPerBatch: 10 } }, { executionType: "EXPRESS" }).map((options) =>
    mistake(`an inline Map with ${JSON.stringify(options)}`, "ASLC118", {
      kind: "map",
      name: broken,
      options,
      processor: { steps: [{ kind: "pass", name: auto, options: {} }], ending: { kind: "open" } },
      catchers: [],
    }),
  ),
  fc.constant(mistake("a Distributed Map without executionType", "ASLC118", distributedMap({ executionType: undefined }))),
  fc.constant(mistake("a '.$' field holding a number", "ASLC120", pass({ parameters: { "count.$": 3 } }))),
  fc.constantFrom("States.Nope($.a)", "States.Format('{}', States.Bogus())", "States.Format").map((expression) => mistake(`a '.$' field holding ${expression}`, "ASLC121", pass({ parameters: { "x.$": expression } }))),
  fc.constantFrom("not a path", "order.id", "").map((path) => mistake(`a '.$' field holding '${path}'`, "ASLC122", pass({ parameters: { nested: { "x.$": path } } }))),
  fc.constantFrom("a", "constructor", "__proto__").map((key) =>
    // Parsed, so that `__proto__` is a field rather than the prototype.
    mistake(`'${key}' beside its '.$' twin`, "ASLC123", pass({ parameters: JSON.parse(`{"${key}": 1, "${key}.$": "$.a"}`) as Record<string, unknown> })),
  ),
  fc.constantFrom({ resultPath: "$$.Execution.Id" }, { resultPath: "$.items[*]" }, { inputPath: "items" }).map((options) => mistake(`a Pass with ${JSON.stringify(options)}`, "ASLC124", pass(options))),
  fc.constantFrom(
    { itemReader: { resource: "arn:aws:states:::s3:getObject", parameters: { Bucket: "b", Key: "k" }, readerConfig: { inputType: "JSON", maxItems: 5, maxItemsPath: "$.max" } } },
    { itemBatcher: { maxItemsPerBatch: 5, maxItemsPerBatchPath: "$.batch" } },
    { itemBatcher: { maxInputBytesPerBatch: 1024, maxInputBytesPerBatchPath: "$.bytes" } },
  ).map((options) => mistake(`a Distributed Map with ${JSON.stringify(options)}`, "ASLC111", distributedMap(options))),
  fc.constantFrom({ error: "E", errorPath: "$.error" }, { cause: "x", causePath: "$.cause" }).map((options) =>
    mistake(`a Fail with ${JSON.stringify(options)}`, "ASLC111", {
      kind: "parallel",
      name: auto,
      branches: [{ steps: [], ending: { kind: "fail", name: broken, options } }],
      options: {},
      catchers: [],
    }),
  ),
);

/** Whether a sequence ends its chain (so nothing falls through it), as the builder decides. */
function sequenceEnds(sequence: SequencePlan): boolean {
  return sequence.steps.some(stepEnds) || sequence.ending.kind !== "open";
}

/** A Choice ends its chain when no branch falls through; a named target never does. */
function stepEnds(step: StepPlan): boolean {
  if (step.kind !== "choice") return false;
  const targets = [...step.rules.map((r) => r.target), ...(step.otherwise ? [step.otherwise] : [])];
  return targets.every((t) => t.kind === "named" || sequenceEnds(t.sequence));
}

/**
 * Calls `visit` on every sequence the builder builds, in a fixed order; `visit` may replace it.
 * Steps after one that ends its chain are never built, so their sequences are left alone.
 */
function mapSequences(plan: WorkflowPlan, visit: (sequence: SequencePlan) => SequencePlan): WorkflowPlan {
  const branch = (b: BranchPlan): BranchPlan => (b.kind === "chain" ? { ...b, sequence: sequence(b.sequence) } : b);
  const step = (s: StepPlan): StepPlan => {
    switch (s.kind) {
      case "task":
        return { ...s, catchers: s.catchers.map((c) => ({ ...c, handler: branch(c.handler) })) };
      case "choice":
        return { ...s, rules: s.rules.map((r) => ({ ...r, target: branch(r.target) })), ...(s.otherwise ? { otherwise: branch(s.otherwise) } : {}) };
      case "parallel":
        return { ...s, branches: s.branches.map(sequence), catchers: s.catchers.map((c) => ({ ...c, handler: branch(c.handler) })) };
      case "map":
        return { ...s, processor: sequence(s.processor), catchers: s.catchers.map((c) => ({ ...c, handler: branch(c.handler) })) };
      default:
        return s;
    }
  };
  const sequence = (seq: SequencePlan): SequencePlan => {
    const visited = visit(seq);
    const built = visited.steps.findIndex(stepEnds) + 1 || visited.steps.length;
    return { ...visited, steps: [...visited.steps.slice(0, built).map(step), ...visited.steps.slice(built)] };
  };
  return { ...plan, body: sequence(plan.body) };
}

/** Puts `step` first in the `target`-th built sequence (counting modulo the number of them). */
function insertStep(plan: WorkflowPlan, target: number, step: StepPlan): WorkflowPlan {
  let count = 0;
  mapSequences(plan, (seq) => {
    count += 1;
    return seq;
  });
  const chosen = target % count;
  let index = 0;
  return mapSequences(plan, (seq) => (index++ === chosen ? { ...seq, steps: [step, ...seq.steps] } : seq));
}

export const invalidCaseArbitrary: fc.Arbitrary<InvalidCase> = fc
  .tuple(workflowPlanArbitrary(2), mistakes, fc.nat())
  .map(([plan, m, target]) => ({ plan: insertStep(plan, target, m.step), mistake: m.mistake, code: m.code, state: m.state }));
