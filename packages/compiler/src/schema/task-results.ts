/**
 * What a Task's work returns, before ResultSelector: the declared `result` schema, wrapped
 * the way the integration wraps it, or the result its descriptor gives. A callback task
 * (`.waitForTaskToken`) returns whatever SendTaskSuccess sends, so only the declared schema
 * describes it, with no wrapper.
 */
import { z, type ZodType } from "zod";
import { integrationDescriptor, type TaskNode } from "@aslc/dsl";

export function taskResultSchema(task: TaskNode): ZodType {
  const declared = task.resultSchema;
  const { pattern } = task.integration;
  if (pattern === "waitForTaskToken") return declared ?? z.unknown();
  const descriptor = integrationDescriptor(task.integration.descriptor);
  if (descriptor?.envelope) return descriptor.envelope(declared ?? z.unknown());
  return declared ?? descriptor?.results[pattern] ?? descriptor?.results["request-response"] ?? z.unknown();
}
