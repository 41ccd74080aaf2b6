// A Task's result schema is read from its definition (payload/schema-read.ts) rather than through
// zod's type of its JSON: the read must give the very same type as that JSON in canonical form,
// for every kind of schema, or payloads built from it would stop being identified by their contents.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import type { Canonical } from "../../packages/dsl/src/path/canonical.ts";
import type { JsonOf } from "../../packages/dsl/src/payload/json-side.ts";
import type { SchemaRead } from "../../packages/dsl/src/payload/schema-read.ts";
import { lambda, workflow, type PayloadOf } from "@aslc/dsl";

/** True only when A and B are the same type to tsc (not merely assignable both ways). */
type Identical<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/** Whether reading S from its definition gives the same type as its JSON in canonical form. */
type ReadsAsCanonical<S extends z.ZodType> = Identical<SchemaRead<S>, Canonical<JsonOf<S>>>;

const Line = z.object({ sku: z.string(), quantity: z.number() });

describe("a schema read from its definition is its JSON in canonical form", () => {
  test("objects: required, optional, defaulted, nullable and nullish fields", () => {
    const S = z.object({ a: z.string(), b: z.number().optional(), c: z.boolean().default(false), d: z.string().nullable(), e: z.number().nullish(), f: z.string().prefault("x") });
    expectTypeOf<ReadsAsCanonical<typeof S>>().toEqualTypeOf<true>();
  });

  test("nested objects, arrays of objects and of primitives, optional and nullable objects", () => {
    const S = z.object({ order: z.object({ id: z.string(), lines: z.array(Line) }), tags: z.array(z.string()), extra: Line.optional(), maybe: Line.nullable(), matrix: z.array(z.array(z.number())) });
    expectTypeOf<ReadsAsCanonical<typeof S>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsAsCanonical<z.ZodArray<typeof Line>>>().toEqualTypeOf<true>();
  });

  test("objects that take other fields, strict objects and the empty object", () => {
    expectTypeOf<ReadsAsCanonical<ReturnType<typeof z.looseObject<{ a: z.ZodString }>>>>().toEqualTypeOf<true>();
    const Catchall = z.object({ a: z.string() }).catchall(z.number());
    expectTypeOf<ReadsAsCanonical<typeof Catchall>>().toEqualTypeOf<true>();
    const Strict = z.strictObject({ a: z.string(), b: z.number().optional() });
    expectTypeOf<ReadsAsCanonical<typeof Strict>>().toEqualTypeOf<true>();
    const Empty = z.object({});
    expectTypeOf<ReadsAsCanonical<typeof Empty>>().toEqualTypeOf<true>();
  });

  test("other kinds: records, unions, enums, literals, tuples, transforms and pipes by their input", () => {
    const S = z.object({
      byId: z.record(z.string(), Line),
      either: z.union([Line, z.object({ code: z.number() })]),
      kind: z.discriminatedUnion("type", [z.object({ type: z.literal("a"), a: z.string() }), z.object({ type: z.literal("b"), b: z.number() })]),
      status: z.enum(["DONE", "PENDING"]),
      pair: z.tuple([z.string(), z.number()]),
      length: z.string().transform((text) => text.length),
      code: z.string().pipe(z.string().min(3)),
      anything: z.unknown(),
    });
    expectTypeOf<ReadsAsCanonical<typeof S>>().toEqualTypeOf<true>();
  });

  test("objects nested deeper than canonical form converts", () => {
    const Deep = z.object({ a: z.object({ b: z.object({ c: z.object({ d: z.object({ e: z.object({ f: z.object({ g: z.object({ h: z.object({ i: z.object({ j: z.object({ k: z.object({ l: z.object({ m: z.object({ n: z.string() }) }) }) }) }) }) }) }) }) }) }) }) }) });
    expectTypeOf<ReadsAsCanonical<typeof Deep>>().toEqualTypeOf<true>();
  });
});

describe("a Task's result as the chain reads it", () => {
  test("an inline result schema and a shared one give the same payload", () => {
    const Result = z.object({ ok: z.boolean(), note: z.string().optional() });
    const start = workflow("Results", { input: z.object({ id: z.string() }) });
    const inline = start.task("T", { resource: lambda.function("f"), result: z.object({ ok: z.boolean(), note: z.string().optional() }), resultPath: "$.r" });
    const shared = start.task("T", { resource: lambda.function("f"), result: Result, resultPath: "$.r" });
    expectTypeOf<PayloadOf<typeof inline>>().toEqualTypeOf<PayloadOf<typeof shared>>();
    expectTypeOf<PayloadOf<typeof inline>>().toEqualTypeOf<{ id: string; r: { ok: boolean; note?: string | undefined } }>();
  });
});
