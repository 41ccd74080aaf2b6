/** A JSONata Task in a JSONPath machine: Assign on success, another Assign in its catcher. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const assignInCatch: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_assign_in_catch.json",
  workflow: workflow("AssignInCatch", { input: z.object({ input_value: z.string() }), comment: "BASE_ASSIGN_IN_CATCH" })
    .task("Task", {
      queryLanguage: "JSONata",
      resource: "arn:aws:states:::lambda:invoke",
      arguments: { FunctionName: "{% $states.input.input_value %}", Payload: { foo: "oof" } },
      assign: { result: "SUCCESS" },
    })
    .catch(["States.ALL"], (handler) => handler.pass("fallback"), { assign: { result: "{% $states.errorOutput %}" } }),
};
