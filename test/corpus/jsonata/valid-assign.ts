/**
 * A JSONata Pass in a JSONPath machine setting a variable whose value nests expressions. The
 * compiler refuses the variable's name.
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ moreData: z.record(z.string(), z.unknown()).optional() });

export const validAssign: CorpusRebuild = {
  corpus: "asl-validator/src___tests___definitions_valid-assign.json",
  workflow: workflow("ValidAssign", { input: Input, comment: "Pass with jsonata template Assign field." })
    .pass("ProvideTestData", {
      queryLanguage: "JSONata",
      assign: {
        "top-level": {
          "child-1": { "child-1-1": "{% $states.input %}", "child-1-2": "{% 789.0123456789012 %}" },
          "child-2": "{% 622.2269926397355 %}",
          "child-3": "{% $exists($states.input.moreData) ? $states.input.moreData : {} %}",
        },
      },
    })
    .succeed("End"),
  rejected: {
    code: "ASLC144",
    why: "'top-level' is not a variable name Step Functions takes (a name is an identifier, without '-'); asl-validator does not check names",
  },
};
