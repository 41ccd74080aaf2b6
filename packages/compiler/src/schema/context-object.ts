/**
 * The context object (`$$`) as a schema: what Step Functions tells a state about its execution.
 * Its shape follows the DSL's `ContextObject` type; `Map` exists only while a Map state builds
 * each iteration's input (its ItemSelector), where `$$.Map.Item.Value` is the item.
 */
import { z, type ZodType } from "zod";
import { parsePath } from "./json-path.ts";
import { unresolved, type Resolution } from "./resolution.ts";
import { walkSegments } from "./schema-at.ts";

export function contextObjectSchema(executionInput: ZodType, mapItem?: ZodType): ZodType {
  return z.object({
    Execution: z.object({
      Id: z.string(),
      Input: executionInput,
      Name: z.string(),
      RoleArn: z.string(),
      StartTime: z.string(),
      RedriveCount: z.number(),
      RedriveTime: z.string(),
    }),
    State: z.object({ EnteredTime: z.string(), Name: z.string(), RetryCount: z.number() }),
    StateMachine: z.object({ Id: z.string(), Name: z.string() }),
    Task: z.object({ Token: z.string() }),
    ...(mapItem ? { Map: z.object({ Item: z.object({ Index: z.number(), Value: mapItem, Key: z.string(), Source: z.string() }) }) } : {}),
  });
}

/** The schema at a context path (`$$.Execution.Input.orderId`, `$$.Task.Token`, `$$.Map.Item.Value`). */
export function contextSchemaAt(context: ZodType, path: string): Resolution {
  const parsed = parsePath(path);
  if (!parsed.ok) return unresolved(parsed.reason);
  if (parsed.root.kind !== "context") return unresolved(`'${path}' is not a context path: write $$.Execution.Id, $$.Task.Token, …`);
  const result = walkSegments(context, parsed.segments, "$$");
  const first = parsed.segments[0];
  if (!result.ok && first?.kind === "field" && first.name === "Map") {
    return unresolved(`'${path}': $$.Map is set only in a Map state's ItemSelector`);
  }
  return result;
}
