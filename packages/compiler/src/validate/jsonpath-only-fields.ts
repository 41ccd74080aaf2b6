/**
 * A JSONata state reads its input with `$states.input` and shapes its data with arguments and
 * output, so the JSONPath fields (paths, Parameters, ResultSelector, ResultPath, Result, every
 * *Path variant), `.$` Assign keys and Variable-based Choice rules have no place in it. Which
 * fields are JSONPath-only, and what to write instead, is the field spec's.
 */
import type { Condition, StateNode } from "@aslc/dsl";
import { fieldsOf, inLanguage, type FieldPlace } from "@aslc/dsl/internal";
import { twinOption } from "./jsonata-only-fields.ts";
import type { Report } from "./report.ts";
import { assignObjectsOf } from "./variable-names.ts";

/** What to write in a JSONata state instead of a JSONPath field: the spec's advice, or the `…Path` twin's expression form. */
function instead(place: FieldPlace): string {
  if (place.spec.instead !== undefined) return place.spec.instead;
  return `give ${twinOption(place) ?? place.option} as an expression, e.g. "{% $states.input.… %}"`;
}

export function checkJsonPathOnlyFields(state: StateNode, report: Report): void {
  const places = [...fieldsOf(state)];
  for (const p of places) {
    if (inLanguage(p.spec, "JSONata")) continue;
    report.error("ASLC131", state, `${p.option} (${p.field}) is a JSONPath field; in a JSONata state ${instead(p)}`, p.field);
  }
  for (const p of places) {
    if (p.spec.kind !== "condition" || (p.value as Condition).kind === "jsonata") continue;
    const rule = p.field.slice(0, -".Condition".length);
    report.error(
      "ASLC132",
      state,
      `${p.option.replace("condition of ", "")} (${rule}) tests a Variable with comparison operators, a JSONPath rule; in a JSONata state give a Condition: when("{% $states.input.… > 100 %}", …) or a condition from the factory`,
      rule,
    );
  }
  // Elsewhere in a JSONata value a key ending in .$ is a literal key (Step Functions passes
  // `{ "id.$": "$" }` in an Output on as written); an Assign's key names the variable.
  for (const { field, assign } of assignObjectsOf(state)) {
    if (assign === null || typeof assign !== "object" || Array.isArray(assign)) continue;
    for (const key of Object.keys(assign)) {
      if (!key.endsWith(".$")) continue;
      const where = `${field}.${key}`;
      report.error(
        "ASLC133",
        state,
        `${where}: a key ending in .$ is JSONPath; in a JSONata state write "${key.slice(0, -2)}" and give its value as an expression, "{% … %}"`,
        where,
      );
    }
  }
}
