/**
 * Intrinsic function calls built with the `States` helpers, all 18 of them, nested a few deep,
 * with literal, `ref(…)` and intrinsic arguments. String literals carry the characters the
 * intrinsic syntax reserves (quotes, braces) and text that looks like a call; backslashes are
 * left out because asl-path-validator does not parse an escaped backslash.
 */
import fc from "fast-check";
import { ref, States, type Intrinsic } from "@aslc/dsl";
import { INTRINSIC_FUNCTIONS, resultFits, type IntrinsicParam } from "@aslc/dsl/internal";
import { contextPath, fieldPath, referencePath } from "./paths.ts";

/** Where an intrinsic is used decides which context paths its arguments may read. */
export interface IntrinsicContext {
  readonly contextPaths: fc.Arbitrary<string>;
}

const TRICKY_TEXT = ["", "plain", "it's", "{braces}", "{", "}", "a, b", "(paren)", "States.Nope(1)", "$.notAPath", "ünïcødé", "中文", "🚀", "{% not jsonata %}", "tab\there", "\"double\""];

const literalText = fc.oneof(fc.constantFrom(...TRICKY_TEXT), fc.string({ maxLength: 8 }).map((s) => s.replace(/[\\\n\r]/g, "")));

/** Fragments joined with `{}` into a States.Format template. */
const FORMAT_FRAGMENTS = ["Order ", " has ", " items", "it's ", "{", "}", "{x}", "", ", ", "States.Format(", "ü"];

const integerLiteral = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }));

const HASH_ALGORITHMS = ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"] as const;

/** Counts `{}` pairs left to right, as States.Format pairs them. */
export function formatPlaceholders(template: string): number {
  return template.split("{}").length - 1;
}

/** Nested calls that give what a parameter of kind `param` holds, as the compiler requires. */
function nestedFor(nested: fc.Arbitrary<Intrinsic>, param: IntrinsicParam): fc.Arbitrary<unknown> {
  return nested.filter((call) => resultFits(INTRINSIC_FUNCTIONS[call.expression.slice(0, call.expression.indexOf("(")) as keyof typeof INTRINSIC_FUNCTIONS].result, param));
}

const cache = new WeakMap<IntrinsicContext, Map<number, fc.Arbitrary<Intrinsic>>>();

/** Intrinsic calls nesting at most `depth` calls inside the outer one. */
export function intrinsicArbitrary(ctx: IntrinsicContext, depth = 2): fc.Arbitrary<Intrinsic> {
  const byDepth = cache.get(ctx) ?? new Map<number, fc.Arbitrary<Intrinsic>>();
  cache.set(ctx, byDepth);
  const known = byDepth.get(depth);
  if (known) return known;
  const built = buildIntrinsicArbitrary(ctx, depth);
  byDepth.set(depth, built);
  return built;
}

function buildIntrinsicArbitrary(ctx: IntrinsicContext, depth: number): fc.Arbitrary<Intrinsic> {
  const pathRef = fc.oneof({ weight: 4, arbitrary: referencePath }, { weight: 1, arbitrary: ctx.contextPaths }).map((p) => ref(p));
  const inner = depth > 0 ? intrinsicArbitrary(ctx, depth - 1) : undefined;
  const nestedOf = (param: IntrinsicParam) => (inner ? [{ weight: 1, arbitrary: nestedFor(inner, param) }] : []);
  const nested = nestedOf("value");
  const stringArg: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: literalText }, { weight: 2, arbitrary: pathRef }, ...nestedOf("string"));
  const numberArg: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: integerLiteral }, { weight: 2, arbitrary: fieldPath.map((p) => ref(p)) }, ...nestedOf("number"));
  const arrayArg: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: fieldPath.map((p) => ref(p)) }, ...nestedOf("array"));
  const anyArg: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 2, arbitrary: literalText },
    { weight: 1, arbitrary: integerLiteral },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
    { weight: 2, arbitrary: pathRef },
    ...nested,
  );
  const jsonArg: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: pathRef }, ...nested);
  const objectArg: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: pathRef }, ...nestedOf("object"));

  const format = fc
    .array(fc.constantFrom(...FORMAT_FRAGMENTS), { minLength: 1, maxLength: 4 })
    .map((fragments) => fragments.join("{}"))
    .chain((template) =>
      fc.array(anyArg, { minLength: formatPlaceholders(template), maxLength: formatPlaceholders(template) }).map((args) => (States.Format as any)(template, ...args)),
    );

  const calls: fc.Arbitrary<Intrinsic>[] = [
    format,
    stringArg.map((a) => (States.StringToJson as any)(a)),
    jsonArg.map((a) => (States.JsonToString as any)(a)),
    // At least one item: statelint reads `States.Array()` as no call at all.
    fc.array(anyArg, { minLength: 1, maxLength: 3 }).map((items) => (States.Array as any)(...items)),
    fc.tuple(arrayArg, numberArg).map(([a, n]) => (States.ArrayPartition as any)(a, n)),
    fc.tuple(arrayArg, anyArg).map(([a, v]) => (States.ArrayContains as any)(a, v)),
    fc.tuple(numberArg, numberArg, numberArg).map(([a, b, c]) => (States.ArrayRange as any)(a, b, c)),
    fc.tuple(arrayArg, numberArg).map(([a, n]) => (States.ArrayGetItem as any)(a, n)),
    arrayArg.map((a) => (States.ArrayLength as any)(a)),
    arrayArg.map((a) => (States.ArrayUnique as any)(a)),
    stringArg.map((a) => (States.Base64Encode as any)(a)),
    stringArg.map((a) => (States.Base64Decode as any)(a)),
    fc.tuple(anyArg, fc.oneof(fc.constantFrom(...HASH_ALGORITHMS), pathRef)).map(([d, alg]) => (States.Hash as any)(d, alg)),
    fc.tuple(objectArg, objectArg).map(([a, b]) => (States.JsonMerge as any)(a, b)),
    fc.tuple(numberArg, numberArg, fc.array(numberArg, { maxLength: 1 })).map(([a, b, seed]) => (States.MathRandom as any)(a, b, ...seed)),
    fc.tuple(numberArg, numberArg).map(([a, b]) => (States.MathAdd as any)(a, b)),
    fc.tuple(stringArg, stringArg).map(([a, b]) => (States.StringSplit as any)(a, b)),
    fc.constant(null).map(() => States.UUID()),
  ];
  return fc.oneof(...calls);
}

/** The intrinsic names, for coverage checks. */
export const INTRINSIC_NAMES = [
  "Format", "StringToJson", "JsonToString", "Array", "ArrayPartition", "ArrayContains", "ArrayRange", "ArrayGetItem", "ArrayLength",
  "ArrayUnique", "Base64Encode", "Base64Decode", "Hash", "JsonMerge", "MathRandom", "MathAdd", "StringSplit", "UUID",
] as const;
