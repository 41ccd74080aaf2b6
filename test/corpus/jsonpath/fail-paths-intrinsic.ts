/** A Fail whose ErrorPath and CausePath are States.Format calls over the input. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const failPathsIntrinsic: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_base_statemachines_raise_failure_path_intrinsic.json",
  workflow: workflow("FailPathsIntrinsic", { input: z.object({ Error: z.string(), Cause: z.string() }), comment: "RAISE_FAILURE_PATH_INTRINSIC" }).fail("FailState", {
    errorPath: "States.Format('{}', $.Error)",
    causePath: "States.Format('This is a custom error message for {}, caused by {}.', $.Error, $.Cause)",
  }),
  escapes: [
    {
      kind: "raw intrinsic",
      where: "State FailState ErrorPath and CausePath",
      why: "a typed States.Format is refused there (the types say 'give error or errorPath, not both', and the build emits the intrinsic object); awaits typed intrinsics in ErrorPath/CausePath",
    },
  ],
};
