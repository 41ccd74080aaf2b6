/**
 * The corpus definitions that Step Functions refuses, which the round trip
 * (corpus-round-trip.test.ts) leaves out of its denominator. Each one comes with why and the
 * source that shows it: an AWS documentation page (what it says), or what CreateStateMachine or
 * ValidateStateMachineDefinition answered (the error code of
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html),
 * as LocalStack's snapshots recorded it against AWS (tests its `.validation.json` files date as
 * run on AWS; the test is named beside the snapshot). Most are LocalStack fixtures whose markers
 * (`%…%`, `_tbd_`, `__TBD__`) its tests replace before creating the machine, fragments that are
 * not a machine, and validator fixtures labelled valid by a tool that is wrong.
 *
 * The labelled validator fixtures whose documented verdict is `invalid` are recorded once, in
 * test/lint/corpus-disagreements.ts (with what each validator says), and taken from there.
 */
import { DISAGREEMENTS } from "../lint/corpus-disagreements.ts";

export interface Refusal {
  /** What in the definition Step Functions refuses. */
  readonly why: string;
  /** Where that is shown: a documentation URL, or an AWS answer recorded by a public test suite. */
  readonly source: string;
}

const DOCS = "https://docs.aws.amazon.com/step-functions/latest/dg";
const LOCALSTACK_SNAPSHOTS = "localstack/localstack tests/aws/services/stepfunctions/v2";

const NEXT_OR_END: Refusal = {
  why: "a Task without Next or End: every state but Choice, Succeed and Fail needs Next, or End: true",
  source: `${DOCS}/workflow-states.html: each state except Succeed or Fail requires a Next field, or becomes a terminal state with End: true`,
};

const CONTEXT_MARKER: Refusal = {
  why: "LocalStack's %CONTEXT_OBJECT_LITERAL_PLACEHOLDER% marker where a path goes (its test puts a $$ path there before creating the machine): a path starts with $",
  source: `${DOCS}/amazon-states-language-paths.html: a path is a string that begins with $; AWS answers SCHEMA_VALIDATION_FAILED (e.g. "The value for the field 'parsed.$' must be a valid JSONPath or a valid intrinsic function call", ${LOCALSTACK_SNAPSHOTS}/scenarios/test_base_scenarios.snapshot.json, test_illegal_escapes[ESCAPE_SEQUENCES_ILLEGAL_INTRINSIC_FUNCTION])`,
};

const EMPTY_ERROR_EQUALS: Refusal = {
  why: "a catcher whose ErrorEquals is empty (LocalStack's test appends the error name before creating the machine)",
  source: `${DOCS}/concepts-error-handling.html: a catcher's ErrorEquals is required, a non-empty array of error names`,
};

const ITEM_PROCESSOR_FRAGMENT: Refusal = {
  why: "a Map state's ItemProcessor taken out of a TestState fixture, not a state machine: ProcessorConfig is no top-level field",
  source: `${DOCS}/statemachine-structure.html lists the top-level fields (States, StartAt, Comment, QueryLanguage, TimeoutSeconds, Version); AWS refuses any other field with SCHEMA_VALIDATION_FAILED "Field '<name>' is not supported" (measured with validate-state-machine-definition: https://github.com/floci-io/floci/issues/2735)`,
};

const LABEL: Refusal = {
  why: "a Distributed Map Label over 40 characters or holding a character Step Functions refuses (LocalStack's failing case)",
  source: `${DOCS}/state-map-distributed.html: a Label holds at most 40 characters, none of them whitespace, a bracket, a wildcard, a special or a control character; LocalStack's test expects CreateStateMachine to answer InvalidDefinition (${LOCALSTACK_SNAPSHOTS}/test_sfn_api_map_run.py, test_map_state_label_invalid_char_fail and test_map_state_label_too_long_fail)`,
};

const LOCALSTACK = "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_";
const LANGUAGE_SERVICE = "asl-language-service/src_tests_json-strings_";

/** The refusals this module records itself: files no labelled-fixture verdict covers. */
const RECORDED_HERE: { readonly [file: string]: Refusal } = {
  [`${LANGUAGE_SERVICE}jsonataStrings.ts__globalJsonataDocument.json`]: NEXT_OR_END,
  [`${LANGUAGE_SERVICE}variableStrings.ts__documentWithAssignAndCatch.json`]: {
    why: "a catcher without Next (and with an empty ErrorEquals)",
    source: `${DOCS}/concepts-error-handling.html: a catcher's ErrorEquals (a non-empty array) and Next are required`,
  },
  [`${LANGUAGE_SERVICE}validationStrings.ts__documentWaitWithAssign.json`]: {
    why: "a Wait with none of Seconds, SecondsPath, Timestamp and TimestampPath",
    source: `${DOCS}/state-wait.html: you must specify exactly one of Seconds, Timestamp, SecondsPath, or TimestampPath`,
  },
  [`${LANGUAGE_SERVICE}validationStrings.ts__documentSucceedFailTerminalState.json`]: {
    why: "the state name Second is used in both Parallel branches and in the Map's processor",
    source: `${DOCS}/workflow-states.html: a state's name must be unique within the scope of the entire state machine (ValidateStateMachineDefinition: DUPLICATE_STATE_NAME)`,
  },
  "asl-validator/github_ISSUE_TEMPLATE_bug_report__md-block0.json": {
    why: "a state without Type",
    source: `${DOCS}/statemachine-structure.html: Type is a required field of every state; AWS refuses a missing required field with SCHEMA_VALIDATION_FAILED "These fields are required: […]" (${LOCALSTACK_SNAPSHOTS}/test_sfn_api_validation.snapshot.json, test_validate_state_machine_definition_not_a_definition[EMPTY_DICT])`,
  },
  "statelint/test_no-terminal.json": {
    why: "no state ends the machine: every path loops back",
    source: `ValidateStateMachineDefinition: MISSING_END_STATE, "the workflow does not have a terminal state" (https://docs.aws.amazon.com/step-functions/latest/apireference/API_ValidateStateMachineDefinitionDiagnostic.html; CreateStateMachine answers "MISSING_END_STATE: Workflow has no terminal state", https://github.com/floci-io/floci/issues/2735)`,
  },
  [`${LOCALSTACK}test_state_statemachines_base_invalid_state_definition.json`]: {
    why: 'Type "TypeThatDoesNotExist"',
    source: `AWS answers SCHEMA_VALIDATION_FAILED "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]" (${LOCALSTACK_SNAPSHOTS}/test_state/test_test_state_machine_scenarios.snapshot.json, test_state_name_invalid_state_definition)`,
  },
  [`${LOCALSTACK}choiceoperators_statemachines_template.json`]: {
    why: "LocalStack's %ComparisonOperatorType% marker where a comparison operator goes: the rule has a Variable and no comparison",
    source: `${DOCS}/state-choice.html: a comparison rule names the variable, the comparison operator and the value; any other field is refused with SCHEMA_VALIDATION_FAILED "Field '<name>' is not supported" (https://github.com/floci-io/floci/issues/2735)`,
  },
  [`${LOCALSTACK}scenarios_statemachines_map_item_reader_base_csv_headers_decl.json`]: {
    why: 'LocalStack\'s "__TBD__" marker as CSVHeaders (its test puts the header list there before creating the machine)',
    source: `${DOCS}/input-output-itemreader.html: with CSVHeaderLocation GIVEN, the definition gives the header as a JSON array in CSVHeaders`,
  },
  [`${LOCALSTACK}test_state_statemachines_base_map_state__ItemProcessor.json`]: ITEM_PROCESSOR_FRAGMENT,
  [`${LOCALSTACK}test_state_statemachines_base_map_state_catch__ItemProcessor.json`]: ITEM_PROCESSOR_FRAGMENT,
  [`${LOCALSTACK}test_state_statemachines_base_map_state_result_writer__ItemProcessor.json`]: ITEM_PROCESSOR_FRAGMENT,
  [`${LOCALSTACK}context_object_statemachines_context_object_input_path.json`]: CONTEXT_MARKER,
  [`${LOCALSTACK}context_object_statemachines_context_object_items_path.json`]: CONTEXT_MARKER,
  [`${LOCALSTACK}context_object_statemachines_context_object_output_path.json`]: CONTEXT_MARKER,
  [`${LOCALSTACK}context_object_statemachines_context_object_result_selector.json`]: CONTEXT_MARKER,
  [`${LOCALSTACK}context_object_statemachines_context_object_variable.json`]: CONTEXT_MARKER,
  [`${LOCALSTACK}errorhandling_statemachines_task_lambda_invoke_catch_tbd.json`]: EMPTY_ERROR_EQUALS,
  [`${LOCALSTACK}errorhandling_statemachines_task_service_lambda_invoke_catch_tbd.json`]: EMPTY_ERROR_EQUALS,
  [`${LOCALSTACK}scenarios_statemachines_map_state_label_invalid_char_fail.json`]: LABEL,
  [`${LOCALSTACK}scenarios_statemachines_map_state_label_too_long_fail.json`]: LABEL,
  [`${LOCALSTACK}assign_statemachines_task_retry_reference_exception.json`]: {
    why: "a Retrier's IntervalSeconds, MaxAttempts and BackoffRate written as paths ($intervalSeconds, $.maxAttempts): a Retrier takes literal numbers",
    source: `${DOCS}/concepts-error-handling.html: IntervalSeconds, MaxAttempts and BackoffRate are numbers (a positive integer, a non-negative integer, a number ≥ 1); LocalStack keeps this fixture among the ones that "raise exceptions on creation" (${LOCALSTACK_SNAPSHOTS}/templates/assign/assign_templates.py, TASK_RETRY_REFERENCE_EXCEPTION)`,
  },
  [`${LOCALSTACK}credentials_statemachines_empty_credentials.json`]: {
    why: "Credentials without RoleArn",
    source: `AWS answers SCHEMA_VALIDATION_FAILED "The field 'RoleArn' is required but was missing at /States/State0/Credentials" (${LOCALSTACK_SNAPSHOTS}/credentials/test_credentials_base.snapshot.json, test_invalid_credentials_field[EMPTY_CREDENTIALS])`,
  },
};

/** The labelled fixtures the documentation calls invalid though their tool labelled them valid. */
function refusedLabelledFixtures(): { readonly [file: string]: Refusal } {
  const refused: [string, Refusal][] = [];
  DISAGREEMENTS.forEach(([file, label, , , , , verdict, source, reason], index) => {
    // "as above": the reason of the row before.
    const why = reason === "as above" ? DISAGREEMENTS[index - 1]![8] : reason;
    if (label === "valid" && verdict === "invalid") refused.push([file, { why, source }]);
  });
  return Object.fromEntries(refused);
}

const FROM_DISAGREEMENTS = refusedLabelledFixtures();

/** Files recorded both here and in the disagreements table: the evidence is kept in one place. */
export const RECORDED_TWICE = Object.keys(RECORDED_HERE).filter((file) => Object.hasOwn(FROM_DISAGREEMENTS, file));

export const REFUSED_BY_STEP_FUNCTIONS: { readonly [file: string]: Refusal } = { ...FROM_DISAGREEMENTS, ...RECORDED_HERE };
