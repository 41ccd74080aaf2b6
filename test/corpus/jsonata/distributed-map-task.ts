/** A JSONata Distributed Map over `Items`, each item sent to a lambda:invoke, one failure tolerated. */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const distributedMapTask: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_test_state_statemachines_map_task_state_machine.json",
  workflow: workflow("DistributedMapTask", { input: z.object({ Values: z.array(z.unknown()) }), queryLanguage: "JSONata", comment: "MAP_TASK_STATE_MACHINE" }).map(
    "State0",
    { mode: "DISTRIBUTED", executionType: "STANDARD", items: "{% $states.input.Values %}", toleratedFailureCount: 1 },
    (item) => item.task("HandleItem", { resource: lambda.invoke("function-arn") }),
  ),
};
