/**
 * A workflow as plain data, before it goes through the builder. Plans hold everything random
 * except state names and jump targets: names are handed out while building, and a jump target is
 * an index into the states that can lead back to the jump (see build-workflow.ts), so a plan
 * stays valid however fast-check shrinks it.
 */
import type { ConditionPlan } from "./conditions.ts";
import type { TaskWork } from "./resources.ts";

export type Options = Readonly<Record<string, unknown>>;

/** How a state is named: a kind and counter, a decoration, optionally padded to 80 characters. */
export interface NamePlan {
  readonly decoration: string;
  /** Pads the name to the 80-character limit with this character. */
  readonly padWith?: string;
  /** Used as is instead of a generated name (invalid-workflow cases name their broken state). */
  readonly exact?: string;
  /** A name that is special in JavaScript (`__proto__`, `constructor`), used if no state has it yet. */
  readonly special?: string;
}

/** Where a Choice rule, a catcher or the end of a branch goes. */
export type BranchPlan =
  | { readonly kind: "chain"; readonly sequence: SequencePlan }
  /** A state that leads back here; `pick` indexes the candidates. `exact` names a state outright. */
  | { readonly kind: "named"; readonly pick: number; readonly exact?: string };

export type EndingPlan =
  | { readonly kind: "open" }
  | { readonly kind: "succeed"; readonly name: NamePlan; readonly options: Options }
  | { readonly kind: "fail"; readonly name: NamePlan; readonly options: Options }
  | { readonly kind: "goto"; readonly pick: number };

export interface SequencePlan {
  readonly steps: readonly StepPlan[];
  readonly ending: EndingPlan;
}

export interface CatcherPlan {
  /** `options` catchers sit in `catch: [...]` and name their target; `method` ones use `.catch()`. */
  readonly via: "options" | "method";
  readonly errorEquals: readonly string[];
  readonly handler: BranchPlan;
  readonly resultPath?: string | null;
  readonly comment?: string;
}

export interface RulePlan {
  readonly condition: ConditionPlan;
  readonly target: BranchPlan;
  readonly comment?: string;
}

interface Fallible {
  readonly retry?: readonly Options[];
  readonly catchers: readonly CatcherPlan[];
}

export type StepPlan =
  | ({ readonly kind: "task"; readonly name: NamePlan; readonly work: TaskWork; readonly options: Options } & Fallible)
  | { readonly kind: "pass"; readonly name: NamePlan; readonly options: Options }
  | { readonly kind: "wait"; readonly name: NamePlan; readonly options: Options }
  | { readonly kind: "choice"; readonly name: NamePlan; readonly rules: readonly RulePlan[]; readonly otherwise?: BranchPlan; readonly options: Options }
  | ({ readonly kind: "parallel"; readonly name: NamePlan; readonly branches: readonly SequencePlan[]; readonly options: Options } & Fallible)
  | ({ readonly kind: "map"; readonly name: NamePlan; readonly processor: SequencePlan; readonly options: Options } & Fallible);

export interface WorkflowPlan {
  readonly name: string;
  readonly options: Options;
  readonly body: SequencePlan;
}
