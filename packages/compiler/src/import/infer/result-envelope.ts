/**
 * The envelope a task's work returns its value in (lambda:invoke's, with the value at
 * `Payload`), undefined when it returns the value itself: the inferred result is the value
 * inside, as a handler returns it.
 */
import { integrationDescriptor, type IntegrationDescriptor, type TaskNode } from "@aslc/dsl";

export function resultEnvelope(task: TaskNode): IntegrationDescriptor["envelope"] {
  if (task.integration.pattern === "waitForTaskToken") return undefined;
  const { kind, descriptor } = task.integration;
  // A lambda:invoke the IR names no descriptor for is still the lambda:invoke integration, whose result is the envelope.
  return integrationDescriptor(descriptor ?? (kind === "lambda-invoke" ? "lambda:invoke" : undefined))?.envelope;
}
