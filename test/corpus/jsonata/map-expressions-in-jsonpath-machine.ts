/**
 * A JSONata Distributed Map in a machine that says JSONPath: every field that takes an expression
 * is one (Items, ItemSelector, MaxConcurrency, ToleratedFailurePercentage, the ItemReader's
 * Arguments and MaxItems, the ItemBatcher's fields, the ResultWriter's Arguments).
 */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapExpressionsInJsonpathMachine: CorpusRebuild = {
  corpus: "asl-language-service/src_tests_json-strings_validationStrings.ts__documentMapJSONata.json",
  workflow: workflow("MapExpressions", { input: z.object({}), queryLanguage: "JSONPath", comment: "A description of my state machine" }).map(
    "Map",
    {
      queryLanguage: "JSONata",
      mode: "DISTRIBUTED",
      executionType: "STANDARD",
      label: "Map",
      items: "{% $states %}",
      itemSelector: "{% $states %}",
      maxConcurrency: "{% $states %}",
      toleratedFailurePercentage: "{% $states %}",
      itemReader: { resource: "arn:aws:states:::s3:listObjectsV2", arguments: { Bucket: "{% $states %}", Prefix: "{% $states %}" }, readerConfig: { maxItems: "{% $states %}" } },
      itemBatcher: { maxItemsPerBatch: "{% $states %}", maxInputBytesPerBatch: "{% $states %}", batchInput: "{% $states %}" },
      resultWriter: { resource: "arn:aws:states:::s3:putObject", arguments: "{% $states %}" },
    },
    (item) => item.pass("Pass"),
  ),
  aslValidatorRejects: {
    message: "/States/Map/ItemBatcher/BatchInput is invalid",
    why: "asl-validator's BatchInput schema is a oneOf of an expression and a template that an expression also matches, so no expression passes",
  },
};
