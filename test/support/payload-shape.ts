/**
 * The shape of a payload, read from a TypeScript type (what tsc computes for a chain) or from a
 * zod schema (what the compiler's schema flow computes), so that the two can be compared.
 *
 * Two payloads have the same shape when they have the same kinds: string, number, boolean, null,
 * unknown (any and unknown alike), never; the same literal members (a string, number or boolean
 * literal, an enum's values); arrays of the same element shape; tuples of the same element shapes
 * in order; objects with the same field names, each optional in both or in neither, with the same
 * shapes, and the same shape for keys beyond those (records); unions of the same members, in any
 * order. Unions are normalised as TypeScript does: nested unions flattened, duplicates and never
 * dropped, unknown absorbing every member, a literal dropped beside its own kind, `true | false`
 * read as boolean. An optional field's `undefined` is its optionality, not a member.
 */
import ts from "typescript";
import type { ZodType } from "zod";
import { isOptionalKey, known, peel } from "../../packages/compiler/src/schema/schema-kinds.ts";

export type Shape =
  | { readonly kind: "unknown" | "never" | "string" | "number" | "boolean" | "null" | "undefined" }
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "array"; readonly element: Shape }
  | { readonly kind: "tuple"; readonly elements: readonly Shape[] }
  | { readonly kind: "object"; readonly fields: readonly Field[]; readonly rest?: Shape }
  | { readonly kind: "union"; readonly members: readonly Shape[] }
  /** Deeper than a payload is read; compared as equal to anything so deep. */
  | { readonly kind: "deep" };

export interface Field {
  readonly name: string;
  readonly optional: boolean;
  readonly shape: Shape;
}

/** Payloads nest far less than this; recursive types stop here. */
const MAX_DEPTH = 12;

const UNKNOWN: Shape = { kind: "unknown" };
const NEVER: Shape = { kind: "never" };

/** The shape written out, one line, the same for shapes that are the same: compare these. */
export function printShape(shape: Shape): string {
  switch (shape.kind) {
    case "literal":
      return JSON.stringify(shape.value);
    case "array":
      return `${shape.element.kind === "union" ? `(${printShape(shape.element)})` : printShape(shape.element)}[]`;
    case "tuple":
      return `[${shape.elements.map(printShape).join(", ")}]`;
    case "object": {
      const fields = shape.fields.map((f) => `${JSON.stringify(f.name)}${f.optional ? "?" : ""}: ${printShape(f.shape)}`);
      if (shape.rest) fields.push(`[key]: ${printShape(shape.rest)}`);
      return `{ ${fields.join("; ")} }`;
    }
    case "union":
      return shape.members.map(printShape).join(" | ");
    case "deep":
      return "…";
    default:
      return shape.kind;
  }
}

function literalCovered(member: Shape, kinds: ReadonlySet<string>): boolean {
  return member.kind === "literal" && kinds.has(typeof member.value);
}

export function unionShape(members: readonly Shape[]): Shape {
  const flat = members.flatMap((m) => (m.kind === "union" ? m.members : [m])).filter((m) => m.kind !== "never");
  if (flat.some((m) => m.kind === "unknown")) return UNKNOWN;
  const kinds = new Set(flat.map((m) => m.kind));
  const hasTrue = flat.some((m) => m.kind === "literal" && m.value === true);
  const hasFalse = flat.some((m) => m.kind === "literal" && m.value === false);
  if (hasTrue && hasFalse) kinds.add("boolean");
  const unique = new Map<string, Shape>();
  for (const m of hasTrue && hasFalse ? [...flat, { kind: "boolean" } as Shape] : flat) {
    if (literalCovered(m, kinds)) continue;
    unique.set(printShape(m), m);
  }
  const sorted = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, m]) => m);
  if (sorted.length === 0) return NEVER;
  return sorted.length === 1 ? sorted[0]! : { kind: "union", members: sorted };
}

/** Fields sorted by name; keys beyond them of type never are no keys at all (`{}` is `{ [k: string]: never }` in zod's types). */
function objectShape(fields: Field[], rest?: Shape): Shape {
  fields.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return rest === undefined || rest.kind === "never" ? { kind: "object", fields } : { kind: "object", fields, rest };
}

/** Removes `undefined` from a union: on an optional field it says the field may be absent. */
function withoutUndefined(shape: Shape): Shape {
  return shape.kind === "union" ? unionShape(shape.members.filter((m) => m.kind !== "undefined")) : shape;
}

// TypeScript types

export function shapeOfType(checker: ts.TypeChecker, type: ts.Type, depth = 0): Shape {
  if (depth > MAX_DEPTH) return { kind: "deep" };
  const next = (t: ts.Type) => shapeOfType(checker, t, depth + 1);
  const f = type.flags;
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return UNKNOWN;
  if (f & ts.TypeFlags.Never) return NEVER;
  if (f & ts.TypeFlags.StringLiteral) return { kind: "literal", value: (type as ts.StringLiteralType).value };
  if (f & ts.TypeFlags.NumberLiteral) return { kind: "literal", value: (type as ts.NumberLiteralType).value };
  if (f & ts.TypeFlags.BooleanLiteral) return { kind: "literal", value: checker.typeToString(type) === "true" };
  if (f & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return { kind: "string" };
  if (f & ts.TypeFlags.Number) return { kind: "number" };
  if (f & ts.TypeFlags.Boolean) return { kind: "boolean" };
  if (f & ts.TypeFlags.Null) return { kind: "null" };
  if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return { kind: "undefined" };
  if (type.isUnion()) return unionShape(type.types.map(next));
  if (checker.isTupleType(type)) return { kind: "tuple", elements: checker.getTypeArguments(type as ts.TypeReference).map(next) };
  if (checker.isArrayType(type)) return { kind: "array", element: next(checker.getTypeArguments(type as ts.TypeReference)[0]!) };
  if (f & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
    const fields = checker.getPropertiesOfType(type).map((property): Field => {
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      const shape = next(checker.getTypeOfSymbol(property));
      return { name: property.name, optional, shape: optional ? withoutUndefined(shape) : shape };
    });
    const index = checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & ts.TypeFlags.String);
    return objectShape(fields, index ? next(index.type) : undefined);
  }
  return { kind: "literal", value: `unsupported type ${checker.typeToString(type)}` };
}

// zod schemas (their input side, the JSON that arrives, as the schema flow reads them)

export function shapeOfSchema(schema: ZodType, depth = 0): Shape {
  if (depth > MAX_DEPTH) return { kind: "deep" };
  const next = (s: unknown) => shapeOfSchema(s as ZodType, depth + 1);
  const peeled = peel(schema);
  const inner = innerShape(peeled.schema, next);
  return peeled.nullable ? unionShape([inner, { kind: "null" }]) : inner;
}

function innerShape(schema: ZodType, next: (s: unknown) => Shape): Shape {
  const def = known(schema)._zod.def;
  switch (def.type) {
    case "any":
    case "unknown":
      return UNKNOWN;
    case "never":
      return NEVER;
    case "string":
    case "template_literal":
      return { kind: "string" };
    case "number":
      return { kind: "number" };
    case "boolean":
      return { kind: "boolean" };
    case "null":
      return { kind: "null" };
    case "undefined":
    case "void":
      return { kind: "undefined" };
    case "literal":
      return unionShape(def.values.map((value) => (value === null ? { kind: "null" } : value === undefined ? { kind: "undefined" } : { kind: "literal", value: value as string | number | boolean })));
    case "enum":
      return unionShape(Object.values(def.entries).map((value) => ({ kind: "literal", value })));
    case "array":
      return { kind: "array", element: next(def.element) };
    case "tuple":
      if (def.rest) return { kind: "literal", value: "unsupported: a tuple with a rest element" };
      return { kind: "tuple", elements: def.items.map(next) };
    case "object": {
      const fields = Object.entries(def.shape).map(([name, field]): Field => {
        const optional = isOptionalKey(field);
        const shape = next(field);
        return { name, optional, shape: optional ? withoutUndefined(shape) : shape };
      });
      const catchall = def.catchall && known(def.catchall)._zod.def.type !== "never" ? next(def.catchall) : undefined;
      return objectShape(fields, catchall);
    }
    case "record":
      return objectShape([], next(def.valueType));
    case "union":
      return unionShape(def.options.map(next));
    default:
      return { kind: "literal", value: `unsupported schema ${def.type}` };
  }
}

/**
 * True when `coarse` says less than `precise` and nothing different: it is `precise` with some
 * parts unknown and, when `lacking` is set, some parts never or some union members left out.
 */
export function isCoarser(coarse: Shape, precise: Shape, lacking = false): boolean {
  if (coarse.kind === "unknown" || coarse.kind === "deep" || precise.kind === "deep") return true;
  if (lacking && coarse.kind === "never") return true;
  if (coarse.kind === "union" || precise.kind === "union") {
    const a = coarse.kind === "union" ? coarse.members : [coarse];
    const b = precise.kind === "union" ? precise.members : [precise];
    return a.every((m) => b.some((n) => isCoarser(m, n, lacking))) && (lacking || b.every((n) => a.some((m) => isCoarser(m, n, lacking))));
  }
  switch (coarse.kind) {
    case "literal":
      return precise.kind === "literal" && precise.value === coarse.value;
    case "array":
      return precise.kind === "array" && isCoarser(coarse.element, precise.element, lacking);
    case "tuple":
      return precise.kind === "tuple" && precise.elements.length === coarse.elements.length && coarse.elements.every((e, i) => isCoarser(e, precise.elements[i]!, lacking));
    case "object": {
      if (precise.kind !== "object" || precise.fields.length !== coarse.fields.length) return false;
      if ((coarse.rest === undefined) !== (precise.rest === undefined)) return false;
      if (coarse.rest && precise.rest && !isCoarser(coarse.rest, precise.rest, lacking)) return false;
      return coarse.fields.every((f, i) => {
        const g = precise.fields[i]!;
        return f.name === g.name && f.optional === g.optional && isCoarser(f.shape, g.shape, lacking);
      });
    }
    default:
      return precise.kind === coarse.kind;
  }
}
