/** A variable set by a JSONPath Pass, read and replaced by a JSONata Pass. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const variableAcrossLanguages: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_querylanguage_statemachines_jsonpath_assign_jsonata_reference.json",
  workflow: workflow("VariableAcrossLanguages", { input: z.object({}), comment: "JSONPATH_ASSIGN_JSONATA_REF" })
    .pass("JSONPathState", { queryLanguage: "JSONPath", assign: { theAnswer: 42 } })
    .pass("JSONataState", { queryLanguage: "JSONata", assign: { theAnswer: 18, oldAnswer: "{% $theAnswer %}" } }),
};
