/**
 * A literal number tested against a field's range (the spec's `FieldRange`) at the type level,
 * by comparing its decimal text: `number` itself, or an expression, is left to the compiler.
 * The range's bounds are whole numbers (every range in the spec is).
 */
import type { FieldRange } from "../../ir/spec/field-spec.ts";

type Order = "lt" | "eq" | "gt";

/** The digits below each digit. */
interface DigitsBelow {
  "0": never;
  "1": "0";
  "2": "0" | "1";
  "3": "0" | "1" | "2";
  "4": "0" | "1" | "2" | "3";
  "5": "0" | "1" | "2" | "3" | "4";
  "6": "0" | "1" | "2" | "3" | "4" | "5";
  "7": "0" | "1" | "2" | "3" | "4" | "5" | "6";
  "8": "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7";
  "9": "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8";
}

type CompareLength<A extends string, B extends string> = A extends `${string}${infer AR}`
  ? B extends `${string}${infer BR}`
    ? CompareLength<AR, BR>
    : "gt"
  : B extends ""
    ? "eq"
    : "lt";

type CompareDigits<A extends string, B extends string> = A extends `${infer DA}${infer AR}`
  ? B extends `${infer DB extends keyof DigitsBelow}${infer BR}`
    ? DA extends DB
      ? CompareDigits<AR, BR>
      : DA extends DigitsBelow[DB]
        ? "lt"
        : "gt"
    : "eq"
  : "eq";

/** Two whole numbers written without leading zeros. */
type CompareWhole<A extends string, B extends string> = CompareLength<A, B> extends infer L extends Order ? (L extends "eq" ? CompareDigits<A, B> : L) : never;

/** N against the whole number B: negative numbers, `1e-7` and `1e+21` are read by their form. */
type Compare<N extends string, B extends string> = N extends `-${string}`
  ? "lt"
  : N extends `${string}e-${string}`
    ? B extends "0"
      ? "gt"
      : "lt"
    : N extends `${string}e+${string}`
      ? "gt"
      : N extends `${infer Whole}.${string}`
        ? CompareWhole<Whole, B> extends "eq"
          ? "gt"
          : CompareWhole<Whole, B>
        : CompareWhole<N, B>;

type IsWhole<N extends string> = N extends `${string}.${string}` | `${string}e-${string}` ? false : true;

/** How a range reads in a message: "a whole number from 1 to 99999999", "at least 1", "a whole number, 0 or more". */
export type RangeText<R extends FieldRange> = R extends { readonly max: infer Max extends number }
  ? `${R extends { readonly integer: true } ? "a whole number " : ""}from ${R["min"]} to ${Max}${R extends { readonly note: infer Note extends string } ? ` ${Note}` : ""}`
  : R extends { readonly integer: true }
    ? `a whole number, ${R["min"]} or more`
    : `at least ${R["min"]}`;

/** True when the literal N lies outside R; false for `number` and for anything not a number. */
export type OutOfRange<N, R extends FieldRange> = N extends number
  ? number extends N
    ? false
    : Compare<`${N}`, `${R["min"]}`> extends "lt"
      ? true
      : R extends { readonly max: infer Max extends number }
        ? Compare<`${N}`, `${Max}`> extends "gt"
          ? true
          : R extends { readonly integer: true }
            ? (IsWhole<`${N}`> extends true ? false : true)
            : false
        : R extends { readonly integer: true }
          ? (IsWhole<`${N}`> extends true ? false : true)
          : false
  : false;
