/**
 * What a Pass state built from a plan must emit, worked out here rather than by the DSL: a
 * Result is copied verbatim, and a template turns `ref(…)` and intrinsic values into `key.$`
 * fields. Compared as JSON text, so a dropped or reordered field shows.
 */
import { isIntrinsic, isRef } from "@aslc/dsl";
import type { PassRecord } from "./generators/build-workflow.ts";

type Definition = Record<string, unknown>;

function expectedTemplate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expectedTemplate);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const dynamic = isRef(item) ? item.path : isIntrinsic(item) ? item.expression : undefined;
      if (dynamic === undefined) return [key, expectedTemplate(item)];
      return [key.endsWith(".$") ? key : `${key}.$`, dynamic];
    }),
  );
}

/** The state called `name` anywhere in the definition (names are unique across it). */
export function findState(machine: Definition, name: string): Definition | undefined {
  const states = machine.States as Definition;
  if (Object.hasOwn(states, name)) return states[name] as Definition;
  for (const state of Object.values(states) as Definition[]) {
    const nested = [...((state.Branches as Definition[] | undefined) ?? []), ...(state.ItemProcessor ? [state.ItemProcessor as Definition] : [])];
    for (const inner of nested) {
      const found = findState(inner, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Differences between the Pass states a plan asked for and the emitted definition. */
export function passMismatches(definition: Definition, passes: readonly PassRecord[]): string[] {
  const problems: string[] = [];
  for (const { name, options } of passes) {
    const state = findState(definition, name);
    if (!state) {
      problems.push(`Pass '${name}' is missing`);
      continue;
    }
    const expected = { Result: JSON.stringify(options.result), Parameters: JSON.stringify(expectedTemplate(options.parameters)) };
    for (const field of ["Result", "Parameters"] as const) {
      const actual = JSON.stringify(state[field]);
      if (actual !== expected[field]) problems.push(`Pass '${name}' ${field}: expected ${expected[field]}, emitted ${actual}`);
    }
  }
  return problems;
}
