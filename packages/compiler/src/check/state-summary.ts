/**
 * What changed, state by state, between two ASL definitions: one line per change, e.g.
 * `state Charge: Retry[0].MaxAttempts 3 → 5`, `state Audit: added`. States are found in
 * Parallel branches and Map processors too.
 */
type Json = unknown;

function statesOf(definition: Json, into = new Map<string, Json>()): Map<string, Json> {
  const states = (definition as { States?: Record<string, Json> })?.States;
  if (states && typeof states === "object") {
    for (const [name, state] of Object.entries(states)) {
      into.set(name, state);
      const s = state as { Branches?: Json[]; ItemProcessor?: Json; Iterator?: Json };
      s.Branches?.forEach((b) => statesOf(b, into));
      if (s.ItemProcessor) statesOf(s.ItemProcessor, into);
      if (s.Iterator) statesOf(s.Iterator, into);
    }
  }
  return into;
}

function show(value: Json): string {
  return value === undefined ? "(none)" : JSON.stringify(value);
}

/** Field-level differences, nested states excluded (they are reported as states of their own). */
function differences(before: Json, after: Json, path: string, out: string[]): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const isObject = (v: Json) => typeof v === "object" && v !== null;
  if (isObject(before) && isObject(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before as object), ...Object.keys(after as object)])];
    for (const key of keys) {
      if (path === "" && (key === "Branches" || key === "ItemProcessor" || key === "Iterator")) {
        differences(stripStates((before as any)[key]), stripStates((after as any)[key]), key, out);
        continue;
      }
      const child = Array.isArray(before) ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
      differences((before as any)[key], (after as any)[key], child, out);
    }
    return;
  }
  out.push(`${path} ${show(before)} → ${show(after)}`);
}

/** A nested machine without its States (those are compared as states). */
function stripStates(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripStates);
  if (typeof value !== "object" || value === null) return value;
  const { States: _states, ...rest } = value as Record<string, Json>;
  return rest;
}

export function stateSummary(before: Json, after: Json): string[] {
  const lines: string[] = [];
  const top: string[] = [];
  differences(stripStates(before), stripStates(after), "", top);
  for (const change of top) lines.push(`machine: ${change}`);
  const old = statesOf(before);
  const now = statesOf(after);
  for (const [name, state] of now) {
    if (!old.has(name)) {
      lines.push(`state ${name}: added`);
      continue;
    }
    const changes: string[] = [];
    differences(old.get(name), state, "", changes);
    for (const change of changes) lines.push(`state ${name}: ${change}`);
  }
  for (const name of old.keys()) if (!now.has(name)) lines.push(`state ${name}: removed`);
  return lines;
}
