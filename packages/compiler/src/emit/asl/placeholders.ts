/**
 * The `${Name}` placeholders a definition holds: SAM's and CloudFormation's
 * DefinitionSubstitutions must supply exactly these.
 */
const PLACEHOLDER = /\$\{([^}]+)\}/g;

export function placeholdersIn(definition: unknown): string[] {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") for (const m of value.matchAll(PLACEHOLDER)) names.add(m[1]!);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(visit);
  };
  visit(definition);
  return [...names].sort();
}
