/**
 * A random JSONata-mode workflow as plain data: every name, variable and value already decided,
 * so the DSL chain (jsonata-build.ts) and the expected ASL (../jsonata-expected.ts) are both
 * read off the same plan, each on its own.
 *
 * Values are JSON holding expressions as ASL writes them (`"{% … %}"`), or `{ viaHelper }`
 * markers the DSL writes with `jsonata(…)` and ASL as `"{% … %}"`.
 */
export type QueryLanguage = "JSONata" | "JSONPath";

/** An expression the DSL writes with `jsonata(body)`. */
export interface HelperExpression {
  readonly viaHelper: string;
}

export type PlanValue = string | number | boolean | null | HelperExpression | readonly PlanValue[] | { readonly [key: string]: PlanValue };

export type Assignments = Readonly<Record<string, PlanValue>>;

/** A Choice condition: a JSONata expression, or a factory condition with the JSONata it must become. */
export type ConditionPlan =
  | { readonly kind: "expression"; readonly expression: string }
  | { readonly kind: "factory"; readonly build: FactoryCall; readonly jsonata: string };

export type FactoryCall =
  | { readonly method: string; readonly args: readonly (string | number | boolean)[] }
  | { readonly method: "and" | "or"; readonly inner: readonly FactoryCall[] }
  | { readonly method: "not"; readonly inner: readonly [FactoryCall] };

export interface CatcherPlan {
  readonly errorEquals: readonly string[];
  readonly handler: SequencePlan;
  readonly output?: PlanValue;
  readonly assign?: Assignments;
}

export interface RulePlan {
  readonly condition: ConditionPlan;
  readonly branch: SequencePlan;
  readonly output?: PlanValue;
  readonly assign?: Assignments;
  readonly comment?: string;
}

export type TaskRequest =
  | { readonly kind: "lambda"; readonly functionName: string; readonly payload?: PlanValue }
  | { readonly kind: "sns"; readonly arguments: PlanValue }
  | { readonly kind: "sdk"; readonly arguments: PlanValue }
  | { readonly kind: "activity" };

export interface Retrier {
  readonly errorEquals: readonly string[];
  readonly maxAttempts: number;
}

interface Common {
  readonly name: string;
  /** As written on the state; the effective language falls back to the workflow's. */
  readonly queryLanguage?: QueryLanguage;
  /** The effective language. */
  readonly jsonata: boolean;
  readonly comment?: string;
  readonly output?: PlanValue;
  readonly assign?: Assignments;
}

export type StepPlan =
  | ({ readonly kind: "pass" } & Common)
  | ({
      readonly kind: "task";
      readonly request: TaskRequest;
      readonly timeoutSeconds?: number | string;
      readonly heartbeatSeconds?: number | string;
      readonly credentials?: PlanValue;
      readonly retry?: readonly Retrier[];
      readonly catchers: readonly CatcherPlan[];
    } & Common)
  | ({ readonly kind: "wait"; readonly seconds?: number | string; readonly timestamp?: string } & Common)
  | ({ readonly kind: "choice"; readonly rules: readonly RulePlan[]; readonly otherwise?: SequencePlan } & Common)
  | ({ readonly kind: "parallel"; readonly branches: readonly SequencePlan[]; readonly arguments?: PlanValue; readonly retry?: readonly Retrier[]; readonly catchers: readonly CatcherPlan[] } & Common)
  | ({
      readonly kind: "map";
      readonly processor: SequencePlan;
      readonly distributed: boolean;
      readonly items?: PlanValue;
      readonly itemSelector?: PlanValue;
      readonly maxConcurrency?: number | string;
      readonly toleratedFailureCount?: number | string;
      readonly toleratedFailurePercentage?: number | string;
      readonly label?: string;
      readonly retry?: readonly Retrier[];
      readonly catchers: readonly CatcherPlan[];
    } & Common);

export type EndingPlan =
  | { readonly kind: "succeed"; readonly name: string; readonly queryLanguage?: QueryLanguage; readonly output?: PlanValue }
  | { readonly kind: "fail"; readonly name: string; readonly queryLanguage?: QueryLanguage; readonly error?: string; readonly cause?: string };

export interface SequencePlan {
  readonly steps: readonly StepPlan[];
  readonly ending?: EndingPlan;
}

export interface JsonataWorkflowPlan {
  readonly name: string;
  /** The machine's QueryLanguage as written: JSONata, or JSONPath / none for a mixed machine. */
  readonly queryLanguage?: QueryLanguage;
  readonly comment?: string;
  readonly body: SequencePlan;
}

/** Whether control can run out of the sequence to whatever follows it. */
export function fallsThrough(sequence: SequencePlan): boolean {
  if (sequence.ending) return false;
  const last = sequence.steps.at(-1);
  if (!last) return true;
  if (last.kind !== "choice") return true;
  return [...last.rules.map((r) => r.branch), ...(last.otherwise ? [last.otherwise] : [])].some(fallsThrough);
}
