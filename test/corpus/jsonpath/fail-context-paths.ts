/** A Fail whose Error and Cause are read from the context object. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const failContextPaths: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_context_object_statemachines_context_object_error_cause_path.json",
  workflow: workflow("FailContextPaths", { input: z.object({}) }).fail("StartState", { errorPath: "$$.State.Name", causePath: "$$.StateMachine.Name" }),
};
