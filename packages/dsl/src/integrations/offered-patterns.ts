/**
 * The patterns a described integration offers, read from its descriptor: request-response
 * always, `.sync` and `.sync:2` where the descriptor gives their result, `.waitForTaskToken`
 * where it has a callback. Step Functions refuses any other pattern when the state machine is
 * created (AWS's "Optimized integrations" table lists the patterns of each service).
 */
import type { IntegrationDescriptor, Pattern } from "./descriptor.ts";

const PATTERNS: readonly Pattern[] = ["request-response", "sync", "sync:2", "waitForTaskToken"];

export function offersPattern(descriptor: IntegrationDescriptor, pattern: Pattern): boolean {
  if (pattern === "request-response") return true;
  if (pattern === "waitForTaskToken") return descriptor.callback;
  return descriptor.results[pattern] !== undefined;
}

export function offeredPatterns(descriptor: IntegrationDescriptor): Pattern[] {
  return PATTERNS.filter((pattern) => offersPattern(descriptor, pattern));
}
