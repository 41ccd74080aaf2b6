/**
 * Turns a JSONata workflow plan into a chain through the DSL builder, as an author would write
 * it: `"{% … %}"` strings, `jsonata(…)` where the plan says so, factory conditions, `.catch()`
 * with its Output and Assign after the state it guards.
 */
import { z } from "zod";
import { awsSdk, jsonata, lambda, sns, workflow } from "@aslc/dsl";
import type { StartWorkflow } from "./build-workflow.ts";
import type { CatcherPlan, FactoryCall, JsonataWorkflowPlan, PlanValue, SequencePlan, StepPlan, TaskRequest } from "./jsonata-plan.ts";

/** Random workflows have no static payload types: chains are driven untyped. */
type AnyChain = any;

export const ACTIVITY_ARN = "arn:aws:states:us-east-1:123456789012:activity:Review";

/** A plan value as the builder takes it: helper markers become `jsonata(…)`. */
function value(v: PlanValue): unknown {
  if (Array.isArray(v)) return v.map(value);
  if (typeof v !== "object" || v === null) return v;
  if ("viaHelper" in v && typeof v.viaHelper === "string") return jsonata(v.viaHelper);
  return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, value(item as PlanValue)]));
}

/** The options object without the fields the plan leaves out. */
function defined(options: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

function optional(v: PlanValue | undefined): unknown {
  return v === undefined ? undefined : value(v);
}

function common(step: { queryLanguage?: string; comment?: string; output?: PlanValue; assign?: unknown }): Record<string, unknown> {
  return { queryLanguage: step.queryLanguage, comment: step.comment, output: optional(step.output), assign: optional(step.assign as PlanValue | undefined) };
}

function factory(c: AnyChain, call: FactoryCall): unknown {
  if ("inner" in call) return c[call.method](...call.inner.map((inner) => factory(c, inner)));
  return c[call.method](...call.args);
}

function request(r: TaskRequest): Record<string, unknown> {
  switch (r.kind) {
    case "lambda":
      return { resource: lambda.invoke(r.functionName), payload: optional(r.payload) };
    case "sns":
      return { resource: sns.publish(), arguments: value(r.arguments) };
    case "sdk":
      return { resource: awsSdk("s3", "getObject"), arguments: value(r.arguments) };
    case "activity":
      return { resource: ACTIVITY_ARN };
  }
}

function withCatchers(chain: AnyChain, catchers: readonly CatcherPlan[]): AnyChain {
  for (const c of catchers) {
    chain = chain.catch(c.errorEquals, (handler: AnyChain) => buildSequence(handler, c.handler), defined({ output: optional(c.output), assign: optional(c.assign) }));
  }
  return chain;
}

function buildStep(chain: AnyChain, step: StepPlan): AnyChain {
  switch (step.kind) {
    case "pass":
      return chain.pass(step.name, defined(common(step)));
    case "wait":
      return chain.wait(step.name, defined({ ...common(step), seconds: step.seconds, timestamp: step.timestamp }));
    case "task": {
      const options = { ...common(step), ...request(step.request), timeoutSeconds: step.timeoutSeconds, heartbeatSeconds: step.heartbeatSeconds, credentials: optional(step.credentials), retry: step.retry };
      return withCatchers(chain.task(step.name, defined(options)), step.catchers);
    }
    case "choice":
      return chain.choice(
        step.name,
        (c: AnyChain) => {
          let rules = c;
          for (const rule of step.rules) {
            const condition = rule.condition.kind === "expression" ? rule.condition.expression : factory(c, rule.condition.build);
            rules = rules.when(condition, (b: AnyChain) => buildSequence(b, rule.branch), defined({ output: optional(rule.output), assign: optional(rule.assign), comment: rule.comment }));
          }
          const otherwise = step.otherwise;
          return otherwise ? rules.otherwise((b: AnyChain) => buildSequence(b, otherwise)) : rules;
        },
        defined(common(step)),
      );
    case "parallel": {
      const branches = step.branches.map((branch) => (b: AnyChain) => buildSequence(b, branch));
      return withCatchers(chain.parallel(step.name, branches, defined({ ...common(step), arguments: optional(step.arguments), retry: step.retry })), step.catchers);
    }
    case "map": {
      const options = {
        ...common(step),
        ...(step.distributed ? { mode: "DISTRIBUTED", executionType: "STANDARD" } : {}),
        items: optional(step.items),
        itemSelector: optional(step.itemSelector),
        maxConcurrency: step.maxConcurrency,
        toleratedFailureCount: step.toleratedFailureCount,
        toleratedFailurePercentage: step.toleratedFailurePercentage,
        label: step.label,
        retry: step.retry,
      };
      return withCatchers(chain.map(step.name, defined(options), (item: AnyChain) => buildSequence(item, step.processor)), step.catchers);
    }
  }
}

function buildSequence(chain: AnyChain, plan: SequencePlan): AnyChain {
  for (const step of plan.steps) chain = buildStep(chain, step);
  const ending = plan.ending;
  if (!ending) return chain;
  if (ending.kind === "succeed") return chain.succeed(ending.name, defined({ queryLanguage: ending.queryLanguage, output: optional(ending.output) }));
  return chain.fail(ending.name, defined({ queryLanguage: ending.queryLanguage, error: ending.error, cause: ending.cause }));
}

/**
 * The workflow chain a plan describes, ready for `buildWorkflow`.
 * @param start what makes the first chain: the DSL's `workflow`, or a stand-in that also records the calls. @default workflow
 */
export function jsonataWorkflowFromPlan(plan: JsonataWorkflowPlan, start: StartWorkflow = workflow as unknown as StartWorkflow): unknown {
  const options = { input: z.object({}), ...(plan.queryLanguage ? { queryLanguage: plan.queryLanguage } : {}), ...(plan.comment ? { comment: plan.comment } : {}) };
  const first: AnyChain = start(plan.name, options);
  return buildSequence(first, plan.body);
}
