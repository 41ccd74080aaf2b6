/**
 * What a Resource names: the ARN itself, or for a `${Name}` placeholder the ARN the template's
 * DefinitionSubstitutions map it to, when that is text (or `Fn::Sub` text); and the integration that ARN is,
 * classified as the DSL classifies a Resource written as text.
 */
import type { IntegrationInfo } from "@aslc/dsl";
import { integrationFromArn } from "@aslc/dsl/internal";

export type Substitutions = { readonly [name: string]: unknown } | undefined;

export interface ResourceTarget {
  /** The ARN; a substitution's `${AWS::Partition}` read as the standard partition. */
  readonly arn: string;
  /** The placeholder written as the Resource, for the helper's `resource` option. */
  readonly placeholder?: string;
}

export interface NamedWork {
  readonly info: IntegrationInfo;
  readonly placeholder?: string;
}

const PLACEHOLDER = /^\$\{([^}]+)\}$/;

/** The text of a substitution: plain text, or `Fn::Sub`'s (`!Sub arn:${AWS::Partition}:states:::sns:publish`). */
function substitutedText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const sub = (value as { readonly "Fn::Sub"?: unknown })["Fn::Sub"];
  if (keys.length !== 1 || keys[0] !== "Fn::Sub") return undefined;
  return typeof sub === "string" ? sub : Array.isArray(sub) && typeof sub[0] === "string" ? sub[0] : undefined;
}

/**
 * The ARN a substitution gives, as far as its kind goes: the standard partition for
 * `${AWS::Partition}` (the helpers write that one), and a colon-free stand-in for any other
 * reference CloudFormation fills in (`${AWS::Region}`, `${Function}`), which names no integration.
 */
function substitutedArn(text: string): string {
  return text.replace(/\$\{AWS::Partition\}/g, "aws").replace(/\$\{[^}]*\}/g, "ref");
}

export function resourceTarget(resource: string, substitutions: Substitutions): ResourceTarget | undefined {
  const placeholder = PLACEHOLDER.exec(resource);
  if (placeholder === null) return { arn: resource };
  const name = placeholder[1]!;
  const text = substitutions !== undefined && Object.hasOwn(substitutions, name) ? substitutedText(substitutions[name]) : undefined;
  return text === undefined ? undefined : { arn: substitutedArn(text), placeholder: resource };
}

export function namedWork(resource: string, substitutions: Substitutions): NamedWork | undefined {
  const target = resourceTarget(resource, substitutions);
  return target === undefined ? undefined : { info: integrationFromArn(target.arn).info, placeholder: target.placeholder };
}
