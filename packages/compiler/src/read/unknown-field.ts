/**
 * A key no field of its object claims: a misspelling (`Nxt`), a field of another state kind
 * (`Seconds` on a Task), or one ASL does not have. Reported with the state, where it is written,
 * and the field most likely meant.
 */
import { STATE_SPECS, type ObjectSpec } from "@aslc/dsl/internal";
import { nearestName } from "../nearest-name.ts";
import type { NodePath } from "./definition-source.ts";
import { aslKeysOf, type ReadScope } from "./read-fields.ts";

/** Beyond this many, the fields an object has are not listed in the message (a Choice rule's dozens of comparisons). */
const MAX_LISTED = 30;

/** The state kinds (other than `spec`'s own) that have a field. */
function kindsWith(key: string, spec: ObjectSpec): string[] {
  return Object.entries(STATE_SPECS)
    .filter(([, other]) => other !== spec && aslKeysOf(other).has(key))
    .map(([type]) => type);
}

export function reportUnknownField(key: string, path: NodePath, known: ReadonlySet<string>, spec: ObjectSpec, scope: ReadScope): void {
  const isState = Object.values(STATE_SPECS).includes(spec as never);
  const elsewhere = isState ? kindsWith(key, spec) : [];
  const nearest = nearestName(key, known);
  const advice =
    elsewhere.length > 0
      ? `it is a field of ${elsewhere.join(", ")} states: remove it, or change the state's Type`
      : nearest !== undefined
        ? `did you mean '${nearest}'?`
        : known.size <= MAX_LISTED
          ? `remove it (${scope.label} has ${[...known].sort().join(", ")})`
          : "remove it";
  scope.ctx.report("ASLC410", path, scope.state, `${scope.label} has no field '${key}': ${advice}`, { holdable: true });
}
