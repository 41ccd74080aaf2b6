/**
 * What a builder chain records: one step per call, in order, each frozen. Transitions (Next/End)
 * are not known while a chain is being written; lowering fixes them (see lower.ts).
 */
import type { ChainImpl } from "./chain-impl.ts";
import type { Condition, StateType } from "../ir/nodes.ts";
import type { LazySite } from "./site.ts";

/** Where a branch goes: a named state, or a chain of its own. */
export type Target = { readonly kind: "name"; readonly name: string } | { readonly kind: "chain"; readonly chain: ChainImpl };

export interface CatchStep {
  readonly errorEquals: readonly string[];
  readonly resultPath?: string | null;
  readonly output?: unknown;
  readonly assign?: unknown;
  readonly comment?: string;
  readonly target: Target;
}

export interface RuleStep {
  readonly condition: Condition;
  readonly target: Target;
  readonly comment?: string;
  readonly output?: unknown;
  readonly assign?: unknown;
}

export interface StateStep {
  readonly kind: "state";
  readonly type: StateType;
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly site: LazySite;
  /** Catchers added with `.catch()` (those in options.catch name their target directly). */
  readonly catchers: readonly CatchStep[];
  readonly rules?: readonly RuleStep[];
  readonly otherwise?: Target;
  readonly branches?: readonly ChainImpl[];
  readonly processor?: ChainImpl;
}

export interface GotoStep {
  readonly kind: "goto";
  readonly target: string;
  readonly site: LazySite;
}

export type Step = StateStep | GotoStep;

/** Steps as a persistent list, newest first: adding one is O(1) and never copies. */
export interface StepList {
  readonly step: Step;
  readonly previous: StepList | undefined;
}

export function stepsInOrder(list: StepList | undefined): Step[] {
  const steps: Step[] = [];
  for (let node = list; node; node = node.previous) steps.push(node.step);
  return steps.reverse();
}
