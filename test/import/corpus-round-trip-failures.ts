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
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentValidAslImprovements.json": { got: "build: TS2322, TS2345", why: "a validator's fixture that reads what is not there at run time: $.path in the ResultSelector of lambda:invoke's result (whose handler value is at $.Payload) and of a Map's result (an array), $.var1 on a ResultSelector's output {example, example2}" },
  "asl-validator/src___tests___definitions_valid-fail-paths.json": { got: "build: ASLC146, TS2322", why: "reads a variable no state assigns on every path: Step Functions fails at run time, the compiler refuses the definition" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_map_state_reference_in_max_concurrency_path.json": { got: "build: TS2322", why: "MaxConcurrencyPath reads a variable assigned the string \"1\": AWS says the path must select a non-negative integer (Map state page), and the DSL types refuse a string" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_map_state_reference_in_tolerated_failure_path.json": { got: "build: TS2322", why: "ToleratedFailurePercentagePath and ToleratedFailureCountPath read variables assigned strings: AWS says the paths must resolve to numbers (Tolerated failure threshold page), and the DSL types refuse a string" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_task_retry_reference_exception.json": { got: "build: TS2322", why: "a Retrier's IntervalSeconds, MaxAttempts and BackoffRate written as path strings: a Retrier takes numbers only (LocalStack's case of the exception Step Functions raises)" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_state_items_variable.json": { got: "build: TS2322", why: "Items is a variable assigned the string _tbd_ (LocalStack's to-be-determined marker); Items needs an array, and a string fails at run time" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_statevariables_statemachines_parallel_catch_error_variable_sampling.json": { got: "build: ASLC146, ASLC147, TS2322", why: "reads a variable no state assigns on every path: Step Functions fails at run time, the compiler refuses the definition" },
  "sfn-devguide/doc_source_sample-batch-lambda__md-block0.json": { got: "build: TS2322", why: "OutputPath $.batch_input on lambda:invoke's result, which holds the handler's value at $.Payload: the path is not there at run time" },
  "statelint/test_choice-with-context-object.json": { got: "build: TS2345", why: "reads $$.value, a field AWS's context object does not have (Execution, State, StateMachine, Task, Map)" },
  "statelint/test_map-with-itemspath-context-object.json": { got: "build: TS2322", why: "Parameters or ResultSelector written as a value other than an object (statelint and the language service accept it); the DSL's templates are objects" },
  "statelint/test_map-with-resultselector.json": { got: "build: TS2322", why: "Parameters or ResultSelector written as a value other than an object (statelint and the language service accept it); the DSL's templates are objects" },
  "statelint/test_parallel-with-resultselector.json": { got: "build: TS2322", why: "Parameters or ResultSelector written as a value other than an object (statelint and the language service accept it); the DSL's templates are objects" },
  "statelint/test_task-with-resultselector.json": { got: "build: TS2322", why: "reads $$.z, a field AWS's context object does not have (Execution, State, StateMachine, Task, Map)" },
};
