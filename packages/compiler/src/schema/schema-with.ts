/**
 * ResultPath: the payload after a value is written into it. `$` (or no ResultPath) replaces the
 * payload, null keeps it, `$.a.b` writes field b of a, creating the objects on the way. Only
 * the objects on the path are rebuilt; every other field keeps its schema and its place.
 */
import { z, type core, type ZodType } from "zod";
import { extendLabel, parsePath } from "./json-path.ts";
import { resolved, unresolved, type Resolution } from "./resolution.ts";
import { classic, describeSchema, known, peel } from "./schema-kinds.ts";
import { unionOf } from "./union.ts";

export function schemaWith(schema: ZodType, path: string | null | undefined, value: ZodType): Resolution {
  if (path === null) return resolved(schema);
  if (path === undefined || path === "$") return resolved(value);
  const parsed = parsePath(path);
  if (!parsed.ok) return unresolved(parsed.reason);
  if (parsed.root.kind !== "payload") return unresolved(`ResultPath '${path}' must be '$' or start with '$.'`);
  const names: string[] = [];
  for (const segment of parsed.segments) {
    if (segment.kind !== "field") return unresolved(`ResultPath '${path}' can only name object fields ($.a.b): indexes, wildcards and filters select no place to write`);
    names.push(segment.name);
  }
  return write(schema, names, value, "$");
}

function write(schema: ZodType, names: readonly string[], value: ZodType, here: string): Resolution {
  if (names.length === 0) return resolved(value);
  const [name, ...rest] = names as [string, ...string[]];
  const inner = known(peel(schema).schema);
  const def = inner._zod.def;
  const below = extendLabel(here, { kind: "field", name });
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, ZodType>;
      const child = Object.hasOwn(shape, name) ? shape[name]! : z.object({});
      const written = write(child, rest, value, below);
      if (!written.ok) return written;
      return resolved(withShape(def.catchall, { ...shape, [name]: written.schema }));
    }
    case "union": {
      const members: ZodType[] = [];
      for (const option of def.options.map(classic)) {
        const kind = known(peel(option).schema)._zod.def.type;
        if (kind === "null" || kind === "undefined") continue;
        const written = write(option, names, value, here);
        if (!written.ok) return written;
        members.push(written.schema);
      }
      return resolved(unionOf(members));
    }
    case "any":
    case "unknown":
    case "record": {
      // The fields already there are not known: keep room for them.
      const written = write(z.object({}), rest, value, below);
      if (!written.ok) return written;
      return resolved(z.looseObject({ [name]: written.schema }));
    }
    default:
      return unresolved(`ResultPath writes field '${name}' into ${here}, which is ${describeSchema(classic(inner))}`);
  }
}

/** An object schema with a new shape and the original's treatment of unknown keys. */
function withShape(catchall: core.$ZodType | undefined, shape: Record<string, ZodType>): ZodType {
  if (!catchall) return z.object(shape);
  const kind = known(catchall)._zod.def.type;
  if (kind === "never") return z.strictObject(shape);
  if (kind === "unknown") return z.looseObject(shape);
  return z.object(shape).catchall(classic(catchall));
}
