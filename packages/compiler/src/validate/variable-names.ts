/**
 * The variables a state assigns, by name, and the rules for those names: a top-level key
 * (no `x.y` or `x[0]`), an identifier (a Unicode letter or `_`, then letters, digits, `_`),
 * at most 80 characters, and not `states`, which Step Functions reserves.
 */
import type { Json, StateNode } from "@aslc/dsl";
import type { Report } from "./report.ts";

export const MAX_VARIABLE_NAME_LENGTH = 80;
const IDENTIFIER = /^[\p{ID_Start}_]\p{ID_Continue}*$/u;

/** An Assign object's variable names; a JSONPath key's `.$` marks its value as a path, not the name. */
export function assignedNames(assign: Json | undefined): string[] {
  if (assign === undefined || assign === null || typeof assign !== "object" || Array.isArray(assign)) return [];
  return Object.keys(assign).map((key) => (key.endsWith(".$") ? key.slice(0, -2) : key));
}

/** Each Assign object of a state (its own, its Choice rules', its catchers') with its place. */
export function assignObjectsOf(state: StateNode): { readonly field: string; readonly assign: Json }[] {
  const places: { field: string; assign: Json }[] = [];
  if ("assign" in state && state.assign !== undefined) places.push({ field: "Assign", assign: state.assign });
  if (state.type === "Choice") {
    state.choices.forEach((rule, i) => {
      if (rule.assign !== undefined) places.push({ field: `Choices[${i}].Assign`, assign: rule.assign });
    });
  }
  if ("catch" in state) {
    state.catch?.forEach((c, i) => {
      if (c.assign !== undefined) places.push({ field: `Catch[${i}].Assign`, assign: c.assign });
    });
  }
  return places;
}

/** Each Assign of a state with its place and the names it assigns. */
export function assignsOf(state: StateNode): { readonly field: string; readonly names: readonly string[] }[] {
  return assignObjectsOf(state).map(({ field, assign }) => ({ field, names: assignedNames(assign) }));
}

function checkName(state: StateNode, field: string, name: string, report: Report): void {
  const where = `${field}.${name}`;
  if (name === "states") {
    report.error("ASLC145", state, `${where}: the variable name states is reserved ($states holds the state's input, result and context): choose another name`, where);
    return;
  }
  const subPath = /^([^.[]+)[.[]/u.exec(name);
  if (subPath) {
    report.error(
      "ASLC144",
      state,
      `${where}: Assign sets whole variables, not parts of one ('${name}'): assign the whole value to ${subPath[1]}, e.g. { "${subPath[1]}": "{% $merge([$${subPath[1]}, { … }]) %}" }`,
      where,
    );
    return;
  }
  if (!IDENTIFIER.test(name)) {
    report.error("ASLC144", state, `${where}: '${name}' is not a valid variable name: start with a letter or _, then letters, digits or _`, where);
  }
  const length = [...name].length;
  if (length > MAX_VARIABLE_NAME_LENGTH) {
    report.error("ASLC144", state, `${where}: the variable name has ${length} characters; Step Functions allows at most ${MAX_VARIABLE_NAME_LENGTH}: shorten it`, where);
  }
}

export function checkVariableNames(state: StateNode, report: Report): void {
  for (const { field, names } of assignsOf(state)) for (const name of names) checkName(state, field, name, report);
}
