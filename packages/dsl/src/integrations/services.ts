/**
 * Typed helpers for the service integrations authors use most. Each gives the Resource ARN for
 * the chosen pattern, the request shape Parameters must produce, and the result shape.
 * `waitForTaskToken` results are whatever the callback sends; declare them with the task's
 * `result` schema.
 */
import { serviceIntegration, type Integration, type Pattern } from "./integration.ts";

/** DynamoDB's attribute value encoding. */
export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: boolean }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { L: AttributeValue[] }
  | { M: Record<string, AttributeValue> };

type Item = Record<string, unknown>;

interface Callback {
  /** Pause until SendTaskSuccess/SendTaskFailure is called with `$$.Task.Token`. */
  waitForTaskToken?: boolean;
}
interface Sync {
  /** Wait for the job to complete (`.sync`). */
  sync?: boolean;
}
type CallbackResult<O, R> = O extends { waitForTaskToken: true } ? unknown : R;
type SyncResult<O, Sync, Plain> = O extends { waitForTaskToken: true } ? unknown : O extends { sync: true } ? Sync : Plain;

function pattern(options: Callback & Sync & { sync2?: boolean }): Pattern {
  if (options.waitForTaskToken && (options.sync || options.sync2)) throw new TypeError("choose either sync or waitForTaskToken, not both");
  if (options.waitForTaskToken) return "waitForTaskToken";
  if (options.sync2) return "sync:2";
  return options.sync ? "sync" : "request-response";
}

export interface SnsPublishRequest {
  TopicArn?: string;
  TargetArn?: string;
  PhoneNumber?: string;
  Message: unknown;
  Subject?: string;
  MessageAttributes?: Record<string, unknown>;
  MessageStructure?: string;
  MessageGroupId?: string;
  MessageDeduplicationId?: string;
}

export const sns = {
  publish<const O extends Callback = {}>(options: O = {} as O): Integration<SnsPublishRequest, CallbackResult<O, { MessageId: string; SequenceNumber?: string }>> {
    return serviceIntegration("service", "sns", "publish", pattern(options));
  },
} as const;

export interface SqsSendMessageRequest {
  QueueUrl: string;
  MessageBody: unknown;
  DelaySeconds?: number;
  MessageAttributes?: Record<string, unknown>;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}

export const sqs = {
  sendMessage<const O extends Callback = {}>(options: O = {} as O): Integration<SqsSendMessageRequest, CallbackResult<O, { MessageId: string; MD5OfMessageBody: string; SequenceNumber?: string }>> {
    return serviceIntegration("service", "sqs", "sendMessage", pattern(options));
  },
} as const;

interface TableRequest {
  TableName: string;
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
  ReturnConsumedCapacity?: "INDEXES" | "TOTAL" | "NONE";
  ReturnValues?: "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";
}

export const dynamodb = {
  putItem(): Integration<TableRequest & { Item: Item }, { Attributes?: Item; ConsumedCapacity?: unknown }> {
    return serviceIntegration("service", "dynamodb", "putItem", "request-response");
  },
  getItem(): Integration<
    { TableName: string; Key: Item; ProjectionExpression?: string; ConsistentRead?: boolean; ExpressionAttributeNames?: Record<string, string> },
    { Item?: Item; ConsumedCapacity?: unknown }
  > {
    return serviceIntegration("service", "dynamodb", "getItem", "request-response");
  },
  updateItem(): Integration<TableRequest & { Key: Item; UpdateExpression?: string }, { Attributes?: Item; ConsumedCapacity?: unknown }> {
    return serviceIntegration("service", "dynamodb", "updateItem", "request-response");
  },
  deleteItem(): Integration<TableRequest & { Key: Item }, { Attributes?: Item; ConsumedCapacity?: unknown }> {
    return serviceIntegration("service", "dynamodb", "deleteItem", "request-response");
  },
} as const;

export interface EcsRunTaskRequest {
  TaskDefinition: string;
  Cluster?: string;
  LaunchType?: "EC2" | "FARGATE" | "EXTERNAL";
  Count?: number;
  Group?: string;
  NetworkConfiguration?: Record<string, unknown>;
  Overrides?: Record<string, unknown>;
  PlatformVersion?: string;
  StartedBy?: string;
  Tags?: { Key: string; Value: string }[];
  [field: string]: unknown;
}

export const ecs = {
  runTask<const O extends Callback & Sync = {}>(options: O = {} as O): Integration<EcsRunTaskRequest, SyncResult<O, { Tasks: unknown[]; Failures: unknown[] }, { Tasks: unknown[]; Failures: unknown[] }>> {
    return serviceIntegration("service", "ecs", "runTask", pattern(options));
  },
} as const;

export interface StartExecutionRequest {
  StateMachineArn: string;
  Input?: unknown;
  Name?: string;
  TraceHeader?: string;
}

interface ExecutionDescription<Output> {
  ExecutionArn: string;
  StateMachineArn: string;
  Name: string;
  Status: string;
  StartDate: number;
  StopDate: number;
  Input: string;
  Output: Output;
}

export const states = {
  /** Start a nested execution; `sync: true` waits and returns its output as a string, `sync2: true` as JSON. */
  startExecution<const O extends Callback & Sync & { sync2?: boolean } = {}>(
    options: O = {} as O,
  ): Integration<
    StartExecutionRequest,
    O extends { waitForTaskToken: true }
      ? unknown
      : O extends { sync2: true }
        ? ExecutionDescription<unknown>
        : O extends { sync: true }
          ? ExecutionDescription<string>
          : { ExecutionArn: string; StartDate: string }
  > {
    return serviceIntegration("service", "states", "startExecution", pattern(options));
  },
} as const;

export interface PutEventsRequest {
  Entries: { Detail: unknown; DetailType: string; Source: string; EventBusName?: string; Resources?: string[]; Time?: string }[];
}

export const events = {
  putEvents<const O extends Callback = {}>(options: O = {} as O): Integration<PutEventsRequest, CallbackResult<O, { Entries: { EventId?: string; ErrorCode?: string; ErrorMessage?: string }[]; FailedEntryCount: number }>> {
    return serviceIntegration("service", "events", "putEvents", pattern(options));
  },
} as const;

/** Any AWS SDK call through `arn:aws:states:::aws-sdk:<service>:<action>`; declare the result with `result`. */
export function awsSdk(service: string, action: string, options: Callback = {}): Integration<Record<string, unknown>, unknown> {
  if (!/^[a-z0-9]+$/.test(service)) throw new TypeError(`awsSdk: service '${service}' should be the SDK's lowercase service name, such as 's3' or 'dynamodb'`);
  if (!/^[a-z][A-Za-z0-9]*$/.test(action)) throw new TypeError(`awsSdk: action '${action}' should be the camelCase API action, such as 'getObject'`);
  return serviceIntegration("aws-sdk", service, action, options.waitForTaskToken ? "waitForTaskToken" : "request-response");
}

/** Any optimized integration by name: `service("glue", "startJobRun", { sync: true })`. */
export function service(name: string, action: string, options: Callback & Sync & { sync2?: boolean } = {}): Integration<Record<string, unknown>, unknown> {
  return serviceIntegration("service", name, action, pattern(options));
}
