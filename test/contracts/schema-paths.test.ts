/** Reading, writing and templating schemas by path, as ASL does with payloads. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { contextObjectSchema, contextSchemaAt, intrinsicSchema, resolveReference, schemaAt, schemaWith, templateSchema } from "@aslc/compiler/internal";
import { flat, found, reason } from "./support.ts";

const Order = z.object({
  id: z.string(),
  customer: z.object({ name: z.string(), address: z.object({ city: z.string() }).optional() }),
  items: z.array(z.object({ sku: z.string(), tags: z.array(z.string()) })),
  pair: z.tuple([z.string(), z.number()]),
  note: z.string().nullable(),
  meta: z.record(z.string(), z.number()),
  "odd key": z.boolean(),
  status: z.string().default("new"),
});

describe("schemaAt", () => {
  it("reads the whole payload, fields, indexes and quoted keys", () => {
    expect(found(schemaAt(Order, "$"))).toBe(flat(Order));
    expect(found(schemaAt(Order, "$.id"))).toBe("string");
    expect(found(schemaAt(Order, "$.customer.name"))).toBe("string");
    expect(found(schemaAt(Order, "$.items[0].sku"))).toBe("string");
    expect(found(schemaAt(Order, "$.pair[1]"))).toBe("number");
    expect(found(schemaAt(Order, "$['odd key']"))).toBe("boolean");
    expect(found(schemaAt(Order, "$.meta.anything"))).toBe("number");
  });

  it("collects wildcard matches into one flat array", () => {
    expect(found(schemaAt(Order, "$.items[*].sku"))).toBe("string[]");
    expect(found(schemaAt(Order, "$.items[*].tags[*]"))).toBe("string[]");
    expect(found(schemaAt(Order, "$.items[*].tags"))).toBe("string[][]");
    expect(found(schemaAt(Order, "$.items[0:2]"))).toBe("{ sku: string; tags: string[]; }[]");
    expect(found(schemaAt(Order, "$.items[?(@.sku == 'a')].sku"))).toBe("string[]");
    expect(found(schemaAt(Order, "$.pair[*]"))).toBe("(string | number)[]");
  });

  it("reads through optional, nullable and default wrappers; an optional parent makes the value optional", () => {
    expect(found(schemaAt(Order, "$.customer.address.city"))).toBe("string | undefined");
    expect(found(schemaAt(Order, "$.customer.address"))).toBe("{ city: string; } | undefined");
    expect(found(schemaAt(Order, "$.note"))).toBe("string | null");
    // A default fills the field when zod parses; the JSON that arrives may lack it.
    expect(found(schemaAt(Order, "$.status"))).toBe("string | undefined");
    expect(found(schemaAt(z.object({ a: z.union([z.object({ b: z.number() }), z.undefined()]) }), "$.a.b"))).toBe("number | undefined");
  });

  it("reads a field of every member of a union, and fails if a member lacks it", () => {
    const Shape = z.union([z.object({ kind: z.literal("a"), size: z.number() }), z.object({ kind: z.literal("b"), size: z.string() })]);
    expect(found(schemaAt(Shape, "$.kind"))).toBe('"a" | "b"');
    expect(found(schemaAt(Shape, "$.size"))).toBe("number | string");
    expect(reason(schemaAt(z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]), "$.a"))).toBe("$ has no field 'a'");
  });

  it("says why a path cannot be read", () => {
    expect(reason(schemaAt(Order, "$.missing"))).toBe("$ has no field 'missing'");
    expect(reason(schemaAt(Order, "$.items.sku"))).toBe("$.items is an array: select an element with $.items[0] before reading 'sku'");
    expect(reason(schemaAt(Order, "$.id.length"))).toBe("$.id is a string, so it has no field 'length'");
    expect(reason(schemaAt(Order, "$.customer[0]"))).toBe("$.customer is an object, so it cannot be indexed with [0]");
    expect(reason(schemaAt(Order, "$.pair[2]"))).toBe("$.pair has 2 items, so it has no item [2]");
    expect(reason(schemaAt(Order, "$..sku"))).toContain("deep scan");
    expect(reason(schemaAt(Order, "order.id"))).toContain("a path starts with '$'");
  });

  it("passes unknown and any through", () => {
    expect(found(schemaAt(z.object({ data: z.unknown() }), "$.data.a.b"))).toBe("unknown");
    expect(found(schemaAt(z.any(), "$.a[0]"))).toBe("any");
  });
});

describe("context paths", () => {
  const context = contextObjectSchema(Order);

  it("reads the execution, state, state machine and task fields", () => {
    expect(found(contextSchemaAt(context, "$$.Execution.Id"))).toBe("string");
    expect(found(contextSchemaAt(context, "$$.Execution.Input.customer.name"))).toBe("string");
    expect(found(contextSchemaAt(context, "$$.Execution.StartTime"))).toBe("string");
    expect(found(contextSchemaAt(context, "$$.Execution.RoleArn"))).toBe("string");
    expect(found(contextSchemaAt(context, "$$.State.RetryCount"))).toBe("number");
    expect(found(contextSchemaAt(context, "$$.State.EnteredTime"))).toBe("string");
    expect(found(contextSchemaAt(context, "$$.StateMachine.Name"))).toBe("string");
    expect(found(contextSchemaAt(context, "$$.Task.Token"))).toBe("string");
  });

  it("has Map.Item only where a Map builds an iteration's input", () => {
    const inMap = contextObjectSchema(Order, z.object({ sku: z.string() }));
    expect(found(contextSchemaAt(inMap, "$$.Map.Item.Value.sku"))).toBe("string");
    expect(found(contextSchemaAt(inMap, "$$.Map.Item.Index"))).toBe("number");
    expect(found(contextSchemaAt(inMap, "$$.Map.Item.Key"))).toBe("string");
    expect(reason(contextSchemaAt(context, "$$.Map.Item.Value"))).toBe("'$$.Map.Item.Value': $$.Map is set only in a Map state's ItemSelector");
  });

  it("resolves each kind of reference where it points", () => {
    const scope = { payload: z.object({ a: z.number() }), context };
    expect(found(resolveReference("$.a", scope))).toBe("number");
    expect(found(resolveReference("$$.Execution.Name", scope))).toBe("string");
    expect(found(resolveReference("$total.amount", scope))).toBe("unknown");
  });
});

describe("schemaWith (ResultPath)", () => {
  const Input = z.object({ a: z.string(), nested: z.object({ keep: z.number() }) });
  const Value = z.object({ ok: z.boolean() });

  it("replaces the payload at $ (or without a ResultPath) and keeps it for null", () => {
    expect(found(schemaWith(Input, "$", Value))).toBe("{ ok: boolean; }");
    expect(found(schemaWith(Input, undefined, Value))).toBe("{ ok: boolean; }");
    expect(found(schemaWith(Input, null, Value))).toBe(flat(Input));
  });

  it("writes a field, replacing one in place or adding one at the end", () => {
    expect(found(schemaWith(Input, "$.result", Value))).toBe("{ a: string; nested: { keep: number; }; result: { ok: boolean; }; }");
    expect(found(schemaWith(Input, "$.a", Value))).toBe("{ a: { ok: boolean; }; nested: { keep: number; }; }");
    expect(found(schemaWith(Input, "$.nested.extra", Value))).toBe("{ a: string; nested: { keep: number; extra: { ok: boolean; }; }; }");
  });

  it("creates the objects on the path", () => {
    expect(found(schemaWith(Input, "$.x.y.z", z.number()))).toBe("{ a: string; nested: { keep: number; }; x: { y: { z: number; }; }; }");
  });

  it("keeps the object's strictness and writes into every member of a union", () => {
    expect(found(schemaWith(z.looseObject({ a: z.string() }), "$.b", z.number()))).toBe("{ a: string; b: number; [key: string]: unknown; }");
    const Either = z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]);
    expect(found(schemaWith(Either, "$.c", z.boolean()))).toBe("{ a: string; c: boolean; } | { b: number; c: boolean; }");
  });

  it("refuses to write into arrays and scalars, or at indexes", () => {
    expect(reason(schemaWith(z.object({ list: z.array(z.string()) }), "$.list.x", z.number()))).toBe("ResultPath writes field 'x' into $.list, which is an array");
    expect(reason(schemaWith(Input, "$.a.b", z.number()))).toBe("ResultPath writes field 'b' into $.a, which is a string");
    expect(reason(schemaWith(Input, "$.list[0]", z.number()))).toContain("can only name object fields");
  });
});

describe("payload templates", () => {
  const scope = { payload: z.object({ id: z.string(), items: z.array(z.object({ price: z.number() })), name: z.string().optional() }), context: contextObjectSchema(z.object({ tenant: z.string() })) };

  it("makes plain JSON values literals and resolves .$ paths", () => {
    const out = templateSchema({ kind: "order", version: 2, live: true, none: null, list: [1, "a"], nested: { "id.$": "$.id" }, "prices.$": "$.items[*].price" }, scope);
    expect(out.problems).toEqual([]);
    expect(flat(out.schema)).toBe('{ kind: "order"; version: 2; live: true; none: null; list: [1, "a"]; nested: { id: string; }; prices: number[]; }');
  });

  it("resolves context paths and keeps optional values optional", () => {
    const out = templateSchema({ "token.$": "$$.Task.Token", "tenant.$": "$$.Execution.Input.tenant", "name.$": "$.name" }, scope);
    expect(flat(out.schema)).toBe("{ token: string; tenant: string; name?: string | undefined; }");
  });

  it("reports a path that does not resolve and types it unknown", () => {
    const out = templateSchema({ "x.$": "$.nope" }, scope, "Parameters");
    expect(flat(out.schema)).toBe("{ x: unknown; }");
    expect(out.problems).toEqual(["Parameters.x.$: $ has no field 'nope'"]);
  });

  it("types every intrinsic function", () => {
    const cases: [string, string][] = [
      ["States.Format('Order {} of {}', $.id, $$.Execution.Input.tenant)", "string"],
      ["States.JsonToString($.items)", "string"],
      ["States.Base64Encode($.id)", "string"],
      ["States.Base64Decode($.id)", "string"],
      ["States.Hash($.id, 'SHA-256')", "string"],
      ["States.UUID()", "string"],
      ["States.ArrayLength($.items)", "number"],
      ["States.MathAdd(States.ArrayLength($.items), -1)", "number"],
      ["States.MathRandom(1, 10)", "number"],
      ["States.ArrayContains($.items, 3)", "boolean"],
      ["States.ArrayRange(1, 9, 2)", "number[]"],
      ["States.StringSplit($.id, ',')", "string[]"],
      ["States.Array($.id, 1)", "(string | number)[]"],
      ["States.ArrayGetItem($.items, 0)", "{ price: number; }"],
      ["States.ArrayPartition($.items, 2)", "{ price: number; }[][]"],
      ["States.ArrayUnique($.items[*].price)", "number[]"],
      ["States.JsonMerge($.items[0], $$.Execution.Input, false)", "{ price: number; tenant: string; }"],
      ["States.StringToJson($.id)", "unknown"],
    ];
    for (const [expression, type] of cases) {
      const out = intrinsicSchema(expression, scope);
      expect(out.problems, expression).toEqual([]);
      expect(flat(out.schema), expression).toBe(type);
    }
  });

  it("reads escaped strings and nested calls, and reports what it cannot parse", () => {
    expect(flat(intrinsicSchema("States.Format('it\\'s {} \\{x\\}', States.UUID())", scope).schema)).toBe("string");
    expect(intrinsicSchema("States.Format('x', $.id", scope).problems[0]).toContain("is not an intrinsic function call");
    expect(intrinsicSchema("States.Nope($.id)", scope).problems).toEqual(["States.Nope is not an intrinsic function"]);
  });

  it("takes intrinsic fields in templates", () => {
    const out = templateSchema({ "count.$": "States.ArrayLength($.items)", "label.$": "States.Format('{}', $.id)" }, scope);
    expect(flat(out.schema)).toBe("{ count: number; label: string; }");
  });
});
