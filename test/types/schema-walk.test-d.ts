/**
 * The schema walker's processor table lists every zod kind: a table that leaves one out (as a
 * new zod kind would be left out everywhere) does not compile, and each processor gets the
 * definition of its own kind.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { core } from "zod";
import type { Processors } from "../../packages/compiler/src/schema/walk/processors.ts";
import type { DefOf, SchemaKind } from "../../packages/compiler/src/schema/walk/schema-kind.ts";

const name = (def: { readonly type: string }) => def.type;

describe("the processor table", () => {
  it("is keyed by every kind zod defines", () => {
    expectTypeOf<keyof Processors<string, undefined>>().toEqualTypeOf<SchemaKind>();
    expectTypeOf<SchemaKind>().toEqualTypeOf<core.$ZodTypes["_zod"]["def"]["type"]>();
  });

  it("gives each processor its kind's definition", () => {
    expectTypeOf<Parameters<Processors<string, undefined>["object"]>[0]>().toEqualTypeOf<DefOf<"object">>();
    expectTypeOf<DefOf<"record">>().toHaveProperty("valueType");
  });

  it("refuses a table that leaves a kind out", () => {
    // @ts-expect-error Property 'custom' is missing in type
    const partial: Processors<string, undefined> = {
      string: name, number: name, bigint: name, boolean: name, date: name, symbol: name, undefined: name, null: name, any: name,
      unknown: name, never: name, void: name, nan: name, literal: name, enum: name, template_literal: name, file: name,
      success: name, array: name, object: name, union: name, intersection: name, tuple: name, record: name, map: name, set: name,
      promise: name, function: name, transform: name, lazy: name, optional: name, nullable: name, default: name,
      prefault: name, nonoptional: name, readonly: name, catch: name, pipe: name,
    };
    expectTypeOf(partial).not.toBeAny();
  });
});
