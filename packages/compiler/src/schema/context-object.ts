/**
 * Paths into the context object (`$$`), whose schema the DSL gives (`contextObjectSchema`);
 * `Map` exists only while a Map state builds each iteration's input (its ItemSelector).
 */
import type { ZodType } from "zod";
import { parsePath } from "./json-path.ts";
import { unresolved, type Resolution } from "./resolution.ts";
import { walkSegments } from "./schema-at.ts";

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
