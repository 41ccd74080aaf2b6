/**
 * A Task resource with its request and result types. The helpers in this folder build them from
 * their descriptors; any ARN string can also be used directly as a resource (see arn.ts).
 */
import type { IntegrationInfo, Json } from "../ir/nodes.ts";
import type { IntegrationDescriptor, Pattern } from "./descriptor.ts";

export type { Pattern } from "./descriptor.ts";

export const INTEGRATION = Symbol.for("aslc.integration");

export interface Integration<Request = unknown, Result = unknown, WrapsPayload extends boolean = false> {
  readonly [INTEGRATION]: true;
  /** The Resource field as emitted (a literal ARN or a `${Name}` placeholder). */
  readonly resource: string;
  readonly info: IntegrationInfo;
  /** Parameters used when the task gives none (lambda:invoke passes the whole input as Payload). */
  readonly defaultParameters?: Json;
  /** Type-only: what the request must look like, what comes back, and whether it is a Lambda `Payload` wrapper. */
  readonly types?: { readonly request: Request; readonly result: Result; readonly wrapsPayload: WrapsPayload };
}

export function isIntegration(value: unknown): value is Integration {
  return typeof value === "object" && value !== null && INTEGRATION in value;
}

export const PATTERN_SUFFIX: Record<Pattern, string> = {
  "request-response": "",
  sync: ".sync",
  "sync:2": ".sync:2",
  waitForTaskToken: ".waitForTaskToken",
};

/** A `\${Name}` placeholder: what the `resource` option of a typed helper takes. */
const PLACEHOLDER = /^\$\{[A-Za-z0-9_.:-]+\}$/;

/** The Resource a helper writes: its placeholder when given one, checked here, else the ARN. */
function resourceOf(arn: string, placeholder: string | undefined): string {
  if (placeholder === undefined) return arn;
  if (typeof placeholder !== "string" || !PLACEHOLDER.test(placeholder)) {
    throw new TypeError(`resource ${JSON.stringify(placeholder)} is not a \${Name} placeholder: write it as "\${Name}", and map Name to ${arn} in DefinitionSubstitutions`);
  }
  return placeholder;
}

/**
 * A Task resource from its info: the ARN for the service, action and pattern the info names, or
 * the `\${Name}` placeholder that stands for it.
 */
export function serviceIntegration<Request, Result, WrapsPayload extends boolean = false>(
  info: IntegrationInfo,
  defaultParameters?: Json,
  placeholder?: string,
): Integration<Request, Result, WrapsPayload> {
  const prefix = info.kind === "aws-sdk" ? `arn:aws:states:::aws-sdk:${info.service}:${info.action}` : `arn:aws:states:::${info.service}:${info.action}`;
  return Object.freeze({ [INTEGRATION]: true as const, resource: resourceOf(prefix + PATTERN_SUFFIX[info.pattern], placeholder), info: Object.freeze(info), defaultParameters });
}

/**
 * A described integration's Task resource for one pattern; `target` is what the helper was given
 * (lambda:invoke's function), `placeholder` the helper's `resource` option.
 */
export function describedIntegration<Request, Result, WrapsPayload extends boolean = false>(
  descriptor: IntegrationDescriptor,
  pattern: Pattern,
  target?: string,
  placeholder?: string,
): Integration<Request, Result, WrapsPayload> {
  const { kind, service, action, id } = descriptor;
  const defaults = target === undefined ? undefined : descriptor.defaultRequest?.(target);
  return serviceIntegration({ kind, service, action, pattern, descriptor: id }, defaults, placeholder);
}
