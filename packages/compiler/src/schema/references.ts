/**
 * Any path a template or a state field may hold, resolved where it points: `$…` into the
 * payload, `$$…` into the context object, `$name…` into a workflow variable's schema (unknown
 * when the variable is not known there).
 */
import { z, type ZodType } from "zod";
import { contextSchemaAt } from "./context-object.ts";
import { parsePath } from "./json-path.ts";
import { resolved, unresolved, type Resolution } from "./resolution.ts";
import { schemaAt, walkSegments } from "./schema-at.ts";
import type { Variables } from "./variable-scope.ts";

/** What the paths of one template or field are read against. */
export interface ReferenceScope {
  readonly payload: ZodType;
  /** The context object's schema (see contextObjectSchema). */
  readonly context: ZodType;
  /** The workflow variables at the state (none when not given). */
  readonly variables?: Variables;
  /** What the author declared calls give, by their text (`States.StringToJson(text, schema)`). */
  readonly declared?: { readonly [text: string]: ZodType };
}

export function resolveReference(path: string, scope: ReferenceScope): Resolution {
  if (path.startsWith("$$")) return contextSchemaAt(scope.context, path);
  if (/^\$[A-Za-z_]/.test(path)) return variableSchemaAt(path, scope.variables);
  return schemaAt(scope.payload, path);
}

function variableSchemaAt(path: string, variables: Variables | undefined): Resolution {
  const parsed = parsePath(path);
  if (!parsed.ok) return unresolved(parsed.reason);
  if (parsed.root.kind !== "variable") return unresolved(`'${path}' is not a variable path`);
  const schema = variables?.get(parsed.root.name);
  // A variable not set on the way here is reported by the use-before-assignment check.
  if (!schema) return resolved(z.unknown());
  return walkSegments(schema, parsed.segments, `$${parsed.root.name}`);
}
