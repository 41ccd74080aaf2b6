/** A JSONata Parallel with Arguments and Output; one branch a Pass with Output, the other a Succeed with Output. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const parallelArgumentsOutput: CorpusRebuild = {
  corpus: "asl-language-service/src_tests_json-strings_validationStrings.ts__documentParallelPassSuccessJSONata.json",
  workflow: workflow("ParallelArgumentsOutput", { input: z.object({}), queryLanguage: "JSONata", comment: "A description of my state machine" }).parallel(
    "Parallel",
    [(b) => b.pass("Pass", { output: { Placeholder: "{% $states %}" } }), (b) => b.succeed("Success", { output: "{% $states %}" })],
    { arguments: "{% $states %}", output: "{% $states %}" },
  ),
};
