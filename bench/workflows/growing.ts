/**
 * Growing payloads, the way real workflows accumulate results: every task writes its result at
 * its own ResultPath (`$.step0`, `$.step1`, …), so the payload gains a field per task, and every
 * fifth state is a Choice that reads the field the state before it wrote (one rule ends in a
 * Fail, the Default goes on). Tasks alternate between lambda.function and lambda.invoke with a
 * ResultSelector, and a Pass now and then reads an earlier step through Parameters.
 */
import { ORDER_SCHEMA, ORDER_SCHEMA_NAME } from "./order-schema.ts";
import { str, workflowFile } from "./source.ts";

const CYCLE = 5;

/** The i-th link; `written` is the step field the state before it wrote. Returns the link and its state count. */
function growingLink(i: number, written: string): { link: string; states: number } {
  switch (i % CYCLE) {
    case 0:
    case 2:
      return {
        link: `.task(${str(`Step${i}`)}, {
    resource: lambda.function("\${StepFunctionArn}"),
    result: z.object({ ok: z.boolean(), score: z.number(), label: z.string() }),
    resultPath: "$.step${i}",
  })`,
        states: 1,
      };
    case 1:
      return {
        link: `.task(${str(`Step${i}`)}, {
    resource: lambda.invoke("\${StepFunctionArn}"),
    payload: { "orderId.$": "$.orderId", "previous.$": "${written}.score" },
    result: z.object({ ok: z.boolean(), score: z.number(), label: z.string() }),
    resultSelector: { "score.$": "$.Payload.score", "label.$": "$.Payload.label" },
    resultPath: "$.step${i}",
  })`,
        states: 1,
      };
    case 3:
      return {
        link: `.pass(${str(`Step${i}`)}, {
    parameters: { "orderId.$": "$.orderId", "label.$": "${written}.label", total: ref("$.total") },
    resultPath: "$.step${i}",
  })`,
        states: 1,
      };
    default:
      return {
        link: `.choice(${str(`Check${i}`)}, (c) =>
    c
      .when(c.stringEquals("${written}.label", "reject"), (b) => b.fail(${str(`Reject${i}`)}, { error: "Rejected", cause: "A step rejected the order" }))
      .otherwise((b) => b),
  )`,
        states: 2,
      };
  }
}

/** A growing-payload workflow of exactly `states` states, ending in a Succeed. */
export function growingWorkflow(states: number): string {
  const links: string[] = [];
  let count = 0;
  let written = "$.orderId";
  for (let i = 0; ; i++) {
    const next = growingLink(i, written);
    if (count + next.states > states - 1) break;
    links.push(next.link);
    count += next.states;
    if (i % CYCLE !== 4) written = `$.step${i}`;
  }
  for (let i = 0; count < states - 1; i++, count++) links.push(`.pass(${str(`Pad${i}`)})`);
  links.push(`.succeed("Done")`);
  return workflowFile(`Growing${states}`, ORDER_SCHEMA_NAME, ORDER_SCHEMA, links);
}
