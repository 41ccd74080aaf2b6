/**
 * zod schemas across a process boundary. A schema is an object graph with functions in it, so
 * the loading process sends a plain, tagged copy of each schema's definition (`_zod.def`), and
 * the compiler rebuilds real schemas from it with zod's own constructors.
 *
 * Every schema of a workflow goes into one table; a schema used twice is sent once, and every
 * place that holds it refers to its row (`{ $s: row }`), so sharing and recursion (lazy schemas
 * that refer to themselves) survive the trip.
 *
 * What cannot cross is what only functions hold:
 * - a transform keeps its kind but its function throws: the compiler never runs it, and a pipe
 *   into a transform already reads as unknown (see `peel`);
 * - a custom schema (`z.custom`, `z.instanceof`) accepts everything;
 * - refinements and string formats keep their parameters (so two schemas that differ only by
 *   their checks still differ), but do not check anything;
 * - `catch` falls back to undefined; `default` keeps its value when it is data.
 * Descriptions cross (the contracts print them); other metadata does not.
 */
import { z, type core } from "zod";
import type { SchemaWalker, Walk } from "../../schema/walk/processors.ts";
import type { SchemaDef } from "../../schema/walk/schema-kind.ts";
import { walkSchema } from "../../schema/walk/walk.ts";

/** A value in a definition: JSON, with tags for what JSON cannot hold. */
export type WireValue =
  | string
  | number
  | boolean
  | null
  | WireValue[]
  | { readonly $s: number }
  | { readonly $o: { readonly [key: string]: WireValue } }
  | { readonly $u: 1 }
  | { readonly $b: string }
  | { readonly $n: "NaN" | "Infinity" | "-Infinity" }
  | { readonly $r: readonly [source: string, flags: string] };

/** One schema: its definition's keys (functions left out) and its description. */
export interface WireSchema {
  readonly def: { readonly [key: string]: WireValue };
  readonly description?: string;
}

/** The schemas of one workflow; IR fields refer to rows by index. */
export type SchemaTable = WireSchema[];

interface AnySchema {
  readonly _zod: { readonly def: Record<string, unknown> };
  readonly description?: unknown;
}

function isSchema(value: unknown): value is AnySchema {
  return typeof value === "object" && value !== null && "_zod" in value && typeof (value as AnySchema)._zod?.def === "object";
}

/** Lazy schemas are unfolded once each; a getter that keeps building new schemas stops here. */
const MAX_ROWS = 10_000;

type EncodeWalk = Walk<number, undefined>;
type Encode = (def: SchemaDef, context: undefined, walk: EncodeWalk, schema: core.$ZodType) => number;

/** Fills a table with schemas (in the loading process). */
export class SchemaEncoder {
  readonly table: SchemaTable = [];
  private readonly rows = new Map<object, number>();
  private readonly walker: SchemaWalker<number, undefined>;

  constructor() {
    // Every kind crosses as its definition. A lazy one's getter runs here, once, so the other side
    // needs no function; the copy zod caches of what it made (`_cachedInner`) stays behind, as the
    // getter's row says the same, and rebuilding it eagerly would never end for a lazy schema that holds itself.
    const definition: Encode = (def, _context, walk, schema) => this.fill(schema, def, walk);
    const lazy: Encode = (def, _context, walk, schema) =>
      this.fill(schema, def, walk, { getter: { $s: walk((schema as core.$ZodLazy)._zod.innerType, undefined) }, _cachedInner: undefined });
    this.walker = {
      kinds: {
        string: definition, number: definition, bigint: definition, boolean: definition, date: definition, symbol: definition,
        undefined: definition, null: definition, any: definition, unknown: definition, never: definition, void: definition,
        nan: definition, literal: definition, enum: definition, template_literal: definition, file: definition, success: definition,
        array: definition, object: definition, union: definition, intersection: definition, tuple: definition, record: definition,
        map: definition, set: definition, promise: definition, function: definition, custom: definition, transform: definition,
        optional: definition, nullable: definition, default: definition, prefault: definition, nonoptional: definition,
        readonly: definition, catch: definition, pipe: definition, lazy,
      },
      // A schema that holds itself refers to its own row, taken before its parts were encoded.
      reference: ({ schema }) => this.rows.get(schema)!,
      around: (schema, _context, process) => {
        // A schema used twice is sent once: every later place refers to its row.
        const known = this.rows.get(schema);
        if (known !== undefined) return known;
        if (this.table.length >= MAX_ROWS) throw new RangeError(`a schema holds more than ${MAX_ROWS} schemas (a lazy schema that builds a new schema each time?)`);
        this.rows.set(schema, this.table.length);
        this.table.push({ def: {} });
        return process();
      },
    };
  }

  /** The row of a schema, adding it (and every schema it holds) when new. */
  encode(schema: unknown): number {
    if (!isSchema(schema)) throw new TypeError("not a zod schema");
    return walkSchema(this.walker, schema as unknown as core.$ZodType, undefined);
  }

  /** Writes a schema's row: its definition's keys (functions left out) and its description. */
  private fill(schema: core.$ZodType, source: SchemaDef, walk: EncodeWalk, made: Record<string, WireValue | undefined> = {}): number {
    const row = this.rows.get(schema)!;
    const fields = source as unknown as Record<string, unknown>;
    const def: Record<string, WireValue> = {};
    for (const key of Object.keys(fields)) {
      if (Object.hasOwn(made, key)) {
        // Encoded by the kind's processor, or (undefined) left out.
        if (made[key] !== undefined) def[key] = made[key];
        continue;
      }
      const value = key === "checks" ? (fields.checks as AnySchema[]).map((check): WireValue => this.data(check._zod.def, walk) ?? { $u: 1 }) : this.value(fields[key], walk);
      if (value !== undefined) def[key] = value;
    }
    const description = (schema as { readonly description?: unknown }).description;
    this.table[row] = typeof description === "string" ? { def, description } : { def };
    return row;
  }

  private value(value: unknown, walk: EncodeWalk): WireValue | undefined {
    if (isSchema(value)) return { $s: walk(value as unknown as core.$ZodType, undefined) };
    if (Array.isArray(value)) return value.map((v): WireValue => this.value(v, walk) ?? { $u: 1 });
    if (value !== null && typeof value === "object" && !(value instanceof RegExp)) {
      const out: Record<string, WireValue> = {};
      for (const key of Object.keys(value)) {
        const v = this.value((value as Record<string, unknown>)[key], walk);
        if (v !== undefined) out[key] = v;
      }
      return { $o: out };
    }
    return this.data(value, walk);
  }

  /** Plain data (literal values, defaults, check parameters); functions and other objects are left out. */
  private data(value: unknown, walk: EncodeWalk): WireValue | undefined {
    switch (typeof value) {
      case "string":
      case "boolean":
        return value;
      case "number":
        return Number.isFinite(value) ? value : { $n: String(value) as "NaN" };
      case "bigint":
        return { $b: String(value) };
      case "undefined":
        return { $u: 1 };
      case "object":
        if (value === null) return null;
        if (value instanceof RegExp) return { $r: [value.source, value.flags] };
        if (isSchema(value)) return { $s: walk(value as unknown as core.$ZodType, undefined) };
        return this.value(value, walk);
      default:
        return undefined;
    }
  }
}

/** zod's classes by definition type. */
const CLASSES: Record<string, new (def: never) => z.ZodType> = {
  string: z.ZodString, number: z.ZodNumber, bigint: z.ZodBigInt, boolean: z.ZodBoolean, date: z.ZodDate, symbol: z.ZodSymbol,
  undefined: z.ZodUndefined, null: z.ZodNull, any: z.ZodAny, unknown: z.ZodUnknown, never: z.ZodNever, void: z.ZodVoid,
  nan: z.ZodNaN, array: z.ZodArray, object: z.ZodObject, union: z.ZodUnion, intersection: z.ZodIntersection, tuple: z.ZodTuple,
  record: z.ZodRecord, map: z.ZodMap, set: z.ZodSet, enum: z.ZodEnum, literal: z.ZodLiteral, file: z.ZodFile,
  transform: z.ZodTransform, optional: z.ZodOptional, nullable: z.ZodNullable, default: z.ZodDefault, prefault: z.ZodPrefault,
  nonoptional: z.ZodNonOptional, success: z.ZodSuccess, catch: z.ZodCatch, pipe: z.ZodPipe, readonly: z.ZodReadonly,
  template_literal: z.ZodTemplateLiteral, lazy: z.ZodLazy, promise: z.ZodPromise, function: z.ZodFunction, custom: z.ZodCustom,
} as unknown as Record<string, new (def: never) => z.ZodType>;

/** The functions a kind needs, which could not cross (see the module comment). */
const STAND_INS: Record<string, Record<string, unknown>> = {
  transform: {
    transform: () => {
      throw new Error("a transform of a workflow module does not run in the compiler");
    },
  },
  custom: { fn: () => true },
  catch: { catchValue: () => undefined },
};

/** A check that keeps its parameters (for schema identity) and accepts every value. */
function inertCheck(def: unknown) {
  return { _zod: { def, check: () => undefined, onattach: [] } };
}

/** Rebuilds real zod schemas from a table (in the compiler). */
export class SchemaDecoder {
  private readonly built: (z.ZodType | undefined)[];

  constructor(private readonly table: SchemaTable) {
    this.built = new Array(table.length);
  }

  schema(row: number): z.ZodType {
    const done = this.built[row];
    if (done) return done;
    const wire = this.table[row];
    if (!wire) throw new RangeError(`schema row ${row} is missing`);
    const type = wire.def.type;
    const Class = typeof type === "string" ? CLASSES[type] : undefined;
    if (!Class) throw new TypeError(`unknown schema kind ${JSON.stringify(type)}`);
    const def: Record<string, unknown> = { ...STAND_INS[type as string] };
    // Rows refer to each other lazily: a recursive schema's getter reaches its own row later.
    for (const [key, value] of Object.entries(wire.def)) {
      if (key === "getter") def.getter = () => this.schema((value as { $s: number }).$s);
      else if (key === "checks") def.checks = (value as WireValue[]).map((check) => inertCheck(this.value(check)));
      else def[key] = this.value(value);
    }
    const schema = new Class(def as never);
    this.built[row] = schema;
    if (wire.description !== undefined) z.globalRegistry.add(schema, { description: wire.description });
    return schema;
  }

  private value(value: WireValue): unknown {
    if (Array.isArray(value)) return value.map((v) => this.value(v));
    if (value === null || typeof value !== "object") return value;
    if ("$s" in value) return this.schema(value.$s);
    if ("$o" in value) return this.object(value.$o);
    if ("$u" in value) return undefined;
    if ("$b" in value) return BigInt(value.$b);
    if ("$n" in value) return Number(value.$n);
    if ("$r" in value) return new RegExp(value.$r[0], value.$r[1]);
    throw new TypeError("unknown value tag");
  }

  /**
   * An object of the definition (an object's shape, an enum's entries). Entries that are
   * schemas are read when first asked for, as zod's own getters in a shape are, so a schema
   * that holds itself through its shape can be rebuilt.
   */
  private object(entries: { readonly [key: string]: WireValue }): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, wire] of Object.entries(entries)) {
      if (wire === null || typeof wire !== "object" || !("$s" in wire)) {
        out[key] = this.value(wire);
        continue;
      }
      Object.defineProperty(out, key, {
        enumerable: true,
        configurable: true,
        get: () => {
          const schema = this.schema(wire.$s);
          Object.defineProperty(out, key, { value: schema, enumerable: true, writable: true, configurable: true });
          return schema;
        },
      });
    }
    return out;
  }
}
