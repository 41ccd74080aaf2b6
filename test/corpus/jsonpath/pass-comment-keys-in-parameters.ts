/** Parameters whose keys are named Comment and comment: payload keys, not ASL comments. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const passCommentKeysInParameters: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_comment_statemachines_comment_in_parameters.json",
  workflow: workflow("PassCommentKeysInParameters", { input: z.object({}), comment: "COMMENTS_IN_PARAMETERS" }).pass("StartState", {
    parameters: { Comment: "Comment text", comment: "comment text", constant: "constant text" },
  }),
};
