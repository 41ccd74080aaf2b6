/** Schemas compared as the TypeScript they print, on one line. */
import type { ZodType } from "zod";
import { typeText, type Resolution } from "@aslc/compiler/internal";

export function flat(schema: ZodType): string {
  return typeText(schema).replace(/\s*\n\s*/g, " ");
}

/** The type text of a resolved lookup; fails the test with the reason otherwise. */
export function found(resolution: Resolution): string {
  if (!resolution.ok) throw new Error(`expected a schema, got: ${resolution.reason}`);
  return flat(resolution.schema);
}

export function reason(resolution: Resolution): string {
  if (resolution.ok) throw new Error(`expected no schema, got: ${flat(resolution.schema)}`);
  return resolution.reason;
}
