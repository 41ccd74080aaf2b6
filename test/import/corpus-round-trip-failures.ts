/**
 * The corpus definitions that do not import and build back equal (corpus-round-trip.test.ts):
 * by file, what fails (`got`: the step and its diagnostic codes, or where the built definition
 * differs) and why. Most are definitions Step Functions takes that the compiler or the DSL's types
 * refuse on purpose (a variable never assigned, JSONata mixed into JSONPath), and reads the
 * inferred schemas do not type. Definitions Step Functions refuses are not counted at all: they
 * are listed in refused-by-step-functions.ts.
 */
export const ROUND_TRIP_FAILURES: { readonly [file: string]: { readonly got: string; readonly why: string } } = {
  "asl-language-service/src_tests_json-strings_jsonataStrings.ts__stateLevelJsonataDocument.json": { got: "build: ASLC141, TS2322", why: "a JSONata expression reading $ at its top, where Step Functions binds no input (https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html: read $states.input); its {% $ %} in a JSONPath Parameters is literal text, which the compiler takes" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentTaskJSONata.json": { got: "build: ASLC142, ASLC143", why: "reads $states.function, which $states does not have, and $states.result in a catcher's Output, where only $states.errorOutput is (the reserved variable as https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html describes it)" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentValidAslImprovements.json": { got: "build: TS2345", why: "a validator's fixture whose Choice rule reads $.var1 on a ResultSelector's output {example, example2}: the path is not there at run time, and a Choice rule's Variable takes only a typed path" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_statevariables_statemachines_parallel_catch_error_variable_sampling.json": { got: "build: ASLC147", why: "a Parallel branch assigns inputVar, a name the Parallel's catcher assigns in the enclosing scope, which the compiler refuses (ASLC147, the scope rule of https://docs.aws.amazon.com/step-functions/latest/dg/workflow-variables.html); LocalStack skips its AWS run of this fixture, so nothing records AWS taking it" },
  "statelint/test_choice-with-context-object.json": { got: "build: TS2345", why: "reads $$.value, a field AWS's context object does not have (Execution, State, StateMachine, Task, Map)" },
};
