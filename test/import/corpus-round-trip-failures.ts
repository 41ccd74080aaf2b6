/**
 * The corpus definitions that do not import and build back equal (corpus-round-trip.test.ts):
 * by file, what fails (`got`: the step and its diagnostic codes, or where the built definition
 * differs) and why. Most are definitions Step Functions takes that the compiler or the DSL's types
 * refuse on purpose (a variable never assigned, JSONata mixed into JSONPath), and reads the
 * inferred schemas do not type. Definitions Step Functions refuses are not counted at all: they
 * are listed in refused-by-step-functions.ts.
 */
export const ROUND_TRIP_FAILURES: { readonly [file: string]: { readonly got: string; readonly why: string } } = {
  "asl-language-service/src_tests_json-strings_jsonataStrings.ts__stateLevelJsonataDocument.json": { got: "build: ASLC135, ASLC141, TS2322", why: "JSONata text in a JSONPath field, or a JSONPath key in a JSONata state: the compiler refuses the mix" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentTaskJSONata.json": { got: "build: ASLC142, ASLC143, TS2322", why: "reads $ or a $states member that JSONata in Step Functions does not have" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentValidAslImprovements.json": { got: "build: TS2322, TS2345", why: "reads a field the typed result or the inferred payload does not have" },
  "asl-validator/src___tests___definitions_valid-fail-paths.json": { got: "build: ASLC146, TS2322", why: "reads a variable no state assigns on every path: Step Functions fails at run time, the compiler refuses the definition" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_base_reference_in_lambda_task_fields.json": { got: "build: TS2322", why: "reads a field the typed result or the inferred payload does not have" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_map_state_reference_in_max_concurrency_path.json": { got: "build: TS2322", why: "a variable read where a number is needed, which the inferred schema types as a string" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_map_state_reference_in_tolerated_failure_path.json": { got: "build: TS2322", why: "a variable read where a number is needed, which the inferred schema types as a string" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_task_retry_reference_exception.json": { got: "build: TS2322", why: "a variable read where a number is needed, which the inferred schema types as a string" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_comment_statemachines_comments_as_per_docs.json": { got: "build: TS2345", why: "a jump carries a payload whose type differs from the one the named state was declared with" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_config_distributed_reentrant.json": { got: "build: TS2345", why: "a jump carries a payload whose type differs from the one the named state was declared with" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_config_distributed_reentrant_lambda.json": { got: "build: TS2345", why: "a jump carries a payload whose type differs from the one the named state was declared with" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_items_variable.json": { got: "build: TS2322", why: "reads a field the typed result or the inferred payload does not have" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_legacy_reentrant.json": { got: "build: TS2345", why: "a jump carries a payload whose type differs from the one the named state was declared with" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_statevariables_statemachines_parallel_catch_error_variable_sampling.json": { got: "build: ASLC146, ASLC147, TS2322", why: "reads a variable no state assigns on every path: Step Functions fails at run time, the compiler refuses the definition" },
  "sfn-devguide/doc_source_sample-batch-lambda__md-block0.json": { got: "build: TS2322", why: "reads a field the typed result or the inferred payload does not have" },
  "sfn-devguide/doc_source_sample-etl-orchestration__md-block0.json": { got: "build: TS2345", why: "a jump carries a payload whose type differs from the one the named state was declared with" },
  "sfn-devguide/doc_source_tutorial-continue-new__md-block8.json": { got: "build: TS2345", why: "a jump carries a payload whose type differs from the one the named state was declared with" },
  "statelint/test_choice-with-context-object.json": { got: "build: TS2345", why: "reads a context object field that does not exist" },
  "statelint/test_map-with-itemspath-context-object.json": { got: "build: TS2322", why: "ItemsPath reads $$.mapItems, a context object field that does not exist" },
  "statelint/test_map-with-resultselector.json": { got: "build: TS2322", why: "the ResultSelector reads $$.z, a context object field that does not exist" },
  "statelint/test_parallel-with-resultselector.json": { got: "build: TS2322", why: "the ResultSelector reads $$.z, a context object field that does not exist" },
  "statelint/test_task-with-resultselector.json": { got: "build: TS2322", why: "reads a context object field that does not exist" },
};
