/**
 * The schema of the object a payload template produces (Parameters, ResultSelector,
 * ItemSelector, BatchInput, a Lambda Payload). Plain JSON values become literals; `key.$`
 * fields hold a path, resolved against the payload or the context object, or an intrinsic
 * function, typed by what it returns.
 */
import { z, type ZodType } from "zod";
import type { Json } from "@aslc/dsl";
import { intrinsicSchema } from "./intrinsic-schema.ts";
import { resolveReference, type ReferenceScope } from "./references.ts";
import type { Derived } from "./resolution.ts";

/** `field` names the template in problems ("Parameters", "ResultSelector", …). */
export function templateSchema(template: Json, scope: ReferenceScope, field = "template"): Derived {
  const problems: string[] = [];
  return { schema: value(template, scope, problems, field), problems };
}

/** A JSON value with no `.$` fields (a Pass state's Result) as literal schemas. */
export function jsonSchema(json: Json): ZodType {
  return value(json, undefined, [], "value");
}

function value(json: Json, scope: ReferenceScope | undefined, problems: string[], where: string): ZodType {
  if (json === null) return z.null();
  if (typeof json !== "object") return z.literal(json);
  if (Array.isArray(json)) {
    const items = (json as readonly Json[]).map((item, i) => value(item, scope, problems, `${where}[${i}]`));
    return z.tuple(items as [ZodType, ...ZodType[]]);
  }
  const shape: Record<string, ZodType> = {};
  for (const [key, item] of Object.entries(json as { readonly [key: string]: Json })) {
    if (scope && key.endsWith(".$")) {
      const name = key.slice(0, -2);
      shape[name] = dynamic(item, scope, problems, `${where}.${key}`);
    } else {
      shape[key] = value(item, scope, problems, `${where}.${key}`);
    }
  }
  return z.object(shape);
}

/** The value of a `.$` field: a path or an intrinsic expression. */
function dynamic(item: Json, scope: ReferenceScope, problems: string[], where: string): ZodType {
  if (typeof item !== "string") {
    problems.push(`${where} holds ${JSON.stringify(item)}; a field ending in .$ takes a path or an intrinsic function`);
    return z.unknown();
  }
  const derived = item.startsWith("States.") ? intrinsicSchema(item, scope) : fromPath(item, scope);
  for (const problem of derived.problems) problems.push(`${where}: ${problem}`);
  return derived.schema;
}

function fromPath(path: string, scope: ReferenceScope): Derived {
  const found = resolveReference(path, scope);
  return found.ok ? { schema: found.schema, problems: [] } : { schema: z.unknown(), problems: [found.reason] };
}
