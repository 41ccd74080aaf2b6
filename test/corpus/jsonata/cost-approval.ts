/**
 * A JSONata cost approval: a Choice on the input, an API Gateway call retried with backoff whose
 * Output mixes its result with literals, a second Choice jumping back to the shared Succeed.
 */
import { z } from "zod";
import { service, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const costApproval: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_test_state_statemachines_localstack_blogpost_scenario_state_machine.json",
  workflow: workflow("CostApproval", { input: z.object({ cost: z.number() }), queryLanguage: "JSONata", comment: "Cost approval workflow" }).choice("Approval Required", (c) =>
    c
      .when(c.numericLessThan("$.cost", 10), (b) => b.succeed("Purchase Approved"))
      .otherwise((b) =>
        b
          .task("Ask for Approval", {
            resource: service("apigateway", "invoke"),
            arguments: {
              Method: "POST",
              ApiEndpoint: "__api_gateway_endpoint__",
              Path: "/approval",
              RequestBody: { cost: "{% $states.input.cost %}", dept_id: "12345678" },
              AuthType: "NO_AUTH",
            },
            retry: [{ errorEquals: ["States.ALL"], backoffRate: 2, intervalSeconds: 1, maxAttempts: 3 }],
            // apigateway:invoke gives the API's answer in ResponseBody; this emulator template reads
            // `approval` at the top of the result (its mock answers so), which the declared result says.
            result: z.object({ approval: z.boolean() }),
            output: { approval: "{% $states.result.approval %}", approval_code: "2387462", approved_by: "Mary" },
          })
          .choice("Check Approval", (check) => check.when("{% $states.input.approval %}", "Purchase Approved").otherwise((n) => n.fail("Not Approved"))),
      ),
  ),
};
