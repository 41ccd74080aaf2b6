/**
 * A template's DefinitionSubstitutions against the definition's `${Name}` placeholders: one that
 * nothing substitutes is deployed as the literal text `${Name}` (an ARN Step Functions refuses,
 * ASLC420), and a substitution no placeholder uses is likely a misspelling (a warning, ASLC421).
 * Placeholders the reader made from CloudFormation intrinsics written in place (`{"Ref": "X"}`)
 * and CloudFormation's own pseudo parameters (`${AWS::Region}`) need no substitution.
 */
import type { WorkflowIR } from "@aslc/dsl";
import type { Diagnostic } from "../diagnostics.ts";
import { placeholdersIn } from "../emit/asl/placeholders.ts";
import type { DefinitionSource, NodePath } from "../read/definition-source.ts";

/** The first node of the definition whose text holds `${name}`. */
function firstUse(value: unknown, name: string, path: NodePath = []): NodePath | undefined {
  if (typeof value === "string") return value.includes(`\${${name}}`) ? path : undefined;
  if (typeof value !== "object" || value === null) return undefined;
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = firstUse(item, name, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Whether a node is a CloudFormation intrinsic (`{"Ref": …}`, `{"Fn::Sub": …}`): CloudFormation resolves those itself. */
function isIntrinsic(value: object): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === "Ref" || keys[0]!.startsWith("Fn::"));
}

/** The definition without its CloudFormation intrinsics. */
function withoutIntrinsics(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIntrinsics);
  if (typeof value !== "object" || value === null) return value;
  if (isIntrinsic(value)) return null;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutIntrinsics(item)]));
}

export function substitutionProblems(source: DefinitionSource, workflow: WorkflowIR, intrinsics: ReadonlySet<string>): Diagnostic[] {
  const given = source.substitutions;
  if (given === undefined) return [];
  const used = placeholdersIn(withoutIntrinsics(source.definition)).filter((name) => !intrinsics.has(name) && !name.startsWith("AWS::"));
  const problems: Diagnostic[] = [];
  const names = Object.keys(given);
  for (const name of used) {
    if (Object.hasOwn(given, name)) continue;
    problems.push({
      code: "ASLC420",
      severity: "error",
      workflow: workflow.name,
      message: `state machine '${source.name}': the definition uses \${${name}}, which DefinitionSubstitutions does not give (it gives ${names.length > 0 ? names.join(", ") : "nothing"}): add ${name} to DefinitionSubstitutions, or correct the placeholder`,
      site: source.siteOf(firstUse(source.definition, name) ?? []),
    });
  }
  for (const name of names) {
    if (used.includes(name)) continue;
    problems.push({
      code: "ASLC421",
      severity: "warning",
      workflow: workflow.name,
      message: `state machine '${source.name}': DefinitionSubstitutions gives ${name}, which the definition never uses as \${${name}}: remove it, or correct the placeholder it was meant for`,
      site: source.substitutionSite?.(name) ?? workflow.site,
    });
  }
  return problems;
}
