/**
 * Linear chains: tasks (lambda.invoke and lambda.function, with result schemas, ResultSelector
 * and ResultPath), Pass states with Parameters (`.$` keys, ref(), intrinsics, the context
 * object) and Waits, in a repeating cycle of six.
 *
 * Results go to a few rotating slots rather than a new field per state: the payload then stays
 * the same width however long the chain is, so any growth of the per-state cost comes from the
 * chain itself and not from a payload that widens with every state.
 */
import { ORDER_SCHEMA, ORDER_SCHEMA_NAME } from "./order-schema.ts";
import { str, workflowFile } from "./source.ts";

const CYCLE = 6;
const SLOTS = 4;

/** The i-th state of the cycle; slot reads only touch slots written earlier in the same cycle. */
export function linearLink(i: number): string {
  const s = Math.floor(i / CYCLE) % SLOTS;
  switch (i % CYCLE) {
    case 0:
      return `.task(${str(`Score${i}`)}, {
    resource: lambda.invoke("\${ScoreFunctionArn}"),
    result: z.object({ ok: z.boolean(), score: z.number(), label: z.string() }),
    resultSelector: { "body.$": "$.Payload", status: ref("$.StatusCode") },
    resultPath: "$.score${s}",
  })`;
    case 1:
      return `.pass(${str(`Summarize${i}`)}, {
    parameters: {
      "orderId.$": "$.orderId",
      total: ref("$.total"),
      itemCount: States.ArrayLength(ref("$.items")),
      status: ref("$.score${s}.status"),
      headline: States.Format("Order {} scored {}", ref("$.orderId"), ref("$.score${s}.body.score")),
      step: ${i},
    },
    resultPath: "$.summary${s}",
  })`;
    case 2:
      return `.task(${str(`Check${i}`)}, {
    resource: lambda.function("\${CheckFunctionArn}"),
    result: z.object({ accepted: z.boolean(), reason: z.string().optional() }),
    resultPath: "$.check${s}",
    retry: [{ errorEquals: ["States.TaskFailed"], intervalSeconds: 2, maxAttempts: 3, backoffRate: 2 }],
  })`;
    case 3:
      return Math.floor(i / CYCLE) % 2 === 0
        ? `.wait(${str(`Pause${i}`)}, { seconds: 5 })`
        : `.wait(${str(`Pause${i}`)}, { secondsPath: "$.delaySeconds" })`;
    case 4:
      return `.task(${str(`Notify${i}`)}, {
    resource: lambda.invoke("\${NotifyFunctionArn}"),
    payload: { "orderId.$": "$.orderId", email: ref("$.customer.email"), accepted: ref("$.check${s}.accepted") },
    result: z.object({ messageId: z.string() }),
    resultSelector: { "messageId.$": "$.Payload.messageId" },
    resultPath: "$.notify${s}",
  })`;
    default:
      return `.pass(${str(`Record${i}`)}, {
    parameters: { "executionId.$": "$$.Execution.Id", enteredAt: ref("$$.State.EnteredTime"), "summary.$": "$.summary${s}" },
    resultPath: "$.meta",
  })`;
  }
}

/** A linear workflow of exactly `states` states: the cycle, then a Succeed. */
export function linearWorkflow(states: number): string {
  const links = Array.from({ length: states - 1 }, (_, i) => linearLink(i));
  links.push(`.succeed("Done")`);
  return workflowFile(`Linear${states}`, ORDER_SCHEMA_NAME, ORDER_SCHEMA, links);
}
