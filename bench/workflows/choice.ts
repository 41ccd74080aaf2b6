/**
 * Choice-heavy graphs: every block scores the order, routes it with a Choice whose branches
 * converge on the next state (one runs a review task, one records a fast track, the Default goes
 * straight on), and every other Choice also rejects into a Fail. Blocks are 5 or 6 states.
 */
import { linearLink } from "./linear.ts";
import { ORDER_SCHEMA, ORDER_SCHEMA_NAME } from "./order-schema.ts";
import { str, workflowFile } from "./source.ts";

/** A multiple of the linear cycle, above any block number. */
const FILLER = 6000;

interface Block {
  readonly states: number;
  readonly links: readonly string[];
}

function block(k: number): Block {
  const rejects = k % 2 === 0;
  const reject = rejects
    ? `
      .when(c.and(c.stringEquals("$.score.status", "rejected"), c.booleanEquals("$.flagged", true)), (b) =>
        b.fail(${str(`Reject${k}`)}, { error: "OrderRejected", cause: "The order was rejected" }),
      )`
    : "";
  const links = [
    `.task(${str(`Score${k}`)}, {
    resource: lambda.function("\${ScoreFunctionArn}"),
    result: z.object({ status: z.enum(["approved", "review", "rejected"]), score: z.number() }),
    resultPath: "$.score",
  })`,
    `.choice(${str(`Route${k}`)}, (c) =>
    c
      .when(c.stringEquals("$.score.status", "review"), (b) =>
        b.task(${str(`Review${k}`)}, {
          resource: lambda.invoke("\${ReviewFunctionArn}"),
          result: z.object({ approved: z.boolean() }),
          resultSelector: { "approved.$": "$.Payload.approved" },
          resultPath: "$.review",
        }),
      )${reject}
      .when(c.numericGreaterThan("$.score.score", 90), (b) => b.pass(${str(`FastTrack${k}`)}, { result: { fastTrack: true }, resultPath: "$.route" }))
      .otherwise((b) => b),
  )`,
    `.pass(${str(`Merge${k}`)}, { parameters: { "orderId.$": "$.orderId", "status.$": "$.score.status" }, resultPath: "$.last" })`,
  ];
  // Score, Route, Review, FastTrack, Merge, and Reject when there is one.
  return { states: rejects ? 6 : 5, links };
}

/** A Choice-heavy workflow of exactly `states` states: blocks, linear states to fill, a Succeed. */
export function choiceWorkflow(states: number): string {
  const links: string[] = [];
  let count = 0;
  for (let k = 0; ; k++) {
    const next = block(k);
    if (count + next.states > states - 1) break;
    links.push(...next.links);
    count += next.states;
  }
  // The filler starts a fresh linear cycle; numbering it from FILLER keeps its names unique.
  for (let i = FILLER; count < states - 1; i++, count++) links.push(linearLink(i));
  links.push(`.succeed("Done")`);
  return workflowFile(`Choice${states}`, ORDER_SCHEMA_NAME, ORDER_SCHEMA, links);
}
