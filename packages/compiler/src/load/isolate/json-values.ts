/**
 * Only JSON leaves the builder: a state's fields are written as JSON, so every value in them
 * must be one JSON represents faithfully. This walk finds the first value on each path that is
 * not, and says where it is (`Result.v`, `Parameters.items[2]`) and what it is.
 */

export interface NonJsonValue {
  /** Where the value sits, from the field: `Result.v`, `Parameters.items[2]`. */
  readonly path: string;
  /** What the value is: "a BigInt (10n)", "NaN", "a Date", … */
  readonly what: string;
  /** What to write instead. */
  readonly instead: string;
}

function describe(value: unknown): { what: string; instead: string } | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      if (Number.isFinite(value)) return undefined;
      return { what: String(value), instead: "a finite number, or a string if the value must say it" };
    case "bigint":
      return { what: `a BigInt (${value}n)`, instead: "a number (if it fits in 2^53) or a string" };
    case "undefined":
      return { what: "undefined", instead: "null, or leave the key out" };
    case "function":
      return { what: "a function", instead: "the value the function would give" };
    case "symbol":
      return { what: `a Symbol (${String(value)})`, instead: "a string" };
    default:
      break;
  }
  if (value === null || Array.isArray(value)) return undefined;
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return undefined;
  if (value instanceof Date) return { what: "a Date", instead: "a string (date.toISOString())" };
  if (value instanceof Map) return { what: "a Map", instead: "an object (Object.fromEntries(map))" };
  if (value instanceof Set) return { what: "a Set", instead: "an array ([...set])" };
  if (ArrayBuffer.isView(value)) return { what: `a ${value.constructor.name}`, instead: "an array of numbers, or a base64 string" };
  const name = typeof proto?.constructor === "function" && proto.constructor.name ? proto.constructor.name : "a class";
  return { what: `an instance of ${name}`, instead: "a plain object with the fields to write" };
}

function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) || key.endsWith(".$") || /^[\w.$-]+$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Every value under `value` that JSON cannot carry, with its path from `field`. */
export function nonJsonValues(value: unknown, field: string): NonJsonValue[] {
  const found: NonJsonValue[] = [];
  const open = new Set<object>();
  const walk = (current: unknown, path: string) => {
    const problem = describe(current);
    if (problem) {
      found.push({ path, ...problem });
      return;
    }
    if (typeof current !== "object" || current === null) return;
    if (open.has(current)) {
      found.push({ path, what: "a circular reference (the value holds itself)", instead: "a copy of the part to write, without the cycle" });
      return;
    }
    open.add(current);
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        // A hole in an array reads as undefined, which JSON writes as null.
        if (!(i in current)) found.push({ path: childPath(path, i), what: "an empty array slot", instead: "null" });
        else walk(current[i], childPath(path, i));
      }
    } else {
      for (const key of Object.keys(current)) walk((current as Record<string, unknown>)[key], childPath(path, key));
      for (const symbol of Object.getOwnPropertySymbols(current)) {
        found.push({ path: childPath(path, String(symbol)), what: "a Symbol key", instead: "a string key" });
      }
    }
    open.delete(current);
  };
  walk(value, field);
  return found;
}

/** The ASL name of an IR field, for paths in messages (`result` → `Result`). */
export function aslField(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** The message of ASLC317 (after `state 'Name': `). */
export function nonJsonMessage(value: NonJsonValue): string {
  return `${value.path} is ${value.what}, which JSON cannot represent: write ${value.instead} instead`;
}
