/** Chooses how an imported state names its work (see resource-call.ts). */
import type { TaskNode } from "@aslc/dsl";
import type { ZodType } from "zod";
import type { ResourceCall } from "./resource-call.ts";

/**
 * The typed helper call that emits the task's Resource and request exactly, and whose result
 * has every field `demanded` reads; undefined when none does, and the Resource is written as text.
 */
export function resourceCallFor(_task: TaskNode, _demanded?: ZodType): ResourceCall | undefined {
  return undefined;
}
