/**
 * The reader over every definition of the shared corpus: each reads without a reader diagnostic
 * (but those listed here, with why), and each that the compiler accepts (validateWorkflow finds
 * no error) emits back equal to the file as parsed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { aslDefinition, validateWorkflow } from "@aslc/compiler";
import { readWorkflow } from "@aslc/compiler/internal";
import { describeWithCorpus, readManifest } from "../corpus/corpus-files.ts";
import { canonicalJson, sourceOf, withIntrinsics } from "./reader-support.ts";

/**
 * Corpus files the reader refuses, each with the diagnostic codes it gives and why that is right:
 * each is a definition Step Functions refuses too (most are labelled expected_valid no), or a
 * test's fragment or template rather than a definition.
 */
const REFUSED: Readonly<Record<string, { readonly codes: readonly string[]; readonly why: string }>> = {
  "asl-language-service/src_tests_json-strings_jsonataStrings.ts__globalJsonataDocument.json": { codes: ["ASLC411"], why: "a Task with neither Next nor End (a language-service fixture for JSONata, not a whole machine)" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentInvalidFailWithAssign.json": { codes: ["ASLC410"], why: "Assign on a Fail state, which has none" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentInvalidPropertiesCatch.json": { codes: ["ASLC410"], why: "catchers with fields ASL does not have" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentInvalidPropertiesChoices.json": { codes: ["ASLC410", "ASLC415"], why: "rules with fields ASL does not have, Next inside And, and two comparisons in one rule" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentInvalidPropertiesRoot.json": { codes: ["ASLC410"], why: "a top-level field ASL does not have" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentInvalidPropertiesRootNested.json": { codes: ["ASLC410"], why: "an Iterator field ASL does not have" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentInvalidPropertiesState.json": { codes: ["ASLC410"], why: "Task fields ASL does not have" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentInvalidSuccessWithAssign.json": { codes: ["ASLC410"], why: "Assign on a Succeed state, which has none" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentMapInvalidItemProcessorConfig.json": { codes: ["ASLC411"], why: "an ItemProcessor without StartAt and States" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentMapResultWriterMissingOutputType.json": { codes: ["ASLC411"], why: "a WriterConfig without OutputType" },
  "asl-language-service/src_tests_json-strings_validationStrings.ts__documentTaskRetryInvalid.json": { codes: ["ASLC416"], why: "JitterStrategy \"invalid\" and \"full\": only FULL and NONE are offered" },
  "asl-language-service/src_tests_json-strings_variableStrings.ts__documentWithAssignAndCatch.json": { codes: ["ASLC411"], why: "a catcher without Next (a language-service fixture for variables, not a whole machine)" },
  "asl-language-service/src_tests_yaml-strings_validationStrings.ts__documentInvalidPropertiesChoices.json": { codes: ["ASLC410", "ASLC415"], why: "rules with fields ASL does not have, Next inside And, and two comparisons in one rule" },
  "asl-language-service/src_tests_yaml-strings_validationStrings.ts__documentInvalidPropertiesState.json": { codes: ["ASLC410"], why: "Task fields ASL does not have" },
  "asl-validator/github_ISSUE_TEMPLATE_bug_report__md-block0.json": { codes: ["ASLC412"], why: "a state without Type (the issue template's example of a bad definition)" },
  "asl-validator/src___tests___definitions_invalid-choice-state.json": { codes: ["ASLC410", "ASLC411"], why: "a Choice rule with End instead of Next" },
  "asl-validator/src___tests___definitions_invalid-error-equals-type.json": { codes: ["ASLC413"], why: "an ErrorEquals entry that is not a name" },
  "asl-validator/src___tests___definitions_invalid-error-equals.json": { codes: ["ASLC410", "ASLC411"], why: "\"Error Equals\" for ErrorEquals" },
  "asl-validator/src___tests___definitions_invalid-exercise-ajv-additional-properties.json": { codes: ["ASLC410"], why: "\"bugInputPath\", a field ASL does not have" },
  "asl-validator/src___tests___definitions_invalid-map-missing-iterator.json": { codes: ["ASLC411"], why: "a Map without ItemProcessor or Iterator" },
  "asl-validator/src___tests___definitions_invalid-missing-terminal-map.json": { codes: ["ASLC411"], why: "a state with neither Next nor End" },
  "asl-validator/src___tests___definitions_invalid-missing-terminal-parallel.json": { codes: ["ASLC411"], why: "a state with neither Next nor End" },
  "asl-validator/src___tests___definitions_invalid-next-with-end.json": { codes: ["ASLC414"], why: "Next and End together" },
  "asl-validator/src___tests___definitions_invalid-parallel-branch-type.json": { codes: ["ASLC413"], why: "a branch written as a list" },
  "asl-validator/src___tests___definitions_invalid-parallel-missing-branches.json": { codes: ["ASLC411"], why: "a Parallel without Branches" },
  "asl-validator/src___tests___definitions_invalid-task-credentials-object.json": { codes: ["ASLC411"], why: "Credentials without RoleArn, which Step Functions refuses (\"The field 'RoleArn' is required but was missing\")" },
  "asl-validator/src___tests___definitions_valid-task-credentials.json": { codes: ["ASLC411"], why: "Credentials without RoleArn, which Step Functions refuses (\"The field 'RoleArn' is required but was missing\")" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_choiceoperators_statemachines_template.json": { codes: ["ASLC410", "ASLC415"], why: "a template whose comparison is the test\"s %ComparisonOperatorType% placeholder" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_credentials_statemachines_empty_credentials.json": { codes: ["ASLC411"], why: "Credentials without RoleArn, which Step Functions refuses (\"The field 'RoleArn' is required but was missing\")" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_credentials_statemachines_invalid_credentials_field.json": { codes: ["ASLC411"], why: "Credentials without RoleArn, which Step Functions refuses (\"The field 'RoleArn' is required but was missing\")" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_scenarios_statemachines_map_item_reader_base_csv_headers_decl.json": { codes: ["ASLC413"], why: "CSVHeaders is the test's __TBD__ placeholder, filled in by the test before use" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_test_state_statemachines_base_invalid_state_definition.json": { codes: ["ASLC412"], why: "a state of an unknown Type (the test of exactly that)" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_test_state_statemachines_base_map_state__ItemProcessor.json": { codes: ["ASLC410"], why: "an ItemProcessor on its own (a test-state fixture), not a machine: ProcessorConfig is not a top-level field" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_test_state_statemachines_base_map_state_catch__ItemProcessor.json": { codes: ["ASLC410"], why: "an ItemProcessor on its own (a test-state fixture), not a machine: ProcessorConfig is not a top-level field" },
  "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_test_state_statemachines_base_map_state_result_writer__ItemProcessor.json": { codes: ["ASLC410"], why: "an ItemProcessor on its own (a test-state fixture), not a machine: ProcessorConfig is not a top-level field" },
  "statelint/test_backoff-with-invalid-jitter-on-retry.json": { codes: ["ASLC416"], why: "JitterStrategy PARTIAL: only FULL and NONE are offered" },
  "statelint/test_choice-with-parameters.json": { codes: ["ASLC410"], why: "Parameters on a state kind that has none" },
  "statelint/test_choice-with-resultpath.json": { codes: ["ASLC410"], why: "ResultPath on a state kind that has none" },
  "statelint/test_choice-with-resultselector.json": { codes: ["ASLC410"], why: "ResultSelector on a state kind that has none" },
  "statelint/test_fail-with-parameters.json": { codes: ["ASLC410"], why: "Parameters on a state kind that has none" },
  "statelint/test_fail-with-resultpath.json": { codes: ["ASLC410"], why: "ResultPath on a state kind that has none" },
  "statelint/test_fail-with-resultselector.json": { codes: ["ASLC410"], why: "ResultSelector on a state kind that has none" },
  "statelint/test_pass-with-resultselector.json": { codes: ["ASLC410"], why: "ResultSelector on a state kind that has none" },
  "statelint/test_succeed-with-parameters.json": { codes: ["ASLC410"], why: "Parameters on a state kind that has none" },
  "statelint/test_succeed-with-resultpath.json": { codes: ["ASLC410"], why: "ResultPath on a state kind that has none" },
  "statelint/test_succeed-with-resultselector.json": { codes: ["ASLC410"], why: "ResultSelector on a state kind that has none" },
  "statelint/test_task-with-credentials.json": { codes: ["ASLC411"], why: "Credentials without RoleArn, which Step Functions refuses (\"The field 'RoleArn' is required but was missing\")" },
  "statelint/test_wait-with-parameters.json": { codes: ["ASLC410"], why: "Parameters on a state kind that has none" },
  "statelint/test_wait-with-resultpath.json": { codes: ["ASLC410"], why: "ResultPath on a state kind that has none" },
  "statelint/test_wait-with-resultselector.json": { codes: ["ASLC410"], why: "ResultSelector on a state kind that has none" },
};

describeWithCorpus("the reader over the corpus", (folder) => {
  const files = [...readManifest(folder).keys()];

  it("reads every definition, and writes back each the compiler accepts as it was", () => {
    const refused: Record<string, string[]> = {};
    const different: string[] = [];
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(join(folder, file), "utf8");
      const { workflow, diagnostics, intrinsics } = readWorkflow(sourceOf(text, "Corpus"));
      if (diagnostics.length > 0) {
        refused[file] = [...new Set(diagnostics.map((d) => d.code))].sort();
        continue;
      }
      if (validateWorkflow(workflow!).some((d) => d.severity === "error")) continue;
      accepted++;
      // CloudFormation intrinsics were read as placeholders: put back, the definition is the file's.
      if (canonicalJson(withIntrinsics(aslDefinition(workflow!), intrinsics)) !== canonicalJson(JSON.parse(text))) different.push(file);
    }
    console.log(`reader: ${files.length} corpus files, ${files.length - Object.keys(refused).length} read, ${accepted} accepted by the compiler, ${accepted - different.length} written back equal`);
    expect(refused).toEqual(Object.fromEntries(Object.entries(REFUSED).map(([file, { codes }]) => [file, codes])));
    expect(different).toEqual([]);
  });
});
