/**
 * The untyped forms a rebuild module may write, each told from the module's source text, so a
 * module that writes one without naming it (in its `escapes`) shows, and so does a named one it
 * no longer writes.
 */
import type { EscapeKind } from "./rebuild.ts";

const FORMS: Readonly<Record<EscapeKind, RegExp>> = {
  // A Resource written as a string, or classified from one: nothing checks its request or types its result.
  "raw resource": /\bresource:\s*["'`]|\bintegrationFromArn\(/,
  // An integration named by strings, whose request and result are unknown to the types.
  "untyped integration": /\b(?:service|awsSdk)\(/,
  // An intrinsic function written as text rather than through `States`: its arguments go unchecked.
  "raw intrinsic": /["'`]States\.[A-Za-z]+\(/,
  // A schema that says nothing of a value the definition reads.
  "unknown schema": /\bz\.(?:unknown|any)\(\)/,
  // A cast around the types.
  cast: /\bas (?:any|never|unknown)\b|\bUntyped\b/,
};

/** The kinds of untyped form a module's source writes. */
export function escapeKindsIn(source: string): EscapeKind[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, "");
  return (Object.keys(FORMS) as EscapeKind[]).filter((kind) => FORMS[kind].test(code));
}
