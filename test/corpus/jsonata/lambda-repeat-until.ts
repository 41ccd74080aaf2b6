/** A JSONata loop: a lambda:invoke sets a variable from its result; a Choice on it repeats the call until done. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

/** Any object: LambdaState reads none of its input, which is the execution input and, when the loop comes back, the call's result. */
const Input = z.looseObject({});

export const lambdaRepeatUntil: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_lambda_repeat_until_loop.json",
  workflow: workflow("LambdaRepeatUntil", { input: Input, queryLanguage: "JSONata" })
    .task("LambdaState", {
      resource: lambda.invoke("__tbd__"),
      payload: "__tbd__",
      result: z.object({ status: z.string() }),
      assign: { status: "{% $states.result.Payload.status %}" },
    })
    .choice("CheckCompleted", (c) => c.when(c.stringEquals("$status", "completed"), (b) => b.succeed("Finish")).otherwise("LambdaState")),
};
