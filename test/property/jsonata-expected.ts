/**
 * The ASL a JSONata workflow plan must give, written here from the plan rather than by the DSL:
 * field names as ASL spells them, each state's Next the state that follows it (or the state its
 * branch runs out to), End where a machine runs out, Choice rules and Catch handlers entering
 * their first state, a lambda:invoke's request as Arguments (JSONata) or Parameters (JSONPath).
 */
import { ACTIVITY_ARN } from "./generators/jsonata-build.ts";
import type { CatcherPlan, EndingPlan, JsonataWorkflowPlan, PlanValue, SequencePlan, StepPlan, TaskRequest } from "./generators/jsonata-plan.ts";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type States = Record<string, Json>;

function asl(v: PlanValue): Json {
  if (Array.isArray(v)) return v.map(asl);
  if (typeof v !== "object" || v === null) return v as Json;
  if ("viaHelper" in v && typeof v.viaHelper === "string") return `{% ${v.viaHelper} %}`;
  return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, asl(item as PlanValue)]));
}

/** The fields given, without those the plan leaves out. */
function fields(entries: Record<string, Json | PlanValue | undefined>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(entries)) if (item !== undefined) out[key] = asl(item as PlanValue);
  return out;
}

function transition(next: string | undefined): { [key: string]: Json } {
  return next === undefined ? { End: true } : { Next: next };
}

function taskRequest(r: TaskRequest, jsonata: boolean): { [key: string]: Json } {
  switch (r.kind) {
    case "lambda":
      return {
        Resource: "arn:aws:states:::lambda:invoke",
        ...(jsonata
          ? { Arguments: { FunctionName: r.functionName, Payload: r.payload === undefined ? "{% $states.input %}" : asl(r.payload) } }
          : { Parameters: { FunctionName: r.functionName, "Payload.$": "$" } }),
      };
    case "sns":
      return { Resource: "arn:aws:states:::sns:publish", Arguments: asl(r.arguments) };
    case "sdk":
      return { Resource: "arn:aws:states:::aws-sdk:s3:getObject", Arguments: asl(r.arguments) };
    case "activity":
      return { Resource: ACTIVITY_ARN };
  }
}

class ExpectedMachine {
  readonly states: States = {};

  /** Adds a sequence's states; returns the state it enters (or `after` when it has none). */
  sequence(plan: SequencePlan, after: string | undefined): string | undefined {
    const entries = [...plan.steps.map((s) => s.name), ...(plan.ending ? [plan.ending.name] : [])];
    plan.steps.forEach((step, i) => this.step(step, entries[i + 1] ?? after));
    if (plan.ending) this.ending(plan.ending);
    return entries[0] ?? after;
  }

  private head(step: { queryLanguage?: string; comment?: string }, type: string): { [key: string]: Json } {
    return fields({ Type: type, Comment: step.comment, QueryLanguage: step.queryLanguage });
  }

  private catchers(catchers: readonly CatcherPlan[], next: string | undefined): { Catch?: Json } {
    if (catchers.length === 0) return {};
    return {
      Catch: catchers.map((c) => fields({ ErrorEquals: [...c.errorEquals], Next: this.sequence(c.handler, next)!, Output: c.output, Assign: c.assign as PlanValue | undefined })),
    };
  }

  private retry(step: { retry?: readonly { errorEquals: readonly string[]; maxAttempts: number }[] }): { Retry?: Json } {
    return step.retry ? { Retry: step.retry.map((r) => ({ ErrorEquals: [...r.errorEquals], MaxAttempts: r.maxAttempts })) } : {};
  }

  private step(step: StepPlan, next: string | undefined): void {
    const outputs = fields({ Output: step.output, Assign: step.assign as PlanValue | undefined });
    switch (step.kind) {
      case "pass":
        this.states[step.name] = { ...this.head(step, "Pass"), ...outputs, ...transition(next) };
        return;
      case "wait":
        this.states[step.name] = { ...this.head(step, "Wait"), ...fields({ Seconds: step.seconds, Timestamp: step.timestamp }), ...outputs, ...transition(next) };
        return;
      case "task":
        this.states[step.name] = {
          ...this.head(step, "Task"),
          ...taskRequest(step.request, step.jsonata),
          ...fields({ TimeoutSeconds: step.timeoutSeconds, HeartbeatSeconds: step.heartbeatSeconds, Credentials: step.credentials }),
          ...outputs,
          ...this.retry(step),
          ...this.catchers(step.catchers, next),
          ...transition(next),
        };
        return;
      case "choice": {
        const choices = step.rules.map((rule) =>
          fields({
            Condition: rule.condition.kind === "expression" ? rule.condition.expression : rule.condition.jsonata,
            Next: this.sequence(rule.branch, next)!,
            Output: rule.output,
            Assign: rule.assign as PlanValue | undefined,
            Comment: rule.comment,
          }),
        );
        const fallback = step.otherwise ? this.sequence(step.otherwise, next) : undefined;
        this.states[step.name] = { ...this.head(step, "Choice"), Choices: choices, ...fields({ Default: fallback }), ...outputs };
        return;
      }
      case "parallel":
        this.states[step.name] = {
          ...this.head(step, "Parallel"),
          Branches: step.branches.map((b) => machine(b)),
          ...fields({ Arguments: step.arguments }),
          ...outputs,
          ...this.retry(step),
          ...this.catchers(step.catchers, next),
          ...transition(next),
        };
        return;
      case "map":
        this.states[step.name] = {
          ...this.head(step, "Map"),
          ItemProcessor: { ...(step.distributed ? { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" } } : {}), ...machine(step.processor) },
          ...fields({
            Items: step.items,
            ItemSelector: step.itemSelector,
            MaxConcurrency: step.maxConcurrency,
            ToleratedFailureCount: step.toleratedFailureCount,
            ToleratedFailurePercentage: step.toleratedFailurePercentage,
            Label: step.label,
          }),
          ...outputs,
          ...this.retry(step),
          ...this.catchers(step.catchers, next),
          ...transition(next),
        };
        return;
    }
  }

  private ending(ending: EndingPlan): void {
    this.states[ending.name] =
      ending.kind === "succeed"
        ? { ...this.head(ending, "Succeed"), ...fields({ Output: ending.output }) }
        : { ...this.head(ending, "Fail"), ...fields({ Error: ending.error, Cause: ending.cause }) };
  }
}

function machine(plan: SequencePlan): { StartAt: Json; States: Json } {
  const m = new ExpectedMachine();
  const startAt = m.sequence(plan, undefined);
  return { StartAt: startAt!, States: m.states };
}

/** The definition the plan must emit. */
export function expectedDefinition(plan: JsonataWorkflowPlan): Json {
  return { ...fields({ Comment: plan.comment, QueryLanguage: plan.queryLanguage }), ...machine(plan.body) };
}
