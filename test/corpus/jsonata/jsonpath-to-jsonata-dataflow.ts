/**
 * Data and variables crossing from a JSONPath Pass (Result, ResultPath, Assign with a path) to a
 * JSONata lambda:invoke that reads both, sets variables and shapes its Output.
 */
import { z } from "zod";
import { lambda, ref, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const jsonpathToJsonataDataflow: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_querylanguage_statemachines_jsonpath_to_jsonata_dataflow.json",
  workflow: workflow("JsonpathToJsonataDataflow", { input: z.object({ functionName: z.string() }), comment: "JSONPATH_TO_JSONATA_DATAFLOW" })
    .pass("StateJsonPath", {
      queryLanguage: "JSONPath",
      result: { riddle: "What is the answer to life, the universe, and everything?" },
      resultPath: "$.enigma.mystery",
      outputPath: "$",
      assign: { answer: 42, inputData: ref("$") },
    })
    .task("StateJsonata", {
      queryLanguage: "JSONata",
      resource: lambda.invoke("{% $states.input.functionName %}"),
      payload: { theQuestion: "{% $states.input.enigma.mystery.riddle %}", theAnswer: "{% $answer %}" },
      assign: { answer: "<omitted>", message: "{% $states.result %}" },
      output: { result: "{% $states.result.Payload %}" },
    }),
};
