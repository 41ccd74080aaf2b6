/**
 * Workflow variables as the flow carries them: the schema of each variable set on the way to a
 * state. Where paths meet, a variable's schema is the union over the paths that set it (a path
 * that does not set it adds nothing: reading it there is a use before assignment, which another
 * check reports). Assign takes effect on the transitions the state takes, not inside the state.
 */
import type { ZodType } from "zod";
import { processorOf, type MapNode } from "@aslc/dsl";
import { fingerprint } from "./schema-identity.ts";
import { unionOf } from "./union.ts";

export type Variables = ReadonlyMap<string, ZodType>;

export const NO_VARIABLES: Variables = new Map();

/** The variables at a state reached by several transitions. */
export function mergeVariables(arrivals: readonly Variables[]): Variables {
  if (arrivals.length === 1) return arrivals[0]!;
  const schemas = new Map<string, ZodType[]>();
  for (const variables of arrivals) {
    for (const [name, schema] of variables) {
      const list = schemas.get(name);
      if (list) list.push(schema);
      else schemas.set(name, [schema]);
    }
  }
  return new Map([...schemas].map(([name, list]) => [name, unionOf(list)]));
}

/** The variables after an Assign: assigned names take their new schemas, the others stay. */
export function withAssigned(variables: Variables, assigned: Variables): Variables {
  if (assigned.size === 0) return variables;
  const next = new Map(variables);
  for (const [name, schema] of assigned) next.set(name, schema);
  return next;
}

/** A text that is the same for the same variables and schemas (to see when a loop settles). */
export function variablesKey(variables: Variables): string {
  return [...variables].map(([name, schema]) => `${name}=${fingerprint(schema)}`).join(";");
}

/** An item processor starts with the outer variables, except a distributed one, which runs apart. */
export function processorVariables(state: MapNode, variables: Variables): Variables {
  return processorOf(state).mode === "DISTRIBUTED" ? NO_VARIABLES : variables;
}
