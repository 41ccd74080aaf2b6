/**
 * Any path a template or a state field may hold, resolved where it points: `$…` into the
 * payload, `$$…` into the context object, `$name…` to a workflow variable (not typed: unknown).
 */
import { z, type ZodType } from "zod";
import { contextSchemaAt } from "./context-object.ts";
import { resolved, type Resolution } from "./resolution.ts";
import { schemaAt } from "./schema-at.ts";

/** What the paths of one template or field are read against. */
export interface ReferenceScope {
  readonly payload: ZodType;
  /** The context object's schema (see contextObjectSchema). */
  readonly context: ZodType;
}

export function resolveReference(path: string, scope: ReferenceScope): Resolution {
  if (path.startsWith("$$")) return contextSchemaAt(scope.context, path);
  if (/^\$[A-Za-z_]/.test(path)) return resolved(z.unknown());
  return schemaAt(scope.payload, path);
}
