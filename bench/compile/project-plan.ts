/**
 * The benchmark project: 100 workflows of 10 states each, one module per workflow, the same
 * shape for every one (tasks with result schemas and ResultPath, a converging Choice, a Wait,
 * Retry, and an ending Choice), so the aslc and CDK sides build equivalent machines.
 */
export const WORKFLOWS = 100;
export const STATES_PER_WORKFLOW = 10;

export function workflowSource(i: number): string {
  return `import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";

const Order = z.object({ orderId: z.string(), amount: z.number(), customer: z.object({ id: z.string(), tier: z.enum(["gold", "silver"]) }) });

export default workflow("Flow${i}", { input: Order, comment: "benchmark workflow ${i}" })
  .task("Score", {
    resource: lambda.invoke("\${ScoreFn${i}}"),
    result: z.object({ score: z.number() }),
    resultSelector: { "score.$": "$.Payload.score" },
    resultPath: "$.scoring",
  })
  .pass("Summarise", { parameters: { "orderId.$": "$.orderId", "score.$": "$.scoring.score" }, resultPath: "$.summary" })
  .choice("Risky?", (c) =>
    c
      .when(c.numericGreaterThan("$.scoring.score", 50), (b) =>
        b.task("Review", { resource: lambda.invoke("\${ReviewFn${i}}"), result: z.object({ ok: z.boolean() }), resultSelector: { "ok.$": "$.Payload.ok" }, resultPath: "$.review" }),
      )
      .otherwise((b) => b.pass("Approve", { result: { ok: true }, resultPath: "$.review" })),
  )
  .wait("Settle", { seconds: 5 })
  .task("Charge", {
    resource: lambda.function("\${ChargeFn${i}}"),
    result: z.object({ done: z.boolean() }),
    resultPath: "$.charge",
    retry: [{ errorEquals: ["States.TaskFailed"], intervalSeconds: 2, maxAttempts: 3, backoffRate: 2 }],
  })
  .choice("Charged?", (c) =>
    c.when(c.booleanEquals("$.charge.done", true), (b) => b.succeed("Done")).otherwise((b) => b.fail("Declined", { error: "Declined", cause: "The charge failed" })),
  );
`;
}

export const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "esnext",
    moduleResolution: "bundler",
    lib: ["es2023"],
    types: ["node"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
  },
  include: ["**/*.ts"],
};
