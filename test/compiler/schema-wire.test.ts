/**
 * zod schemas and the IR across the process boundary: what the loading process sends is plain
 * data (it survives structured clone), and the schemas rebuilt from it print the same types and
 * zod source as the originals, keep sharing, recursion and descriptions.
 */
import { describe, expect, it } from "vitest";
import { z, type ZodType } from "zod";
import { buildWorkflow, workflow } from "@aslc/dsl";
import { SchemaDecoder, SchemaEncoder } from "../../packages/compiler/src/load/isolate/schema-wire.ts";
import { irFromWire, irToWire } from "../../packages/compiler/src/load/isolate/ir-wire.ts";
import { nonJsonValues } from "../../packages/compiler/src/load/isolate/json-values.ts";
import { typeText } from "../../packages/compiler/src/emit/handlers/type-text.ts";
import { zodSource } from "../../packages/compiler/src/emit/handlers/zod-source.ts";
import { fingerprint } from "../../packages/compiler/src/schema/schema-identity.ts";
import { peel } from "../../packages/compiler/src/schema/schema-kinds.ts";

function roundTrip(schema: ZodType): ZodType {
  const encoder = new SchemaEncoder();
  const row = encoder.encode(schema);
  return new SchemaDecoder(structuredClone(encoder.table)).schema(row);
}

const kinds: Record<string, ZodType> = {
  string: z.string(),
  "string with checks": z.string().min(2).email(),
  number: z.number().int(),
  bigint: z.bigint(),
  boolean: z.boolean(),
  null: z.null(),
  undefined: z.undefined(),
  void: z.void(),
  never: z.never(),
  any: z.any(),
  unknown: z.unknown(),
  nan: z.nan(),
  literal: z.literal("a"),
  "literal of several values": z.literal(["a", 1, true]),
  "bigint literal": z.literal(5n),
  enum: z.enum(["x", "y"]),
  "enum with keys": z.enum({ A: "a", B: "b" }),
  object: z.object({ a: z.string(), b: z.number().optional() }),
  "strict object": z.strictObject({ a: z.string() }),
  "loose object": z.looseObject({ a: z.string() }),
  "object with catchall": z.object({ a: z.string() }).catchall(z.number()),
  array: z.array(z.string()),
  tuple: z.tuple([z.string(), z.number().optional()]),
  "tuple with rest": z.tuple([z.string()], z.boolean()),
  union: z.union([z.string(), z.object({ k: z.literal(1) })]),
  "discriminated union": z.discriminatedUnion("kind", [z.object({ kind: z.literal("a"), a: z.string() }), z.object({ kind: z.literal("b") })]),
  intersection: z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })),
  record: z.record(z.string(), z.number()),
  "partial record": z.partialRecord(z.enum(["a", "b"]), z.number()),
  nullable: z.string().nullable(),
  optional: z.string().optional(),
  default: z.number().default(3),
  prefault: z.string().prefault("x"),
  readonly: z.object({ a: z.string() }).readonly(),
  catch: z.string().catch("fallback"),
  nonoptional: z.string().optional().nonoptional(),
  "pipe into a transform": z.string().transform((s) => s.length),
  "pipe into a schema": z.string().pipe(z.string().min(1)),
  "template literal": z.templateLiteral(["order-", z.number()]),
  custom: z.custom<string>((v) => typeof v === "string"),
  lazy: z.lazy(() => z.object({ a: z.string() })),
  described: z.object({ id: z.string().describe("the order's id") }).describe("an order"),
};

describe("zod schemas round trip", () => {
  for (const [kind, schema] of Object.entries(kinds)) {
    it(`${kind}: same type text, zod source and identity`, () => {
      const rebuilt = roundTrip(schema);
      expect(rebuilt).not.toBe(schema);
      expect(typeText(rebuilt)).toBe(typeText(schema));
      expect(zodSource(rebuilt)).toBe(zodSource(schema));
      expect(peel(rebuilt).optional).toBe(peel(schema).optional);
      // Kinds defined by functions (lazy, transform, custom) are each their own identity.
      if (!fingerprint(schema).includes("#")) expect(fingerprint(rebuilt)).toBe(fingerprint(roundTrip(schema)));
    });
  }

  it("keeps descriptions", () => {
    const rebuilt = roundTrip(kinds.described!) as z.ZodObject;
    expect(rebuilt.description).toBe("an order");
    expect((rebuilt.shape.id as ZodType).description).toBe("the order's id");
  });

  it("sends a schema used twice once, and rebuilds it as one object", () => {
    const shared = z.object({ sku: z.string() });
    const encoder = new SchemaEncoder();
    const row = encoder.encode(z.object({ a: shared, b: z.array(shared) }));
    const rebuilt = new SchemaDecoder(structuredClone(encoder.table)).schema(row) as z.ZodObject;
    expect(encoder.table.filter((s) => s.def.type === "object")).toHaveLength(2);
    expect((rebuilt.shape.b as z.ZodArray).element).toBe(rebuilt.shape.a);
  });

  it("rebuilds recursive schemas, through z.lazy and through a getter in a shape", () => {
    const Tree: ZodType = z.lazy(() => z.object({ value: z.number(), children: z.array(Tree) }));
    const Node = z.object({
      name: z.string(),
      get next() {
        return Node.optional();
      },
    });
    for (const schema of [Tree, Node]) {
      const rebuilt = roundTrip(schema);
      expect(typeText(rebuilt)).toBe(typeText(schema));
      expect(zodSource(rebuilt)).toBe(zodSource(schema));
    }
  });

  it("a transform keeps its kind but never runs; checks keep their parameters but accept everything", () => {
    const transform = roundTrip(z.string().transform((s) => s.length)) as z.ZodPipe;
    expect(transform._zod.def.out._zod.def.type).toBe("transform");
    expect(() => transform.parse("abc")).toThrow(/does not run in the compiler/);
    const checked = roundTrip(z.string().min(5));
    expect(checked.parse("ab")).toBe("ab");
    expect(fingerprint(roundTrip(z.string().min(5)))).not.toBe(fingerprint(roundTrip(z.string().min(6))));
  });

  it("refuses rows of unknown kinds", () => {
    expect(() => new SchemaDecoder([{ def: { type: "evil" } }]).schema(0)).toThrow(/unknown schema kind/);
  });
});

describe("the IR round trip", () => {
  const chain = workflow("W", { input: z.object({ id: z.string().describe("id") }) })
    .pass("P", { result: { n: 1, list: [1, "two", null] }, resultPath: "$.p" })
    .parallel("Fan", [(b) => b.pass("Inner")]);

  it("sends plain data with call sites, and rebuilds an IR the compiler reads as the original", () => {
    const ir = buildWorkflow(chain);
    const { workflow: wire, problems } = irToWire(ir, "default");
    expect(problems).toEqual([]);
    const cloned = structuredClone(wire);
    const back = irFromWire(cloned);
    expect(back.exportName).toBe("default");
    expect(back.ir.states.map((s) => s.name)).toEqual(["P", "Fan"]);
    expect(back.ir.states[0]!.site).toEqual(ir.states[0]!.site);
    expect(back.ir.states[0]!.site?.file).toMatch(/schema-wire\.test\.ts$/);
    expect(typeText(back.ir.inputSchema)).toBe(typeText(ir.inputSchema));
    expect(JSON.stringify(back.ir.states)).toBe(JSON.stringify(ir.states));
  });

  it("refuses data that is not an IR", () => {
    const { workflow: wire } = irToWire(buildWorkflow(chain), "default");
    expect(() => irFromWire({ ...wire, ir: { ...wire.ir, states: [{ type: "Teleport", name: "X" }] } })).toThrow(/states\[0\]: not a state/);
    expect(() => irFromWire({ ...wire, ir: { ...wire.ir, comment: new Date(0) } })).toThrow(/comment: not JSON data/);
    expect(() => irFromWire({ ...wire, ir: { ...wire.ir, inputSchema: { $schema: 99 } } })).toThrow(/row 99/);
  });
});

describe("values JSON cannot carry", () => {
  it("names each with its path from the field", () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    const found = nonJsonValues({ v: 10n, items: [1, 2, undefined], deep: { when: new Date(0), "odd key": NaN }, cycle }, "Result");
    expect(found.map((f) => `${f.path}: ${f.what}`)).toEqual([
      "Result.v: a BigInt (10n)",
      "Result.items[2]: undefined",
      "Result.deep.when: a Date",
      'Result.deep["odd key"]: NaN',
      "Result.cycle.self: a circular reference (the value holds itself)",
    ]);
  });

  it("accepts JSON, objects without a prototype and `.$` keys", () => {
    expect(nonJsonValues({ "x.$": "$.a", list: [true, null, "s", 1.5], bare: Object.create(null) }, "Parameters")).toEqual([]);
  });
});
