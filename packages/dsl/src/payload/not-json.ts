/**
 * Values a zod schema can describe but JSON cannot carry. Payloads, execution inputs and Lambda
 * results travel as JSON, so a schema holding one of these kinds promises a value that never
 * arrives (a Date arrives as a string, a Map as `{}`, NaN as null, a bigint not at all). The
 * compiler refuses such schemas at any depth, with what to use instead; the types refuse the
 * kinds TypeScript can tell apart.
 */
import type { Fields } from "../path/fields.ts";
import type { JsonOf, SchemaType } from "./json-side.ts";
import type { SchemaRead } from "./schema-read.ts";
import type { Problem } from "./template-types.ts";

/** What to write instead of each zod kind JSON cannot carry (keyed by `schema._zod.def.type`). */
export const NOT_JSON_KINDS = {
  date: "z.date() is not JSON: use z.iso.datetime() (a string)",
  bigint: "z.bigint() is not JSON: use z.number(), or a string of digits (z.string().regex(/^-?\\d+$/))",
  map: "z.map() is not JSON: use z.record(keys, values) (an object), or an array of [key, value] tuples",
  set: "z.set() is not JSON: use z.array()",
  symbol: "z.symbol() is not JSON: use z.string() or z.enum([…])",
  function: "z.function() is not JSON: a payload holds data only; leave the field out",
  promise: "z.promise() is not JSON: describe the value it resolves to",
  undefined: "z.undefined() is not JSON: make the field optional (.optional()), or use z.null()",
  void: "z.void() is not JSON: make the field optional (.optional()), or use z.null()",
  nan: "z.nan() is not JSON (NaN is sent as null): use z.number() or z.null()",
  custom: "z.custom() cannot be checked against JSON: describe the JSON with z.object(), z.string(), z.number(), …",
  file: "z.file() is not JSON: send a string (z.base64()) or where the file is stored (an S3 bucket and key)",
} as const;

export type NotJsonKind = keyof typeof NOT_JSON_KINDS;

/** A literal value JSON cannot carry (`z.literal(1n)`, `z.literal(undefined)`). */
export const NOT_JSON_LITERAL = "a bigint or undefined literal is not JSON: use a string, number, boolean or null literal";

/** What `z.file()` gives, told by its shape: the `File` class is not declared in every program. */
interface FileLike {
  arrayBuffer(): unknown;
  stream(): unknown;
  slice(...args: never): unknown;
}

/**
 * Plain JSON, for the common case: one assignability check (which tsc caches) instead of a walk.
 * Object type literals (what zod infers) fit the index signature; Date, Map and other interfaces
 * do not, and are then looked for field by field.
 */
type PlainJson = string | number | boolean | null | undefined | readonly PlainJson[] | { readonly [key: string]: PlainJson };

/**
 * Plain JSON in canonical form (path/fields.ts), for the common case read from the schema as the
 * builder reads it anyway (schema-read.ts): zod's own input type is built only for a schema that
 * fails this test, to find the fields to name.
 */
type CanonicalJson = string | number | boolean | null | undefined | readonly CanonicalJson[] | Fields<readonly [string, CanonicalJson] | readonly [string, CanonicalJson, true]>;

/** Deeper (or recursive) types are not searched by the types; the compiler searches them all. */
type MaxDepth = 8;

/** The messages for the values of T that JSON cannot carry (never when there are none). */
type NotJsonIn<T, Path extends string, Depth extends unknown[] = []> = 0 extends 1 & T
  ? never
  : Depth["length"] extends MaxDepth
    ? never
    : T extends string | number | boolean | null | undefined
      ? never
      : T extends Date
        ? `${Path}: ${(typeof NOT_JSON_KINDS)["date"]}`
        : T extends bigint
          ? `${Path}: ${(typeof NOT_JSON_KINDS)["bigint"]}`
          : T extends ReadonlyMap<unknown, unknown>
            ? `${Path}: ${(typeof NOT_JSON_KINDS)["map"]}`
            : T extends ReadonlySet<unknown>
              ? `${Path}: ${(typeof NOT_JSON_KINDS)["set"]}`
              : T extends symbol
                ? `${Path}: ${(typeof NOT_JSON_KINDS)["symbol"]}`
                : T extends (...args: never) => unknown
                  ? `${Path}: ${(typeof NOT_JSON_KINDS)["function"]}`
                  : T extends PromiseLike<unknown>
                    ? `${Path}: ${(typeof NOT_JSON_KINDS)["promise"]}`
                    : T extends FileLike
                      ? `${Path}: ${(typeof NOT_JSON_KINDS)["file"]}`
                      : T extends readonly unknown[]
                        ? NotJsonIn<T[number], `${Path}[]`, [...Depth, 1]>
                        : T extends object
                          ? { [K in keyof T & string]-?: NotJsonIn<T[K], Path extends "" ? K : `${Path}.${K}`, [...Depth, 1]> }[keyof T & string]
                          : never;

/**
 * The check on an option holding a schema (`input`, `itemSchema`): a Problem naming each field
 * whose value JSON cannot carry, nothing when the schema is JSON. For a schema whose JSON the
 * chain reads as zod types it (the workflow's input), from that type.
 */
export type JsonSchemaCheck<O, K extends string, What extends string> = O extends { readonly [P in K]: infer S extends SchemaType }
  ? JsonOf<S> extends PlainJson
    ? unknown
    : NotJsonProblem<S, K, What>
  : unknown;

/**
 * JsonSchemaCheck for a schema the builder reads in canonical form (a Task's `result`): tested in
 * that form, so that zod's own type of the schema's JSON is built only for a schema that fails.
 */
export type ReadSchemaCheck<O, K extends string, What extends string> = O extends { readonly [P in K]: infer S extends SchemaType }
  ? SchemaRead<S> extends CanonicalJson
    ? unknown
    : NotJsonProblem<S, K, What>
  : unknown;

/** The Problem on option K naming each field of S's JSON that JSON cannot carry; nothing when there is none. */
type NotJsonProblem<S extends SchemaType, K extends string, What extends string> =
  NotJsonIn<JsonOf<S>, ""> extends infer M extends string
    ? [M] extends [never]
      ? unknown
      : { readonly [P in K]: Problem<M extends `: ${infer Rest}` ? `${What}: ${Rest}` : `${What}, field ${M}`> }
    : unknown;
