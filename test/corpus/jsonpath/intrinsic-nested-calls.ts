/** Nested intrinsics: the last dash-separated part of the state machine's name. */
import { z } from "zod";
import { ref, States, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const intrinsicNestedCalls: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_intrinsicfunctions_statemachines_generic_nested_calls_2.json",
  workflow: workflow("IntrinsicNestedCalls", { input: z.object({}), comment: "NESTED_CALLS_2" }).pass("State0", {
    parameters: { FunctionResult: States.ArrayGetItem(States.StringSplit(ref("$$.StateMachine.Name"), "-"), States.MathAdd(States.ArrayLength(States.StringSplit(ref("$$.StateMachine.Name"), "-")), -1)) },
  }),
};
