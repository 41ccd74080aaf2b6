/**
 * Writes a JSONata workflow plan as TypeScript source, the same builder calls jsonata-build.ts
 * makes at run time but typed, so that tsc computes the payload type at each state. Around every
 * state call the source declares probe types, `PayloadOf` of the chain before the call (the
 * state's input) and after it (its output, for states that hand one on to the next in the chain).
 */
import { ACTIVITY_ARN } from "./jsonata-build.ts";
import type { CatcherPlan, FactoryCall, JsonataWorkflowPlan, PlanValue, SequencePlan, StepPlan, TaskRequest } from "./jsonata-plan.ts";

/** A type alias in the source that names the payload on one side of a state. */
export interface PayloadProbe {
  readonly alias: string;
  readonly state: string;
  readonly side: "input" | "output";
}

export interface WorkflowSource {
  readonly text: string;
  readonly probes: readonly PayloadProbe[];
}

const literal = (v: unknown): string => JSON.stringify(v);

function value(v: PlanValue): string {
  if (Array.isArray(v)) return `[${v.map(value).join(", ")}]`;
  if (typeof v !== "object" || v === null) return literal(v);
  if ("viaHelper" in v && typeof v.viaHelper === "string") return `jsonata(${literal(v.viaHelper)})`;
  return `{ ${Object.entries(v).map(([key, item]) => `${literal(key)}: ${value(item as PlanValue)}`).join(", ")} }`;
}

/** An options object of the fields given (written as they come: plan values, or source already written). */
function options(fields: Record<string, string | undefined>): string {
  const given = Object.entries(fields).filter(([, v]) => v !== undefined);
  return `{ ${given.map(([key, v]) => `${key}: ${v}`).join(", ")} }`;
}

const optional = (v: PlanValue | undefined): string | undefined => (v === undefined ? undefined : value(v));
const optionalLiteral = (v: unknown): string | undefined => (v === undefined ? undefined : literal(v));

function common(step: { queryLanguage?: string; comment?: string; output?: PlanValue; assign?: unknown }): Record<string, string | undefined> {
  return { queryLanguage: optionalLiteral(step.queryLanguage), comment: optionalLiteral(step.comment), output: optional(step.output), assign: optional(step.assign as PlanValue | undefined) };
}

function factory(c: string, call: FactoryCall): string {
  if ("inner" in call) return `${c}.${call.method}(${call.inner.map((inner) => factory(c, inner)).join(", ")})`;
  return `${c}.${call.method}(${call.args.map(literal).join(", ")})`;
}

function request(r: TaskRequest): Record<string, string | undefined> {
  switch (r.kind) {
    case "lambda":
      return { resource: `lambda.invoke(${literal(r.functionName)})`, payload: optional(r.payload) };
    case "sns":
      return { resource: "sns.publish()", arguments: value(r.arguments) };
    case "sdk":
      return { resource: 'awsSdk("s3", "getObject")', arguments: value(r.arguments) };
    case "activity":
      return { resource: literal(ACTIVITY_ARN) };
  }
}

class SourceWriter {
  private chains = 0;
  private readonly lines: string[] = [];
  readonly probes: PayloadProbe[] = [];

  private chain(): string {
    return `c${++this.chains}`;
  }

  private probe(chain: string, state: string, side: PayloadProbe["side"]): void {
    const alias = `Probe${this.probes.length}`;
    this.probes.push({ alias, state, side });
    this.lines.push(`type ${alias} = PayloadOf<typeof ${chain}>;`);
  }

  private assign(expression: string): string {
    const chain = this.chain();
    this.lines.push(`const ${chain} = ${expression};`);
    return chain;
  }

  /** A callback that builds `plan` on the chain it is given, as source. */
  private callback(plan: SequencePlan): string {
    const parameter = this.chain();
    const outer = this.lines.splice(0);
    const last = this.sequence(parameter, plan);
    const body = this.lines.splice(0);
    this.lines.push(...outer);
    return `(${parameter}) => {\n${body.map((line) => `  ${line}`).join("\n")}\n  return ${last};\n}`;
  }

  private withCatchers(chain: string, catchers: readonly CatcherPlan[]): string {
    for (const c of catchers) {
      const handler = this.callback(c.handler);
      chain = this.assign(`${chain}.catch(${literal(c.errorEquals)}, ${handler}, ${options({ output: optional(c.output), assign: optional(c.assign) })})`);
    }
    return chain;
  }

  private step(chain: string, step: StepPlan): string {
    this.probe(chain, step.name, "input");
    const name = literal(step.name);
    let next: string;
    switch (step.kind) {
      case "pass":
        next = this.assign(`${chain}.pass(${name}, ${options(common(step))})`);
        break;
      case "wait":
        next = this.assign(`${chain}.wait(${name}, ${options({ ...common(step), seconds: optionalLiteral(step.seconds), timestamp: optionalLiteral(step.timestamp) })})`);
        break;
      case "task": {
        const fields = {
          ...common(step),
          ...request(step.request),
          timeoutSeconds: optionalLiteral(step.timeoutSeconds),
          heartbeatSeconds: optionalLiteral(step.heartbeatSeconds),
          credentials: optional(step.credentials),
          retry: optionalLiteral(step.retry),
        };
        next = this.assign(`${chain}.task(${name}, ${options(fields)})`);
        break;
      }
      case "choice": {
        const rules = step.rules.map((rule) => {
          const condition = rule.condition.kind === "expression" ? literal(rule.condition.expression) : factory("c", rule.condition.build);
          return `.when(${condition}, ${this.callback(rule.branch)}, ${options({ output: optional(rule.output), assign: optional(rule.assign), comment: optionalLiteral(rule.comment) })})`;
        });
        const otherwise = step.otherwise ? `.otherwise(${this.callback(step.otherwise)})` : "";
        // What a Choice hands on in the chain is what its branches run out with, not a state's output.
        return this.assign(`${chain}.choice(${name}, (c) => c${rules.join("")}${otherwise}, ${options(common(step))})`);
      }
      case "parallel": {
        const branches = step.branches.map((branch) => this.callback(branch));
        next = this.assign(`${chain}.parallel(${name}, [${branches.join(", ")}], ${options({ ...common(step), arguments: optional(step.arguments), retry: optionalLiteral(step.retry) })})`);
        break;
      }
      case "map": {
        const fields = {
          ...common(step),
          ...(step.distributed ? { mode: '"DISTRIBUTED"', executionType: '"STANDARD"' } : {}),
          items: optional(step.items),
          itemSelector: optional(step.itemSelector),
          maxConcurrency: optionalLiteral(step.maxConcurrency),
          toleratedFailureCount: optionalLiteral(step.toleratedFailureCount),
          toleratedFailurePercentage: optionalLiteral(step.toleratedFailurePercentage),
          label: optionalLiteral(step.label),
          retry: optionalLiteral(step.retry),
        };
        next = this.assign(`${chain}.map(${name}, ${options(fields)}, ${this.callback(step.processor)})`);
        break;
      }
    }
    this.probe(next, step.name, "output");
    return "catchers" in step ? this.withCatchers(next, step.catchers) : next;
  }

  sequence(chain: string, plan: SequencePlan): string {
    for (const step of plan.steps) chain = this.step(chain, step);
    const ending = plan.ending;
    if (!ending) return chain;
    this.probe(chain, ending.name, "input");
    const name = literal(ending.name);
    if (ending.kind === "succeed") return this.assign(`${chain}.succeed(${name}, ${options({ queryLanguage: optionalLiteral(ending.queryLanguage), output: optional(ending.output) })})`);
    return this.assign(`${chain}.fail(${name}, ${options({ queryLanguage: optionalLiteral(ending.queryLanguage), error: optionalLiteral(ending.error), cause: optionalLiteral(ending.cause) })})`);
  }

  workflow(plan: JsonataWorkflowPlan): string {
    const fields = { input: "z.object({})", queryLanguage: optionalLiteral(plan.queryLanguage), comment: optionalLiteral(plan.comment) };
    const start = this.assign(`workflow(${literal(plan.name)}, ${options(fields)})`);
    const last = this.sequence(start, plan.body);
    return [
      'import { z } from "zod";',
      'import { awsSdk, jsonata, lambda, sns, workflow, type PayloadOf } from "@aslc/dsl";',
      "",
      "export function build() {",
      ...this.lines.map((line) => `  ${line}`),
      `  return ${last};`,
      "}",
      "",
    ].join("\n");
  }
}

/** The plan as a module whose `build()` makes the workflow, with a probe type for each state's payloads. */
export function jsonataWorkflowSource(plan: JsonataWorkflowPlan): WorkflowSource {
  const writer = new SourceWriter();
  const text = writer.workflow(plan);
  return { text, probes: writer.probes };
}
