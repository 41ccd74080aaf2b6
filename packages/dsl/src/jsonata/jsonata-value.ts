/**
 * JSONata values as the builder takes them.
 *
 * An expression is written as ASL writes it, a string `"{% … %}"` (whose type the chain reads
 * when it is a plain reference such as `{% $states.input.order.id %}` or `{% $total %}`), or with
 * `jsonata(expression, schema?)`, the escape hatch for expressions the types do not follow: its
 * value is `unknown` unless a zod schema says what it gives. A JSONata value is an expression,
 * or JSON that holds expressions at any depth (strings without `{% %}` are literals).
 */
import type { ZodType } from "zod";
import type { JsonOf, SchemaType } from "../payload/json-side.ts";
import type { Expression } from "../ir/nodes.ts";

export const JSONATA = Symbol.for("aslc.jsonata");

/** An expression written with `jsonata(…)`; V is the type it gives. */
export interface JsonataExpression<V = unknown> {
  readonly [JSONATA]: { readonly value: V };
  /** The expression as ASL writes it, `{% … %}`. */
  readonly expression: Expression;
  /** What the expression gives, when the author said. */
  readonly schema?: ZodType;
}

/** Where a field takes a number or a string in JSONPath mode, JSONata mode takes an expression. */
export type ExpressionValue = Expression | JsonataExpression;

export type JsonataValue = string | number | boolean | null | JsonataExpression | readonly JsonataValue[] | { readonly [key: string]: JsonataValue };

/** True for strings that are JSONata expressions: `{%` first and `%}` last. */
export function isExpressionText(value: unknown): value is Expression {
  return typeof value === "string" && value.startsWith("{%") && value.endsWith("%}") && value.length >= 4;
}

export function isJsonataExpression(value: unknown): value is JsonataExpression {
  return typeof value === "object" && value !== null && JSONATA in value;
}

/**
 * A JSONata expression, for what a plain `"{% … %}"` string cannot type: give the expression,
 * and optionally a zod schema for the value it gives.
 *
 *   jsonata("$sum($states.input.items.(price * quantity))", z.number())
 *
 * The text is kept as written. A whole expression (`"{%$x%}"`, `"{%\n  $x\n%}"`) is emitted
 * byte for byte; an expression without its delimiters gets them, with a space inside each
 * unless the text already starts or ends with whitespace (`"$x"` gives `"{% $x %}"`, a template
 * literal that starts on a new line keeps that line break after `{%`).
 */
export function jsonata<const S extends ZodType | undefined = undefined>(expression: string, schema?: S): JsonataExpression<S extends SchemaType ? JsonOf<S> : unknown> {
  if (typeof expression !== "string" || expression.trim().length === 0) {
    throw new TypeError("jsonata(): give the expression as a non-empty string");
  }
  if (schema !== undefined && typeof (schema as { safeParse?: unknown }).safeParse !== "function") {
    throw new TypeError(`jsonata(${JSON.stringify(expression)}): the second argument must be a zod schema`);
  }
  return Object.freeze({ [JSONATA]: Object.freeze({ value: undefined as never }), expression: delimited(expression), schema });
}

/** The expression as ASL writes it: as given when it is whole, else inside added delimiters. */
function delimited(text: string): Expression {
  if (isExpressionText(text)) {
    if (text.slice(2, -2).trim() === "") throw new TypeError(`jsonata(${JSON.stringify(text)}): write the expression between {% and %}`);
    return text;
  }
  if (text.startsWith("{%") || text.endsWith("%}")) {
    throw new TypeError(`jsonata(${JSON.stringify(text)}): give the whole expression, from {% to %}, or the expression alone without either delimiter`);
  }
  const open = /^\s/.test(text) ? "{%" : "{% ";
  const close = /\s$/.test(text) ? "%}" : " %}";
  return `${open}${text}${close}` as Expression;
}
