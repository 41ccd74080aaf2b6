/**
 * Integrations without a typed helper: any AWS SDK call, any optimized integration by name, and
 * any Resource ARN. Where one is a described integration after all (`service("sns", "publish")`,
 * `"arn:aws:states:::sns:publish"`), the task's result is typed by its descriptor all the same.
 */
import type { IntegrationInfo } from "../ir/nodes.ts";
import { INTEGRATION, serviceIntegration, type Integration, type Pattern } from "./integration.ts";
import { patternOf, type Callback, type Placeholder, type Sync } from "./pattern-options.ts";
import { integrationDescriptor } from "./registry.ts";
import type { SdkActionArg, SdkCall } from "./aws-sdk-types.ts";

/**
 * Any AWS SDK call through `arn:aws:states:::aws-sdk:<service>:<action>`. Typed from the SDK v3
 * client when the project declares it in `AwsSdkClients` (see aws-sdk-types.ts); otherwise the
 * request is any object and the result unknown: declare it with `result`.
 */
export function awsSdk<const S extends string, const A extends string, const O extends Callback & Placeholder = {}>(
  service: S,
  action: SdkActionArg<S, A>,
  options: O = {} as O,
): Integration<SdkCall<S, A>[0], O extends { waitForTaskToken: true } ? unknown : SdkCall<S, A>[1]> {
  if (!/^[a-z0-9]+$/.test(service)) throw new TypeError(`awsSdk: service '${service}' should be the SDK's lowercase service name, such as 's3' or 'dynamodb'`);
  if (!/^[a-z][A-Za-z0-9]*$/.test(action)) throw new TypeError(`awsSdk: action '${action}' should be the camelCase API action, such as 'getObject'`);
  return serviceIntegration({ kind: "aws-sdk", service, action, pattern: options.waitForTaskToken ? "waitForTaskToken" : "request-response" }, undefined, options.resource);
}

/** Any optimized integration by name: `service("glue", "startJobRun", { sync: true })`. */
export function service(name: string, action: string, options: Callback & Sync & Placeholder & { sync2?: boolean } = {}): Integration<Record<string, unknown>, unknown> {
  return serviceIntegration(serviceInfo("service", name, action, patternOf(options)), undefined, options.resource);
}

/** Classifies a raw Resource string, so a plain Lambda ARN still counts as a Lambda task. */
export function integrationFromArn(arn: string): Integration {
  return Object.freeze({ [INTEGRATION]: true as const, resource: arn, info: Object.freeze(describeArn(arn)) });
}

function describeArn(arn: string): IntegrationInfo {
  if (/^arn:[^:]+:lambda:[^:]*:[^:]*:function:/.test(arn)) return { kind: "lambda-function", pattern: "request-response" };
  if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(arn)) return { kind: "activity", pattern: "request-response" };
  const service = /^arn:[^:]+:states:::(aws-sdk:)?([^:.]+):([^.]+)(?:\.(sync:2|sync|waitForTaskToken))?$/.exec(arn);
  if (service) {
    const pattern = (service[4] ?? "request-response") as Pattern;
    if (service[1]) return { kind: "aws-sdk", service: service[2], action: service[3], pattern };
    if (service[2] === "lambda" && service[3] === "invoke") return serviceInfo("lambda-invoke", "lambda", "invoke", pattern);
    return serviceInfo("service", service[2]!, service[3]!, pattern);
  }
  return { kind: "raw", pattern: "request-response" };
}

/** An optimized integration's info, naming its descriptor when it has one. */
function serviceInfo(kind: "service" | "lambda-invoke", service: string, action: string, pattern: Pattern): IntegrationInfo {
  const descriptor = integrationDescriptor(`${service}:${action}`)?.id;
  return descriptor === undefined ? { kind, service, action, pattern } : { kind, service, action, pattern, descriptor };
}
