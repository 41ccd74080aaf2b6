/**
 * One optimized service integration, described once: its Resource ARN, the request it takes and
 * what it returns for each pattern. The typed helper (`sns.publish()`, …) is built from it, its
 * types are derived from its schemas, and the compiler reads a task's result schema from the
 * descriptor the task's IR names. Add an integration by describing it in its service's file and
 * listing it in registry.ts.
 */
import type { ZodType } from "zod";
import type { IntegrationInfo, Json } from "../ir/nodes.ts";

export type Pattern = IntegrationInfo["pattern"];

/** The patterns whose result the service defines: a callback's result is whatever SendTaskSuccess sends. */
export type WorkPattern = Exclude<Pattern, "waitForTaskToken">;

export interface IntegrationDescriptor<Request extends ZodType = ZodType, Results extends { readonly [P in WorkPattern]?: ZodType } = { readonly [P in WorkPattern]?: ZodType }> {
  /** `service:action`, as the Resource ARN ends; the IR names the descriptor by it. */
  readonly id: string;
  /** `lambda-invoke` wraps the handler's return value (see `envelope`); the rest are `service`. */
  readonly kind: "lambda-invoke" | "service";
  readonly service: string;
  readonly action: string;
  /** The Resource for the request-response pattern; other patterns add their suffix (`.sync`, …). */
  readonly resource: string;
  /** What Parameters (JSONata: Arguments) must produce. */
  readonly request: Request;
  /** What the work returns for each pattern it offers; it offers `.sync` and `.sync:2` where it gives their result (offered-patterns.ts). */
  readonly results: Results;
  /** Whether the service offers `.waitForTaskToken`. */
  readonly callback: boolean;
  /** lambda:invoke: the response around the handler's return value (the task's `result` schema). */
  readonly envelope?: (payload: ZodType) => ZodType;
  /** The request used when the task gives none, given the helper's argument. @default none */
  readonly defaultRequest?: (target: string) => Json;
}

type DescriptorFields<Request extends ZodType, Results extends { readonly [P in WorkPattern]?: ZodType }> = Omit<
  IntegrationDescriptor<Request, Results>,
  "id" | "resource" | "kind" | "callback"
> &
  Partial<Pick<IntegrationDescriptor, "kind" | "callback">>;

/** A frozen descriptor; `kind` @default "service", `callback` @default false. */
export function describeIntegration<Request extends ZodType, Results extends { readonly [P in WorkPattern]?: ZodType }>(
  fields: DescriptorFields<Request, Results>,
): IntegrationDescriptor<Request, Results> {
  return Object.freeze({
    kind: "service" as const,
    callback: false,
    ...fields,
    id: `${fields.service}:${fields.action}`,
    resource: `arn:aws:states:::${fields.service}:${fields.action}`,
  });
}
