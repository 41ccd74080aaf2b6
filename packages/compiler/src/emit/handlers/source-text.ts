/**
 * Small pieces of TypeScript source shared by the printers and renderers: property keys,
 * literals, indentation and comment text that cannot break out of its comment.
 */

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/** A property key as written in a type or an object literal: bare when it can be, else quoted. */
export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/** A literal value (string, number, boolean, bigint, null, undefined) as source. */
export function literalText(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`;
  if (value === undefined) return "undefined";
  if (typeof value === "number" && !Number.isFinite(value)) return "number";
  return JSON.stringify(value);
}

export function indent(level: number): string {
  return "  ".repeat(level);
}

/** Text for a `//` or `/** … *\/` comment: one line, and never closing the comment early. */
export function commentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/\*\//g, "*\\/");
}
