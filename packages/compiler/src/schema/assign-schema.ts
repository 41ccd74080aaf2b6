/**
 * The variables an Assign sets, with their schemas. JSONPath: Assign is a payload template
 * (`"name.$": "$.path"`, intrinsics, `$other.field`) read like Parameters. JSONata: each value
 * is a JSONata value. Either way, every top-level key is a variable.
 */
import type { ZodType } from "zod";
import type { Json } from "@aslc/dsl";
import type { ReferenceScope } from "./references.ts";
import { known } from "./schema-kinds.ts";
import { templateSchema } from "./template-schema.ts";
import type { Variables } from "./variable-scope.ts";
import { NO_VARIABLES } from "./variable-scope.ts";

export function jsonPathAssigned(assign: Json | undefined, scope: ReferenceScope, field: string, problems: string[]): Variables {
  if (!isObject(assign)) return NO_VARIABLES;
  const derived = templateSchema(assign, scope, field);
  problems.push(...derived.problems);
  const def = known(derived.schema)._zod.def;
  if (def.type !== "object") return NO_VARIABLES;
  return new Map(Object.entries(def.shape as Record<string, ZodType>));
}

export function jsonataAssigned(assign: Json | undefined, evaluate: (value: Json, field: string) => ZodType, field: string): Variables {
  if (!isObject(assign)) return NO_VARIABLES;
  return new Map(Object.entries(assign).map(([name, value]) => [name, evaluate(value, `${field}.${name}`)]));
}

function isObject(json: Json | undefined): json is { readonly [key: string]: Json } {
  return json !== null && typeof json === "object" && !Array.isArray(json);
}
