/**
 * The schemas an imported workflow declares, inferred from what its definition reads: the
 * workflow's input, and the result of each state that does work and names no typed result.
 */
import type { WorkflowIR } from "@aslc/dsl";
import { z, type ZodType } from "zod";

export interface InferredSchemas {
  /** The workflow's input. */
  readonly input: ZodType;
  /** By state name: the result its work returns (for lambda.invoke, the handler's return value, before the Payload wrapper). */
  readonly results: ReadonlyMap<string, ZodType>;
}

export function inferSchemas(_workflow: WorkflowIR): InferredSchemas {
  return { input: z.unknown(), results: new Map() };
}
