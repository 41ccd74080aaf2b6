/**
 * Golden imports: a few definitions and the module `importWorkflow` writes for each, in full.
 * The definitions are given as the IR the reader makes of them.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { WorkflowIR } from "@aslc/dsl";
import { importWorkflow } from "@aslc/compiler";

function definition(ir: Omit<WorkflowIR, "inputSchema">): WorkflowIR {
  return { ...ir, inputSchema: z.unknown() } as WorkflowIR;
}

describe("importWorkflow writes the module an author would", () => {
  it("chains states in order: rules hold the branches only they reach, the branches meet after the Choice, a loop goes back with goto", async () => {
    const ir = definition({
      name: "poll-job",
      comment: "Start a job and poll it until it is done",
      startAt: "Start",
      states: [
        { type: "Task", name: "Start", resource: "${StartJobArn}", integration: { kind: "raw", pattern: "request-response" }, resultPath: "$.job", transition: { next: "Wait" },
          catch: [{ errorEquals: ["States.ALL"], next: "Failed", resultPath: "$.error" }] },
        { type: "Wait", name: "Wait", seconds: 30, transition: { next: "Poll" } },
        { type: "Task", name: "Poll", resource: "arn:aws:states:::lambda:invoke", integration: { kind: "lambda-invoke", service: "lambda", action: "invoke", pattern: "request-response", descriptor: "lambda:invoke" },
          parameters: { FunctionName: "${PollArn}", "Payload.$": "$.job" }, resultSelector: { "status.$": "$.Payload.status" }, resultPath: "$.poll", transition: { next: "Done?" } },
        { type: "Choice", name: "Done?", choices: [
          { condition: { kind: "and", conditions: [{ kind: "compare", variable: "$.poll.status", operator: "StringEquals", operand: "DONE" }, { kind: "compare", variable: "$.poll.errors", operator: "IsPresent", operand: false }] }, next: "Report" },
          { condition: { kind: "compare", variable: "$.poll.status", operator: "StringEquals", operand: "FAILED" }, next: "Failed" },
        ], default: "Wait" },
        { type: "Pass", name: "Report", parameters: { "jobId.$": "$.job.id" }, transition: { next: "Notify" } },
        { type: "Task", name: "Notify", resource: "${NotifyArn}", integration: { kind: "raw", pattern: "request-response" }, transition: { end: true } },
        { type: "Fail", name: "Failed", error: "JobFailed" },
      ],
    } as Omit<WorkflowIR, "inputSchema">);
    const { source, diagnostics } = await importWorkflow(ir);
    expect(diagnostics).toEqual([]);
    expect(source).toMatchInlineSnapshot(`
      "import { z } from "zod";
      import { lambda, ref, workflow } from "@aslc/dsl";

      export const PollJob = workflow("poll-job", {
        input: z.unknown(),
        comment: "Start a job and poll it until it is done",
      })
        .task("Start", {
          resource: "\${StartJobArn}",
          resultPath: "$.job",
          result: z.object({
            id: z.unknown(),
          }),
        })
        .catch(["States.ALL"], "Failed", { resultPath: "$.error" })
        .wait("Wait", { seconds: 30 })
        .task("Poll", {
          resource: lambda.invoke("\${PollArn}"),
          payload: ref("$.job"),
          resultSelector: { "status.$": "$.Payload.status" },
          resultPath: "$.poll",
          result: z.object({
            status: z.string(),
          }),
        })
        .choice("Done?", (c) =>
          c
            .when(
              c.and(
                c.stringEquals("$.poll.status", "DONE"),
                c.isPresent("$.poll.errors", false),
              ),
              (b) =>
                b
                  .pass("Report", { parameters: { "jobId.$": "$.job.id" } })
                  .task("Notify", { resource: "\${NotifyArn}" }),
            )
            .when(c.stringEquals("$.poll.status", "FAILED"), (b) =>
              b.fail("Failed", { error: "JobFailed" }),
            )
            .otherwise("Wait"),
        );
      "
    `);
  });

  it("writes JSONata as written, with rule outputs and a Map's processor", async () => {
    const ir = definition({
      name: "Totals",
      queryLanguage: "JSONata",
      startAt: "Sum",
      states: [
        { type: "Map", name: "Sum", items: "{% $states.input.orders %}", itemProcessor: { startAt: "Price", states: [
          { type: "Pass", name: "Price", output: { total: "{% $states.input.qty * $states.input.price %}" }, transition: { end: true } },
        ] }, assign: { totals: "{% $states.result.total %}" }, transition: { next: "Big?" } },
        { type: "Choice", name: "Big?", choices: [
          { condition: { kind: "jsonata", expression: "{% $sum($totals) > 1000 %}" }, next: "Review", output: { sum: "{% $sum($totals) %}" } },
        ], default: "Done" },
        { type: "Pass", name: "Review", transition: { next: "Done" } },
        { type: "Succeed", name: "Done" },
      ],
    } as Omit<WorkflowIR, "inputSchema">);
    const { source, diagnostics } = await importWorkflow(ir);
    expect(diagnostics).toEqual([]);
    expect(source).toMatchInlineSnapshot(`
      "import { z } from "zod";
      import { workflow } from "@aslc/dsl";

      export const Totals = workflow("Totals", {
        input: z.object({
          orders: z.array(
            z.object({
              qty: z.number(),
              price: z.number(),
            }),
          ),
        }),
        queryLanguage: "JSONata",
      })
        .map(
          "Sum",
          {
            items: "{% $states.input.orders %}",
            assign: { totals: "{% $states.result.total %}" },
          },
          (item) =>
            item.pass("Price", {
              output: { total: "{% $states.input.qty * $states.input.price %}" },
            }),
        )
        .choice("Big?", (c) =>
          c
            .when("{% $sum($totals) > 1000 %}", (b) => b.pass("Review"), {
              output: { sum: "{% $sum($totals) %}" },
            })
            .otherwise((b) => b),
        )
        .succeed("Done");
      "
    `);
  });

  it("reports a state nothing leads to, which no chain can declare (ASLC430)", async () => {
    const ir = definition({
      name: "Orphan",
      startAt: "A",
      states: [
        { type: "Pass", name: "A", transition: { end: true } },
        { type: "Pass", name: "Lost", transition: { end: true } },
      ],
    } as Omit<WorkflowIR, "inputSchema">);
    const { diagnostics } = await importWorkflow(ir);
    expect(diagnostics.map((d) => [d.code, d.state, d.message])).toEqual([
      ["ASLC430", "Lost", "state 'Lost' is not reached from StartAt 'A', so no chain can declare it: remove it, or give it a transition from a state that runs"],
    ]);
  });
});
