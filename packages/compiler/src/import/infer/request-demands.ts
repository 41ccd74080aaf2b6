/**
 * What a described integration's request says of the values a request reads: a field its
 * request schema takes as a string (an SNS Message, a DynamoDB TableName) is a string wherever
 * the `.$` path or the JSONata path that fills it reads it from.
 */
import type { Json } from "@aslc/dsl";
import type { ZodType } from "zod";
import { defType, known, peel } from "../../schema/schema-kinds.ts";
import type { Demand } from "./needs.ts";

/** A request value that is read at run time, and what the request needs it to be. */
export interface RequestRead {
  /** The `.$` path (JSONPath) or the `{% %}` value (JSONata). */
  readonly value: string;
  readonly demand: Demand;
}

/** The reads of a request template whose field the request schema types, at any depth of its objects. */
export function requestReads(template: Json | undefined, request: ZodType): RequestRead[] {
  const reads: RequestRead[] = [];
  const visit = (json: Json | undefined, schema: ZodType): void => {
    const shape = objectShape(schema);
    if (!shape || json === null || typeof json !== "object" || Array.isArray(json)) return;
    for (const [key, value] of Object.entries(json as { readonly [key: string]: Json })) {
      const name = key.endsWith(".$") ? key.slice(0, -2) : key;
      const field = Object.hasOwn(shape, name) ? shape[name] : undefined;
      if (!field) continue;
      const demand = demandOf(field);
      if (typeof value === "string" && demand && (key.endsWith(".$") || value.startsWith("{%"))) reads.push({ value, demand });
      else if (!key.endsWith(".$")) visit(value, field);
    }
  };
  visit(template, request);
  return reads;
}

function objectShape(schema: ZodType): Readonly<Record<string, ZodType>> | undefined {
  const def = known(peel(schema).schema)._zod.def;
  return def.type === "object" ? (def.shape as Record<string, ZodType>) : undefined;
}

/**
 * The kind a request field takes, where it takes every value of one: a plain string, number or
 * boolean. An enum, a literal or an array of some element would refuse a value of the bare kind,
 * where `unknown` is taken anywhere, so those say nothing.
 */
function demandOf(field: ZodType): Demand | undefined {
  const kind = defType(peel(field).schema);
  return kind === "string" || kind === "number" || kind === "boolean" ? kind : undefined;
}
