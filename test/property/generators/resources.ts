/**
 * Task work: a resource (integration helper, raw ARN or `${Name}` placeholder) together with a
 * request that fits it. Callback tasks (`.waitForTaskToken`) always pass `$$.Task.Token` on, and
 * Express child workflows get neither callbacks, `.sync` jobs nor activities, which Express does
 * not run.
 */
import fc from "fast-check";
import { awsSdk, dynamodb, ecs, events, lambda, service, sns, sqs, states } from "@aslc/dsl";
import { contextPath, generalPath, TASK_TOKEN_PATH } from "./paths.ts";
import { templateArbitrary, type TemplateContext } from "./templates.ts";

/** What the task options get from the work chosen. */
export interface TaskWork {
  readonly resource: unknown;
  readonly parameters?: Record<string, unknown>;
  readonly payload?: Record<string, unknown>;
}

const plainContext: TemplateContext = { contextPaths: contextPath };
const tokenContext: TemplateContext = { contextPaths: contextPath, requiredDynamic: { TaskToken: TASK_TOKEN_PATH } };

const plain = templateArbitrary(plainContext);
const withToken = templateArbitrary(tokenContext);

const FUNCTION_NAMES = ["${PaymentFunctionArn}", "arn:aws:lambda:us-east-1:123456789012:function:Payment", "Payment:live"];
const FUNCTION_ARNS = ["${ValidateFunctionArn}", "arn:aws:lambda:us-east-1:123456789012:function:Validate", "arn:aws:lambda:eu-west-1:123456789012:function:Validate:3"];

const TABLE = "Orders";
const key = { pk: { "S.$": "$.id" } };

interface WorkOption {
  /** Needs a Standard workflow: callbacks, `.sync` jobs and activities do not run in Express ones. */
  readonly standardOnly?: boolean;
  readonly work: fc.Arbitrary<TaskWork>;
}

/** Any request shape a resource without a typed request takes: none, or a random template. */
const optionalParameters = fc.option(plain, { nil: undefined });

/** The request-response form and the callback form of an integration. */
function callbackOrNot(build: (callback: boolean) => fc.Arbitrary<TaskWork>): WorkOption[] {
  return [false, true].map((callback) => ({ standardOnly: callback, work: build(callback) }));
}

const WORK: readonly WorkOption[] = [
  ...callbackOrNot((callback) =>
    fc.tuple(fc.constantFrom(...FUNCTION_NAMES), fc.nat({ max: 2 }), callback ? withToken : plain).map(([fn, form, template]): TaskWork => {
      const resource = lambda.invoke(fn, callback ? { waitForTaskToken: true } : {});
      // A callback task must hand its token to the function, so it never sends the default payload.
      if (form === 0 && !callback) return { resource };
      if (form === 1) return { resource, payload: template };
      return { resource, parameters: { FunctionName: fn, Payload: template, InvocationType: "RequestResponse" } };
    }),
  ),
  { work: fc.tuple(fc.constantFrom(...FUNCTION_ARNS), optionalParameters).map(([arn, parameters]) => ({ resource: lambda.function(arn), parameters })) },
  ...callbackOrNot((callback) =>
    fc.tuple(callback ? withToken : plain, fc.oneof(fc.constant(undefined), generalPath)).map(([message, messagePath]) => ({
      resource: sns.publish(callback ? { waitForTaskToken: true } : {}),
      parameters:
        messagePath && !callback
          ? { TopicArn: "arn:aws:sns:us-east-1:123456789012:orders", "Message.$": messagePath }
          : { TopicArn: "arn:aws:sns:us-east-1:123456789012:orders", Message: message, Subject: "Order update" },
    })),
  ),
  ...callbackOrNot((callback) =>
    (callback ? withToken : plain).map((body) => ({
      resource: sqs.sendMessage(callback ? { waitForTaskToken: true } : {}),
      parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/orders", MessageBody: body },
    })),
  ),
  { work: fc.constant({ resource: dynamodb.putItem(), parameters: { TableName: TABLE, Item: { ...key, total: { N: "12" } }, ConditionExpression: "attribute_not_exists(pk)" } }) },
  { work: fc.constant({ resource: dynamodb.getItem(), parameters: { TableName: TABLE, Key: key, ConsistentRead: true } }) },
  {
    work: fc.constant({
      resource: dynamodb.updateItem(),
      parameters: { TableName: TABLE, Key: key, UpdateExpression: "SET #s = :s", ExpressionAttributeNames: { "#s": "status" }, ExpressionAttributeValues: { ":s": { "S.$": "$.status" } } },
    }),
  },
  { work: fc.constant({ resource: dynamodb.deleteItem(), parameters: { TableName: TABLE, Key: key } }) },
  {
    standardOnly: true,
    work: fc.constant({
      resource: ecs.runTask({ sync: true }),
      parameters: { LaunchType: "FARGATE", Cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/main", TaskDefinition: "arn:aws:ecs:us-east-1:123456789012:task-definition/worker:3" },
    }),
  },
  {
    standardOnly: true,
    work: fc.constant({
      resource: ecs.runTask({ waitForTaskToken: true }),
      parameters: {
        LaunchType: "FARGATE",
        Cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/main",
        TaskDefinition: "arn:aws:ecs:us-east-1:123456789012:task-definition/worker:3",
        Overrides: { ContainerOverrides: [{ Name: "worker", Environment: [{ Name: "TASK_TOKEN", "Value.$": TASK_TOKEN_PATH }] }] },
      },
    }),
  },
  ...[{}, { sync: true }, { sync2: true }].map((options) => ({
    standardOnly: Object.keys(options).length > 0,
    work: plain.map((input) => ({
      resource: states.startExecution(options),
      parameters: { StateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:Child", Input: { ...input, "AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID.$": "$$.Execution.Id" } },
    })),
  })),
  ...callbackOrNot((callback) =>
    (callback ? withToken : plain).map((detail) => ({
      resource: events.putEvents(callback ? { waitForTaskToken: true } : {}),
      parameters: { Entries: [{ Detail: detail, DetailType: "OrderPlaced", Source: "com.example.orders" }] },
    })),
  ),
  { work: fc.constant({ resource: awsSdk("s3", "getObject"), parameters: { Bucket: "my-bucket", "Key.$": "$.key" } }) },
  { work: plain.map((item) => ({ resource: awsSdk("dynamodb", "putItem"), parameters: { TableName: TABLE, Item: { pk: { S: "x" } }, ReturnValues: "NONE", Extra: item } })) },
  { standardOnly: true, work: fc.constant({ resource: service("glue", "startJobRun", { sync: true }), parameters: { JobName: "nightly" } }) },
  { work: optionalParameters.map((parameters) => ({ resource: "arn:aws:lambda:us-east-1:123456789012:function:Raw", parameters })) },
  { work: optionalParameters.map((parameters) => ({ resource: "arn:aws:states:::aws-sdk:dynamodb:getItem", parameters: { ...parameters, TableName: TABLE, Key: key } })) },
  { standardOnly: true, work: fc.constant({ resource: "arn:aws:states:us-east-1:123456789012:activity:Review" }) },
  { standardOnly: true, work: withToken.map((body) => ({ resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken", parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/q", MessageBody: body } })) },
  { work: optionalParameters.map((parameters) => ({ resource: "${WorkerFunctionArn}", parameters })) },
];

/** Task work; `express` leaves out what Express workflows cannot run. */
export function taskWork(express: boolean): fc.Arbitrary<TaskWork> {
  return fc.oneof(...WORK.filter((w) => !express || !w.standardOnly).map((w) => w.work));
}
