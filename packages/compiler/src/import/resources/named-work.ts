/**
 * What a Resource names: the ARN itself, or for a `${Name}` placeholder the ARN the template's
 * DefinitionSubstitutions map it to, when that is text; and the integration that ARN is,
 * classified as the DSL classifies a Resource written as text.
 */
import type { IntegrationInfo } from "@aslc/dsl";
import { integrationFromArn } from "@aslc/dsl/internal";

export type Substitutions = { readonly [name: string]: unknown } | undefined;

export interface ResourceTarget {
  /** The ARN, in the standard partition when a substitution wrote `${AWS::Partition}`. */
  readonly arn: string;
  /** The placeholder written as the Resource, for the helper's `resource` option. */
  readonly placeholder?: string;
}

export interface NamedWork {
  readonly info: IntegrationInfo;
  readonly placeholder?: string;
}

const PLACEHOLDER = /^\$\{([^}]+)\}$/;

/** `Fn::Sub`'s partition, which a substitution's ARN often holds: the helpers' ARNs are in the standard one. */
const SUBSTITUTED_PARTITION = /^arn:\$\{AWS::Partition\}:/;

export function resourceTarget(resource: string, substitutions: Substitutions): ResourceTarget | undefined {
  const placeholder = PLACEHOLDER.exec(resource);
  if (placeholder === null) return { arn: resource };
  const name = placeholder[1]!;
  const target = substitutions !== undefined && Object.hasOwn(substitutions, name) ? substitutions[name] : undefined;
  return typeof target === "string" ? { arn: target.replace(SUBSTITUTED_PARTITION, "arn:aws:"), placeholder: resource } : undefined;
}

export function namedWork(resource: string, substitutions: Substitutions): NamedWork | undefined {
  const target = resourceTarget(resource, substitutions);
  return target === undefined ? undefined : { info: integrationFromArn(target.arn).info, placeholder: target.placeholder };
}
