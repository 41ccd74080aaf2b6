/**
 * The answer of every schema lookup: the schema found, or why there is none. Lookups never
 * throw, so the flow can carry on with `unknown` and report the reason against the state.
 */
import type { ZodType } from "zod";

export type Resolution = { readonly ok: true; readonly schema: ZodType } | { readonly ok: false; readonly reason: string };

export function resolved(schema: ZodType): Resolution {
  return { ok: true, schema };
}

export function unresolved(reason: string): Resolution {
  return { ok: false, reason };
}

/** A schema derived from a template or an expression, with what could not be typed in it. */
export interface Derived {
  readonly schema: ZodType;
  readonly problems: readonly string[];
}
