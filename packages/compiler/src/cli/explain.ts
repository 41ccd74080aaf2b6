/** `aslc explain ASLCnnn`: what a diagnostic code means and what to do, from the registry. */
import { DIAGNOSTICS, isDiagnosticCode } from "@aslc/dsl";

export type Explanation = { readonly code: string; readonly title: string; readonly explanation: string } | { readonly problem: string };

/** The registry's entry for `given` (case does not matter), or why there is none. */
export function explain(given: string): Explanation {
  const code = given.trim().toUpperCase();
  if (isDiagnosticCode(code)) return { code, ...DIAGNOSTICS[code] };
  if (/^TS\d+$/.test(code)) return { problem: `${code} is TypeScript's own error code, not aslc's: the message beside it says what is wrong (TypeScript's documentation lists its codes)` };
  return { problem: `'${given}' is not an aslc diagnostic code: codes look like ASLC102 (the README's Diagnostics table lists them all)` };
}

/** The explanation as `aslc explain` prints it. */
export function explanationText(found: { readonly code: string; readonly title: string; readonly explanation: string }): string {
  return `${found.code}: ${found.title}\n\n${found.explanation}`;
}
