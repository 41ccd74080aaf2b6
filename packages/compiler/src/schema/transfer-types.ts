/**
 * What one state's transfer needs from the flow, and what it gives back: the schemas recorded
 * for the state, and the payload and variables each of its transitions carries.
 */
import type { ZodType } from "zod";
import type { MapNode, ParallelNode, QueryLanguage, StateNode } from "@aslc/dsl";
import type { StateSchemas } from "./flow-types.ts";
import type { Variables } from "./variable-scope.ts";

export interface TransferEnv {
  readonly executionInput: ZodType;
  /** The context object outside ItemSelectors. */
  readonly context: ZodType;
  /** What `jsonata(expression, schema)` expressions give, by expression text (see WorkflowIR). */
  readonly expressionSchemas?: { readonly [expression: string]: ZodType };
  /** The state's effective query language (its own, else the workflow's, else JSONPath). */
  languageOf(state: StateNode): QueryLanguage;
  /** Runs the scopes a state owns (a Parallel's branches, a Map's item processor) on an input; gives what each returns. */
  runInner(state: ParallelNode | MapNode, input: ZodType, variables: Variables): ZodType[];
}

export interface Edge {
  readonly target: string;
  readonly schema: ZodType;
  /** The variables the transition carries: the state's entry variables and what it assigned. */
  readonly variables: Variables;
}

export interface Transfer {
  readonly schemas: Pick<StateSchemas, "output" | "effectiveInput" | "itemInput" | "result" | "problems" | "fieldMisses">;
  readonly edges: readonly Edge[];
  /** Set when the state ends its scope (End or Succeed): what it returns from the scope. */
  readonly terminal?: ZodType;
}
