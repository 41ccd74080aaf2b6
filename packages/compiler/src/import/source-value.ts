/**
 * A JSON value as TypeScript source: an object literal whose keys are bare where they can be,
 * strings as JSON writes them. A key named `__proto__` is written as a computed key, which
 * makes it an own field rather than the object's prototype.
 */
import { propertyKey } from "../emit/handlers/source-text.ts";

export function sourceValue(value: unknown, text?: StringSource, key?: string): string {
  if (typeof value === "string") return text?.(value, key) ?? JSON.stringify(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => sourceValue(item, text, "")).join(", ")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([name, v]) => `${sourceKey(name)}: ${sourceValue(v, text, name)}`).join(", ")} }`;
}

/**
 * How a string of the value is written, where it is not a plain string literal (a JSONata
 * expression written with `jsonata(…)`, a JSONPath read with `unchecked(…)`). `key` is the
 * object field that holds the string ("" for an array's element), absent for the value itself.
 * @default undefined: every string as a string literal
 */
export type StringSource = (value: string, key?: string) => string | undefined;

/** An object literal's key. */
export function sourceKey(key: string): string {
  return key === "__proto__" ? `["__proto__"]` : propertyKey(key);
}

/** An object literal of options already rendered as source, leaving out those not given. */
export function sourceObject(entries: readonly (readonly [string, string | undefined])[]): string {
  const given = entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  return given.length === 0 ? "{}" : `{ ${given.map(([key, text]) => `${sourceKey(key)}: ${text}`).join(", ")} }`;
}
