/**
 * Payload templates (Parameters, ResultSelector, ItemSelector, Credentials, …) in every form the
 * builder accepts: JSON literals, `"key.$": "<path>"` fields, `ref(…)` values with or without the
 * `.$` suffix on the key, intrinsic calls, nested objects and arrays. A key and its `.$` twin
 * never appear together: that would be invalid.
 */
import fc from "fast-check";
import { ref } from "@aslc/dsl";
import { intrinsicArbitrary, type IntrinsicContext } from "./intrinsics.ts";
import { generalPath } from "./paths.ts";

export type Template = Record<string, unknown>;

export interface TemplateContext extends IntrinsicContext {
  /** Paths a `.$` field must use in this template (e.g. `$$.Task.Token`), added on top of random fields. */
  readonly requiredDynamic?: Readonly<Record<string, string>>;
  /** Whether field names may be ones JavaScript objects treat specially (`__proto__`, …). */
  readonly specialKeys?: boolean;
}

const KEYS = ["orderId", "count", "status", "Message", "detail", "id", "a", "x-y", "with space", "ünï", "nested", "items", "total", "price$", "Payload"];

/**
 * Field names JavaScript objects treat specially. asl-validator's duplicate-field check reads
 * them as already present in Parameters and ResultSelector, so only templates it does not
 * inspect that way (ItemSelector) use them.
 */
const SPECIAL_KEYS = ["__proto__", "constructor", "toString"];

/** Sets a field as an own property, even one named `__proto__`. */
export function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const scalarLiteral = fc.oneof(
  fc.constantFrom("", "plain", "it's", "{}", "States.Nope(1)", "$.looksLikeAPath", "{ %x% }", "line\nbreak", "ünïcødé"),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.constant(null),
);

/** asl-validator reads array items as templates of their own: no null, no empty or multi-line strings there. */
const arrayItemLiteral = fc.oneof(fc.constantFrom("one", "two", "ünï"), fc.integer({ min: -100, max: 100 }), fc.boolean());

type Entry = { readonly base: string; readonly key: string; readonly value: unknown };

const cache = new WeakMap<TemplateContext, Map<number, fc.Arbitrary<Template>>>();

export function templateArbitrary(ctx: TemplateContext, depth = 2): fc.Arbitrary<Template> {
  const byDepth = cache.get(ctx) ?? new Map<number, fc.Arbitrary<Template>>();
  cache.set(ctx, byDepth);
  const known = byDepth.get(depth);
  if (known) return known;
  const built = buildTemplateArbitrary(ctx, depth);
  byDepth.set(depth, built);
  return built;
}

const innerContexts = new WeakMap<TemplateContext, TemplateContext>();

/** Nested objects read the same context paths but need none of the required fields. */
function innerContext(ctx: TemplateContext): TemplateContext {
  if (!ctx.requiredDynamic) return ctx;
  const inner = innerContexts.get(ctx) ?? { contextPaths: ctx.contextPaths, specialKeys: ctx.specialKeys };
  innerContexts.set(ctx, inner);
  return inner;
}

function buildTemplateArbitrary(ctx: TemplateContext, depth: number): fc.Arbitrary<Template> {
  const dynamicPath = fc.oneof({ weight: 3, arbitrary: generalPath }, { weight: 1, arbitrary: ctx.contextPaths });
  const intrinsic = intrinsicArbitrary(innerContext(ctx), 1);
  const nested = depth > 0 ? templateArbitrary(innerContext(ctx), depth - 1) : undefined;
  const nestedTemplate = nested ? [{ weight: 1, arbitrary: nested as fc.Arbitrary<unknown> }] : [];
  const arrayValue = fc.array(fc.oneof({ weight: 2, arbitrary: arrayItemLiteral }, ...nestedTemplate), { minLength: 1, maxLength: 3 });

  const keys = ctx.specialKeys ? [...KEYS, ...SPECIAL_KEYS] : KEYS;
  const entry: fc.Arbitrary<Entry> = fc.tuple(fc.constantFrom(...keys), fc.nat({ max: 99 })).chain(([base, roll]): fc.Arbitrary<Entry> => {
    // One way to write each kind of field; the roll picks it so every form keeps showing up.
    if (roll < 25) return scalarLiteral.map((value) => ({ base, key: base, value }));
    if (roll < 45) return dynamicPath.map((path) => ({ base, key: `${base}.$`, value: path }));
    if (roll < 55) return dynamicPath.map((path) => ({ base, key: base, value: ref(path) }));
    if (roll < 60) return dynamicPath.map((path) => ({ base, key: `${base}.$`, value: ref(path) }));
    if (roll < 75) return intrinsic.map((call) => ({ base, key: base, value: call }));
    if (roll < 80) return intrinsic.map((call) => ({ base, key: `${base}.$`, value: call.expression }));
    if (roll < 90 && nested) return nested.map((value) => ({ base, key: base, value }));
    return arrayValue.map((value) => ({ base, key: base, value }));
  });

  return fc.array(entry, { maxLength: depth > 1 ? 3 : 2 }).map((entries) => {
    const template: Template = {};
    const seen = new Set<string>();
    for (const [key, path] of Object.entries(ctx.requiredDynamic ?? {})) {
      seen.add(key);
      setField(template, `${key}.$`, path);
    }
    for (const { base, key, value } of entries) {
      if (seen.has(base)) continue;
      seen.add(base);
      setField(template, key, value);
    }
    return template;
  });
}
