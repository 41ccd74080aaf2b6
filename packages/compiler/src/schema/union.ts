/**
 * Unions formed by the flow: where branches converge, and where a path reads through several
 * alternatives. Members are deduplicated structurally and kept in the order they arrive, so the
 * same workflow always gives the same union.
 */
import { z, type ZodType } from "zod";
import { defType, known } from "./schema-kinds.ts";
import { fingerprint } from "./schema-identity.ts";

/** Unions this module made: flattened into later unions (an author's own unions are kept whole). */
const formed = new WeakSet<object>();

export function unionOf(schemas: readonly ZodType[]): ZodType {
  const members: ZodType[] = [];
  const seen = new Set<string>();
  const add = (schema: ZodType): void => {
    if (formed.has(schema)) {
      for (const option of known(schema)._zod.def.type === "union" ? (schema as unknown as z.ZodUnion)._zod.def.options : []) add(option as unknown as ZodType);
      return;
    }
    if (defType(schema) === "never") return;
    const key = fingerprint(schema);
    if (seen.has(key)) return;
    seen.add(key);
    members.push(schema);
  };
  for (const schema of schemas) add(schema);
  // unknown and any take in every other member, as they do in TypeScript.
  const absorbing = members.find((m) => defType(m) === "any") ?? members.find((m) => defType(m) === "unknown");
  if (absorbing) return absorbing;
  if (members.length === 0) return z.never();
  if (members.length === 1) return members[0]!;
  const union = z.union(members as [ZodType, ZodType, ...ZodType[]]);
  formed.add(union);
  return union;
}
