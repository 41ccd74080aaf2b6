/**
 * The two public ASL validators, as the test suite uses them. asl-validator mutates its
 * argument, so it gets a clone. @wmfs/statelint predates Distributed Map, JSONata and
 * variables, so it is asked only about definitions that use none of them.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const aslValidator = require("asl-validator") as (definition: unknown) => { isValid: boolean; errors: unknown[]; errorsText: (sep?: string) => string };
const { StateLint } = require("@wmfs/statelint") as { StateLint: new () => { validate(json: unknown): string[] } };

const statelint = new StateLint();

export function aslValidatorProblems(definition: unknown): string[] {
  const result = aslValidator(structuredClone(definition));
  return result.isValid ? [] : [result.errorsText("\n")];
}

export function statelintProblems(definition: unknown): string[] {
  return statelint.validate(structuredClone(definition));
}

const DISTRIBUTED_ONLY = ["ItemReader", "ItemBatcher", "ResultWriter", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath", "Label", "ProcessorConfig"];
const NEWER_FIELDS = ["QueryLanguage", "Assign", "Arguments", "Output", "Condition", "Items", "MaxConcurrencyPath"];

/** True where a definition uses fields @wmfs/statelint does not know (Distributed Map, JSONata, variables). */
export function beyondStatelint(definition: unknown): boolean {
  let found = false;
  const visit = (value: unknown): void => {
    if (found || typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) return value.forEach(visit);
    for (const [key, item] of Object.entries(value)) {
      if (DISTRIBUTED_ONLY.includes(key) || NEWER_FIELDS.includes(key)) found = true;
      if (key === "Mode" && item === "DISTRIBUTED") found = true;
      visit(item);
    }
  };
  visit(definition);
  return found;
}

/**
 * The definition as deployed: SAM/CloudFormation replace `${Name}` placeholders before Step
 * Functions sees it, and statelint insists a Resource is a URI, so placeholders become ARNs.
 */
export function substitutePlaceholders(definition: unknown): unknown {
  return JSON.parse(JSON.stringify(definition).replace(/\$\{([A-Za-z0-9_.:-]+)\}/g, (_, name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name.replace(/[^A-Za-z0-9_-]/g, "-")}`));
}

/** Every problem either validator reports (statelint only where it applies). */
export function validatorProblems(definition: unknown): string[] {
  const problems = aslValidatorProblems(definition).map((p) => `asl-validator: ${p}`);
  if (!beyondStatelint(definition)) problems.push(...statelintProblems(substitutePlaceholders(definition)).map((p) => `statelint: ${p}`));
  return problems;
}
