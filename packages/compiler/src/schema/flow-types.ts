/**
 * What the schema flow tells about each state: the payload that arrives, what the state does
 * with it, and what it hands on.
 */
import type { ZodType } from "zod";
import type { StateType } from "@aslc/dsl";
import type { FieldMiss } from "./jsonata-schema.ts";

export interface StateSchemas {
  readonly name: string;
  readonly type: StateType;
  /** Where the state lives: "workflow", `branch 1 of Parallel "Fan out"`, `the item processor of Map "Each"`. */
  readonly scope: string;
  /** The union of every payload that arrives at the state (never when nothing reaches it). */
  readonly input: ZodType;
  /**
   * The workflow variables as the state is entered: each one set on some path here, with the
   * union of the schemas those paths give it. A branch or item processor starts with the outer
   * variables (a distributed Map's with none).
   */
  readonly variables: ReadonlyMap<string, ZodType>;
  /** What the state hands on to its Next (never for Fail). */
  readonly output: ZodType;
  /**
   * Task, Pass and Parallel: the input after InputPath and Parameters (JSONata: the Arguments),
   * i.e. what the work (or each branch) receives. Map: the input after InputPath, which
   * ItemsPath and ItemSelector read.
   */
  readonly effectiveInput?: ZodType;
  /** Map: what each iteration of the item processor receives. */
  readonly itemInput?: ZodType;
  /** Task, Pass (JSONPath), Parallel and Map: the result before ResultSelector and ResultPath. */
  readonly result?: ZodType;
  /** Parts of this state's schemas that could not be worked out (and were taken as unknown). */
  readonly problems: readonly string[];
  /** JSONata states: the fields their expressions read that the schemas read from do not have. */
  readonly fieldMisses?: readonly FieldMiss[];
}

export interface FlowProblem {
  readonly state: string;
  readonly scope: string;
  readonly message: string;
}

export interface SchemaFlow {
  readonly workflow: string;
  /** Every state, in the order the IR lists them (a Parallel's or Map's states follow it). */
  readonly states: ReadonlyMap<string, StateSchemas>;
  /** What the execution returns: the union of what its terminal states hand on. */
  readonly output: ZodType;
  readonly problems: readonly FlowProblem[];
}
