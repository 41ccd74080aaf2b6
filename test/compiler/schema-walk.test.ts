/**
 * The one walker over zod schemas and its processors. Its cycle policy: a schema met again while
 * it is being processed is a reference (numbered by the order the walk first met it); a schema
 * met again elsewhere (shared, not a cycle) is processed again in its new place. Each processor
 * set (type text, zod source, identity, peeling, absence, kind names, JSON-ness, path reads) is
 * checked on a recursive schema through z.lazy, a shared schema, and cycles through a record and
 * through a union.
 */
import { describe, expect, it } from "vitest";
import { z, type core, type ZodType } from "zod";
import { typeText } from "../../packages/compiler/src/emit/handlers/type-text.ts";
import { zodSource } from "../../packages/compiler/src/emit/handlers/zod-source.ts";
import { readField } from "../../packages/compiler/src/schema/field-read.ts";
import { schemaAt } from "../../packages/compiler/src/schema/schema-at.ts";
import { schemaWith } from "../../packages/compiler/src/schema/schema-with.ts";
import { fingerprint } from "../../packages/compiler/src/schema/schema-identity.ts";
import { defType, describeSchema, mayBeAbsent, peel } from "../../packages/compiler/src/schema/schema-kinds.ts";
import type { Processors, SchemaWalker, Walk } from "../../packages/compiler/src/schema/walk/processors.ts";
import type { SchemaDef, SchemaKind } from "../../packages/compiler/src/schema/walk/schema-kind.ts";
import { walkSchema } from "../../packages/compiler/src/schema/walk/walk.ts";
import { notJson } from "../../packages/compiler/src/validate/json-schemas.ts";
import { SchemaDecoder, SchemaEncoder } from "../../packages/compiler/src/load/isolate/schema-wire.ts";

/** A tree whose children are trees, through z.lazy. */
const Tree: ZodType = z.lazy(() => z.object({ value: z.number(), children: z.array(Tree) }));
/** One schema in two places, which is no cycle. */
const Money = z.object({ amount: z.number(), at: z.date() });
const Invoice = z.object({ total: Money, lines: z.array(Money) });
/** A cycle through a record's values. */
const Folder: ZodType = z.lazy(() => z.object({ name: z.string(), entries: z.record(z.string(), Folder) }));
/** A cycle through a union: a linked list ends in null. */
const List: ZodType = z.lazy(() => z.union([z.null(), z.object({ head: z.string(), tail: List })]));
/** A union that holds itself directly. */
const Loop: ZodType = z.lazy(() => z.union([z.object({ a: z.string() }), z.undefined(), Loop]));

const KINDS: readonly SchemaKind[] = [
  ...["string", "number", "bigint", "boolean", "date", "symbol", "undefined", "null", "any", "unknown", "never", "void", "nan"],
  ...["literal", "enum", "template_literal", "file", "success", "array", "object", "union", "intersection", "tuple", "record"],
  ...["map", "set", "promise", "function", "custom", "transform", "lazy", "optional", "nullable", "default", "prefault"],
  ...["nonoptional", "readonly", "catch", "pipe"],
] as const;

/**
 * A walker that writes down what it meets: each schema's kind and what it holds, and `@n` for a
 * reference to the schema numbered n.
 */
function trace(schema: ZodType): string {
  const parts = (def: Record<string, unknown>): core.$ZodType[] => {
    const found: core.$ZodType[] = [];
    for (const key of ["innerType", "element", "in", "keyType", "valueType", "left", "right"]) if (def[key]) found.push(def[key] as core.$ZodType);
    for (const key of ["options", "items"]) if (Array.isArray(def[key])) found.push(...(def[key] as core.$ZodType[]));
    if (def.shape) found.push(...Object.values(def.shape as Record<string, core.$ZodType>));
    return found;
  };
  const generic = (def: SchemaDef, _context: undefined, walk: Walk<string, undefined>, self: core.$ZodType): string => {
    const inner = def.type === "lazy" ? [(self as core.$ZodLazy)._zod.innerType] : parts(def as unknown as Record<string, unknown>);
    return inner.length === 0 ? def.type : `${def.type}(${inner.map((s) => walk(s, undefined)).join(" ")})`;
  };
  const kinds = Object.fromEntries(KINDS.map((kind) => [kind, generic])) as unknown as Processors<string, undefined>;
  const walker: SchemaWalker<string, undefined> = { kinds, reference: ({ id }) => `@${id}` };
  return walkSchema(walker, schema, undefined);
}

describe("the walk's one cycle policy", () => {
  it("a recursive schema through z.lazy: met again while processed, it is a reference to its number", () => {
    expect(trace(Tree)).toBe("lazy(object(number array(@0)))");
  });

  it("a schema shared in two places is no cycle: each place processes it", () => {
    expect(trace(Invoice)).toBe("object(object(number date) array(object(number date)))");
  });

  it("a cycle through a record and through a union", () => {
    expect(trace(Folder)).toBe("lazy(object(string record(string @0)))");
    expect(trace(List)).toBe("lazy(union(null object(string @0)))");
    expect(trace(Loop)).toBe("lazy(union(object(string) undefined @0))");
  });

  it("numbers references by the order the walk first met the schema, not by depth", () => {
    const Node: ZodType = z.lazy(() => z.object({ tree: Tree, next: Node.optional() }));
    // Node is 0; its object 1, then Tree 2: a tree's children refer to 2, the next node to 0.
    expect(trace(Node)).toBe("lazy(object(lazy(object(number array(@2))) optional(@0)))");
  });

  it("a walk of the input side reads a coercion as z.unknown(); other walks read it as its kind", () => {
    const count = z.coerce.number().describe("a count");
    expect(typeText(z.object({ count }))).toBe("{\n  /** a count */\n  count: unknown;\n}");
    expect(zodSource(count)).toBe("z.unknown()");
    expect(describeSchema(count)).toBe("a unknown value");
    expect(notJson(z.coerce.bigint())).toEqual([]);
    expect(fingerprint(count)).toMatch(/^number\(.*coerce=true/);
  });

  it("refuses a kind no processor knows, saying which", () => {
    const strange = { _zod: { def: { type: "strange" } } } as unknown as ZodType;
    expect(() => typeText(strange)).toThrow('unknown schema kind "strange"');
  });
});

describe("each processor on the same schemas", () => {
  it("type text: a schema prints as unknown where it recurs inside itself, a shared one in full each time", () => {
    expect(typeText(Tree)).toBe("{\n  value: number;\n  children: unknown[];\n}");
    expect(typeText(Invoice)).toBe("{\n  total: {\n    amount: number;\n    at: unknown;\n  };\n  lines: {\n    amount: number;\n    at: unknown;\n  }[];\n}");
    expect(typeText(Folder)).toBe("{\n  name: string;\n  entries: Record<string, unknown>;\n}");
    expect(typeText(List)).toBe("null | {\n  head: string;\n  tail: unknown;\n}");
    expect(typeText(Loop)).toBe("{\n  a: string;\n} | undefined | unknown");
  });

  it("zod source: the same, as z.unknown()", () => {
    expect(zodSource(Tree)).toBe("z.object({\n  value: z.number(),\n  children: z.array(z.unknown()),\n})");
    expect(zodSource(Invoice)).toBe(
      "z.object({\n  total: z.object({\n    amount: z.number(),\n    at: z.unknown(),\n  }),\n  lines: z.array(z.object({\n    amount: z.number(),\n    at: z.unknown(),\n  })),\n})",
    );
    expect(zodSource(Folder)).toBe("z.object({\n  name: z.string(),\n  entries: z.record(z.string(), z.unknown()),\n})");
    expect(zodSource(List)).toBe("z.union([\n  z.object({\n    head: z.string(),\n    tail: z.unknown(),\n  }),\n  z.null(),\n])");
  });

  it("identity: a lazy schema is its own; a shape that holds itself is a numbered reference, equal for equal structures", () => {
    expect(fingerprint(Tree)).toMatch(/^lazy#\d+$/);
    expect(fingerprint(Invoice)).toBe(fingerprint(z.object({ total: Money, lines: z.array(Money) })));
    const linked = () => {
      const Node: ZodType = z.object({
        name: z.string(),
        get next() {
          return Node.optional();
        },
      });
      return Node;
    };
    expect(fingerprint(linked())).toBe('object(shape={"name":string(),"next":optional(innerType=(recursive #0))})');
    expect(fingerprint(linked())).toBe(fingerprint(linked()));
  });

  it("JSON-ness: a shared schema is reported in each place, a recursive one once", () => {
    expect(notJson(Invoice).map((f) => f.path)).toEqual(["total.at", "lines[].at"]);
    const Dated: ZodType = z.lazy(() => z.object({ at: z.date(), entries: z.record(z.string(), Dated), next: z.union([z.null(), Dated]) }));
    expect(notJson(Dated).map((f) => f.path)).toEqual(["at"]);
    expect(notJson(Tree)).toEqual([]);
    const When = z.lazy(() => z.date());
    expect(notJson(z.object({ start: When, end: When })).map((f) => f.path)).toEqual(["start", "end"]);
  });

  it("peeling, absence and kind names look through lazy schemas to what they make", () => {
    expect(defType(peel(Tree).schema)).toBe("object");
    expect(defType(peel(List).schema)).toBe("union");
    expect(describeSchema(Folder)).toBe("an object");
    expect(describeSchema(List)).toBe("a value of mixed type");
    expect(mayBeAbsent(List)).toBe(false);
    // Loop holds an undefined member (and itself, which adds nothing).
    expect(mayBeAbsent(Loop)).toBe(true);
    const Self: ZodType = z.lazy(() => Self);
    expect(defType(peel(Self).schema)).toBe("unknown");
    expect(describeSchema(Self)).toBe("a unknown value");
  });

  it("path reads follow recursion one step at a time, and a union that holds itself adds no member", () => {
    const read = (schema: ZodType, path: string) => {
      const result = schemaAt(schema, path);
      return result.ok ? typeText(result.schema) : result.reason;
    };
    expect(read(Tree, "$.children[*].children[0].value")).toBe("number[]");
    expect(read(Folder, "$.entries.x.entries.y.name")).toBe("string");
    expect(read(List, "$.tail.tail.head")).toBe("string");
    expect(read(Loop, "$.a")).toBe("string | undefined");
    expect(read(Loop, "$.b")).toBe("$ has no field 'b'");
  });

  it("wire: a shared schema is sent once, a cycle refers to its own row, and what is rebuilt prints the same", () => {
    for (const schema of [Tree, Invoice, Folder, List, Loop]) {
      const encoder = new SchemaEncoder();
      const row = encoder.encode(schema);
      const rebuilt = new SchemaDecoder(structuredClone(encoder.table)).schema(row);
      expect(typeText(rebuilt)).toBe(typeText(schema));
      expect(zodSource(rebuilt)).toBe(zodSource(schema));
    }
    const invoice = new SchemaEncoder();
    invoice.encode(Invoice);
    expect(invoice.table.map((row) => row.def.type)).toEqual(["object", "object", "number", "date", "array"]);
    const folder = new SchemaEncoder();
    folder.encode(Folder);
    expect(folder.table.map((row) => row.def.type)).toEqual(["lazy", "object", "string", "record", "string"]);
    // zod's cache of what the lazy schema made stays behind: rebuilding it eagerly would never end.
    expect(folder.table[0]!.def).toEqual({ type: "lazy", getter: { $s: 1 } });
    expect(folder.table[3]!.def.valueType).toEqual({ $s: 0 });
    const list = new SchemaEncoder();
    list.encode(List);
    expect(list.table.map((row) => row.def.type)).toEqual(["lazy", "union", "null", "object", "string"]);
    expect(list.table[3]!.def.shape).toEqual({ $o: { head: { $s: 4 }, tail: { $s: 0 } } });
  });

  it("field reads and ResultPath writes go one level at a time, and a union that holds itself adds no member", () => {
    const field = (schema: ZodType, name: string) => {
      const read = readField(schema, name);
      return read.found ? `${typeText(read.schema)}${read.absent ? " (may be absent)" : ""}` : `fields: ${read.fields.join(", ")}`;
    };
    expect(field(Loop, "a")).toBe("string (may be absent)");
    expect(field(Loop, "b")).toBe("fields: a");
    expect(field(List, "tail")).toBe("null | {\n  head: string;\n  tail: unknown;\n} (may be absent)");
    const written = (schema: ZodType, path: string) => {
      const result = schemaWith(schema, path, z.boolean());
      return result.ok ? typeText(result.schema) : result.reason;
    };
    expect(written(Loop, "$.done")).toBe("{\n  a: string;\n  done: boolean;\n}");
    // The list's own tail is written into, one level down; a record's entries become an open object.
    expect(written(List, "$.tail.done")).toBe(
      "{\n  head: string;\n  tail: {\n    head: string;\n    tail: null | {\n      head: string;\n      tail: unknown;\n    };\n    done: boolean;\n  };\n}",
    );
    expect(written(Folder, "$.entries.done")).toBe("{\n  name: string;\n  entries: {\n    done: boolean;\n    [key: string]: unknown;\n  };\n}");
  });
});
