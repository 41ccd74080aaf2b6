/**
 * What a builder chain records: one step per call, in order, each frozen. Transitions (Next/End)
 * are not known while a chain is being written; lowering fixes them (see lower.ts).
 */
import type { ChainImpl } from "./chain-impl.ts";
import type { Condition, StateNode, StateType } from "../ir/nodes.ts";
import type { ParsedOptions } from "./parse-options.ts";
import type { LazySite } from "./site.ts";

/** The IR node of a state kind. */
export type NodeOf<T extends StateType> = Extract<StateNode, { readonly type: T }>;

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

interface StateStepOf<T extends StateType> {
  readonly kind: "state";
  readonly type: T;
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** The options parsed into the node's fields by the field spec, when the call was made. */
  readonly parsed: ParsedOptions<NodeOf<T>>;
  readonly site: LazySite;
  /** Catchers added with `.catch()` (those in options.catch name their target directly). */
  readonly catchers: readonly CatchStep[];
  readonly rules?: readonly RuleStep[];
  readonly otherwise?: Target;
  readonly branches?: readonly ChainImpl[];
  readonly processor?: ChainImpl;
}

/** One state added by a builder call; its `type` tells which node its parsed fields belong to. */
export type StateStep = { [T in StateType]: StateStepOf<T> }[StateType];

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
