/**
 * A Task resource with its request and result types. The helpers in this folder build them;
 * any ARN string can also be used directly as a resource (typed as unknown in and out).
 */
import type { IntegrationInfo, Json } from "../ir/nodes.ts";

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

export type Pattern = IntegrationInfo["pattern"];

export function isIntegration(value: unknown): value is Integration {
  return typeof value === "object" && value !== null && INTEGRATION in value;
}

const SUFFIX: Record<Pattern, string> = {
  "request-response": "",
  sync: ".sync",
  "sync:2": ".sync:2",
  waitForTaskToken: ".waitForTaskToken",
};

export function serviceIntegration<Request, Result, WrapsPayload extends boolean = false>(
  kind: IntegrationInfo["kind"],
  service: string,
  action: string,
  pattern: Pattern,
  defaultParameters?: Json,
): Integration<Request, Result, WrapsPayload> {
  const prefix = kind === "aws-sdk" ? `arn:aws:states:::aws-sdk:${service}:${action}` : `arn:aws:states:::${service}:${action}`;
  const info: IntegrationInfo = Object.freeze({ kind, service, action, pattern });
  return Object.freeze({ [INTEGRATION]: true as const, resource: prefix + SUFFIX[pattern], info, defaultParameters });
}

/** Classifies a raw Resource string, so a plain Lambda ARN still counts as a Lambda task. */
export function integrationFromArn(arn: string): Integration {
  const info = describeArn(arn);
  return Object.freeze({ [INTEGRATION]: true as const, resource: arn, info });
}

function describeArn(arn: string): IntegrationInfo {
  if (/^arn:[^:]+:lambda:[^:]*:[^:]*:function:/.test(arn)) return { kind: "lambda-function", pattern: "request-response" };
  if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(arn)) return { kind: "activity", pattern: "request-response" };
  const service = /^arn:[^:]+:states:::(aws-sdk:)?([^:.]+):([^.]+)(?:\.(sync:2|sync|waitForTaskToken))?$/.exec(arn);
  if (service) {
    const pattern = (service[4] ?? "request-response") as Pattern;
    if (service[1]) return { kind: "aws-sdk", service: service[2], action: service[3], pattern };
    if (service[2] === "lambda" && service[3] === "invoke") return { kind: "lambda-invoke", service: "lambda", action: "invoke", pattern };
    return { kind: "service", service: service[2], action: service[3], pattern };
  }
  return { kind: "raw", pattern: "request-response" };
}
