/**
 * The 18 intrinsic functions of JSONPath mode (intrinsic-functions.ts), as typed helpers.
 *
 * Each helper renders the ASL expression (`States.Format('{}', $.name)`) at once and keeps its
 * name and arguments in the type, so the template that uses it can compute the result type and
 * check path arguments against the payload at that state (see template-types.ts).
 */
import { arityProblem, countPlaceholders, MAX_INTRINSIC_DEPTH, type HashAlgorithm, type IntrinsicName } from "./intrinsic-functions.ts";
import type { ZodType } from "zod";
import type { JsonOf } from "./json-side.ts";
import { isRef, type Ref } from "./ref.ts";

export { INTRINSIC_NAMES, countPlaceholders, MAX_INTRINSIC_DEPTH, type HashAlgorithm, type IntrinsicName } from "./intrinsic-functions.ts";

export const INTRINSIC = Symbol.for("aslc.intrinsic");

/**
 * An intrinsic call; D is what the author declared it gives, where the call's result is not
 * known from its arguments (`States.StringToJson(text, schema)`).
 */
export interface Intrinsic<N extends IntrinsicName = IntrinsicName, A extends readonly unknown[] = readonly unknown[], D = unknown> {
  readonly [INTRINSIC]: { readonly name: N; readonly args: A; readonly declared?: D };
  /** The expression as it appears in ASL, e.g. `States.ArrayLength($.items)`. */
  readonly expression: string;
  /** How deeply intrinsic calls nest in this expression (ASL allows 10). */
  readonly depth: number;
  /** The schema of what the call gives, when the author declared it. */
  readonly schema?: ZodType;
}

/** What an intrinsic argument may be: a literal, a reference, or another intrinsic. */
export type IntrinsicArg = string | number | boolean | null | Ref | Intrinsic;

export function isIntrinsic(value: unknown): value is Intrinsic {
  return typeof value === "object" && value !== null && INTRINSIC in value;
}

/** Quotes a string literal argument, escaping the characters intrinsic syntax reserves. */
function quote(text: string): string {
  return `'${text.replace(/[\\'{}]/g, (c) => `\\${c}`)}'`;
}

/**
 * Quotes a States.Format template: `{}` stays a placeholder, any other brace is literal and
 * escaped, so authors write the text they mean and never escape by hand.
 */
function quoteTemplate(template: string): string {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === "{" && template[i + 1] === "}") {
      out += "{}";
      i++;
    } else if (c === "\\" || c === "'" || c === "{" || c === "}") {
      out += `\\${c}`;
    } else {
      out += c;
    }
  }
  return `'${out}'`;
}

function renderArg(arg: IntrinsicArg, fn: IntrinsicName): string {
  if (arg === null) return "null";
  if (isRef(arg)) return arg.path;
  if (isIntrinsic(arg)) return arg.expression;
  switch (typeof arg) {
    case "string":
      return quote(arg);
    case "number":
      if (!Number.isFinite(arg)) throw new TypeError(`${fn}: ${arg} is not a number ASL can hold`);
      return String(arg);
    case "boolean":
      return String(arg);
    default:
      throw new TypeError(`${fn}: an argument must be a literal, ref(…) or an intrinsic, not ${typeof arg}`);
  }
}

function call<N extends IntrinsicName, const A extends readonly IntrinsicArg[]>(name: N, args: A): Intrinsic<N, A> {
  // The types hold each helper to its arity; this is for callers the types do not reach.
  const wrongCount = arityProblem(name, args.length);
  if (wrongCount !== undefined) throw new RangeError(wrongCount);
  const depth = 1 + Math.max(0, ...args.map((a) => (isIntrinsic(a) ? a.depth : 0)));
  if (depth > MAX_INTRINSIC_DEPTH) {
    throw new RangeError(`${name}: intrinsic functions nest at most ${MAX_INTRINSIC_DEPTH} deep; this call nests ${depth}`);
  }
  const rendered = args.map((a, i) => (name === "States.Format" && i === 0 ? quoteTemplate(a as string) : renderArg(a, name)));
  const expression = `${name}(${rendered.join(", ")})`;
  return Object.freeze({ [INTRINSIC]: Object.freeze({ name, args }), expression, depth });
}

type Placeholders<S extends string, N extends unknown[] = []> = string extends S
  ? number
  : S extends `${string}{}${infer Rest}`
    ? Placeholders<Rest, [...N, unknown]>
    : N["length"];

type FormatArgs<S extends string, A extends readonly IntrinsicArg[]> = number extends Placeholders<S>
  ? A
  : A["length"] extends Placeholders<S>
    ? A
    : `States.Format: the template has ${Placeholders<S>} {} placeholders but ${A["length"]} arguments were given`;

/**
 * The type of each helper's call, named as the call is written: a message about a wrong
 * argument shows `States.MathAdd<Ref<"$.name">, 1>` where the template holds
 * `States.MathAdd(ref("$.name"), 1)`, not the `Intrinsic` every call is underneath.
 */
export declare namespace States {
  interface Format<A extends readonly unknown[]> extends Intrinsic<"States.Format", A> {}
  interface StringToJson<A, D = unknown> extends Intrinsic<"States.StringToJson", readonly [A], D> {}
  interface JsonToString<A> extends Intrinsic<"States.JsonToString", readonly [A]> {}
  interface Array<A extends readonly unknown[]> extends Intrinsic<"States.Array", A> {}
  interface ArrayPartition<A, B> extends Intrinsic<"States.ArrayPartition", readonly [A, B]> {}
  interface ArrayContains<A, B> extends Intrinsic<"States.ArrayContains", readonly [A, B]> {}
  interface ArrayRange<A, B, C> extends Intrinsic<"States.ArrayRange", readonly [A, B, C]> {}
  interface ArrayGetItem<A, B> extends Intrinsic<"States.ArrayGetItem", readonly [A, B]> {}
  interface ArrayLength<A> extends Intrinsic<"States.ArrayLength", readonly [A]> {}
  interface ArrayUnique<A> extends Intrinsic<"States.ArrayUnique", readonly [A]> {}
  interface Base64Encode<A> extends Intrinsic<"States.Base64Encode", readonly [A]> {}
  interface Base64Decode<A> extends Intrinsic<"States.Base64Decode", readonly [A]> {}
  interface Hash<A, B> extends Intrinsic<"States.Hash", readonly [A, B]> {}
  interface JsonMerge<A, B> extends Intrinsic<"States.JsonMerge", readonly [A, B, false]> {}
  interface MathRandom<A extends readonly unknown[]> extends Intrinsic<"States.MathRandom", A> {}
  interface MathAdd<A, B> extends Intrinsic<"States.MathAdd", readonly [A, B]> {}
  interface StringSplit<A, B> extends Intrinsic<"States.StringSplit", readonly [A, B]> {}
  interface UUID extends Intrinsic<"States.UUID", readonly []> {}
}

type Str = string | Ref | Intrinsic;
type Num = number | Ref | Intrinsic;
type Arr = Ref | Intrinsic;

/** The intrinsic functions, named as in ASL without the `States.` prefix. */
export const States = {
  /** `States.Format('Hello {}', $.name)`: one argument per `{}`. */
  Format<const S extends string, const A extends readonly IntrinsicArg[]>(template: S, ...args: A & FormatArgs<S, A>) {
    const expected = countPlaceholders(template);
    if (expected !== args.length) {
      throw new RangeError(`States.Format: the template has ${expected} {} placeholders but ${args.length} arguments were given`);
    }
    // `args` is typed `A & FormatArgs<…>`; spreading that intersection would widen the tuple and
    // lose the argument types the template checks read, so spread it as A.
    return call("States.Format", [template, ...(args as A)] as const) as States.Format<readonly [S, ...A]>;
  },
  /**
   * `States.StringToJson($.body)`: the JSON the text holds, `unknown` unless a zod schema says
   * what it is (`States.StringToJson(ref("$.body"), Order)`); then paths through the parsed value
   * are checked against it, by the types and the compiler. The emitted text is the same either way.
   */
  StringToJson<const A extends Str, const S extends ZodType | undefined = undefined>(text: A, schema?: S): States.StringToJson<A, S extends ZodType ? JsonOf<S> : unknown> {
    type Declared = States.StringToJson<A, S extends ZodType ? JsonOf<S> : unknown>;
    // The declared type lives only in the types; at run time the schema rides along for the compiler.
    const parsed = call("States.StringToJson", [text] as const) as Declared;
    if (schema === undefined) return parsed;
    if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== "function") throw new TypeError("States.StringToJson: the second argument must be a zod schema");
    return Object.freeze({ ...parsed, [INTRINSIC]: parsed[INTRINSIC], schema }) as Declared;
  },
  JsonToString<const A extends Ref | Intrinsic>(value: A) {
    return call("States.JsonToString", [value] as const) as States.JsonToString<A>;
  },
  Array<const A extends readonly IntrinsicArg[]>(...items: A) {
    return call("States.Array", items) as States.Array<A>;
  },
  ArrayPartition<const A extends Arr, const B extends Num>(array: A, chunkSize: B) {
    return call("States.ArrayPartition", [array, chunkSize] as const) as States.ArrayPartition<A, B>;
  },
  ArrayContains<const A extends Arr, const B extends IntrinsicArg>(array: A, value: B) {
    return call("States.ArrayContains", [array, value] as const) as States.ArrayContains<A, B>;
  },
  /** End inclusive; ASL produces at most 1000 elements. */
  ArrayRange<const A extends Num, const B extends Num, const C extends Num>(start: A, end: B, step: C) {
    return call("States.ArrayRange", [start, end, step] as const) as States.ArrayRange<A, B, C>;
  },
  ArrayGetItem<const A extends Arr, const B extends Num>(array: A, index: B) {
    return call("States.ArrayGetItem", [array, index] as const) as States.ArrayGetItem<A, B>;
  },
  ArrayLength<const A extends Arr>(array: A) {
    return call("States.ArrayLength", [array] as const) as States.ArrayLength<A>;
  },
  ArrayUnique<const A extends Arr>(array: A) {
    return call("States.ArrayUnique", [array] as const) as States.ArrayUnique<A>;
  },
  Base64Encode<const A extends Str>(text: A) {
    return call("States.Base64Encode", [text] as const) as States.Base64Encode<A>;
  },
  Base64Decode<const A extends Str>(text: A) {
    return call("States.Base64Decode", [text] as const) as States.Base64Decode<A>;
  },
  Hash<const A extends IntrinsicArg, const B extends HashAlgorithm | Ref | Intrinsic>(data: A, algorithm: B) {
    return call("States.Hash", [data, algorithm] as const) as States.Hash<A, B>;
  },
  /** Shallow merge only: ASL does not support deep merging, so the flag is always false. */
  JsonMerge<const A extends Ref | Intrinsic, const B extends Ref | Intrinsic>(first: A, second: B) {
    return call("States.JsonMerge", [first, second, false] as const) as States.JsonMerge<A, B>;
  },
  MathRandom<const A extends Num, const B extends Num, const C extends readonly Num[] = []>(start: A, end: B, ...seed: C) {
    if (seed.length > 1) throw new RangeError("States.MathRandom takes at most one seed");
    return call("States.MathRandom", [start, end, ...seed] as const) as States.MathRandom<readonly [A, B, ...C]>;
  },
  MathAdd<const A extends Num, const B extends Num>(a: A, b: B) {
    return call("States.MathAdd", [a, b] as const) as States.MathAdd<A, B>;
  },
  StringSplit<const A extends Str, const B extends Str>(text: A, delimiters: B) {
    return call("States.StringSplit", [text, delimiters] as const) as States.StringSplit<A, B>;
  },
  UUID() {
    return call("States.UUID", [] as const) as States.UUID;
  },
} as const;
