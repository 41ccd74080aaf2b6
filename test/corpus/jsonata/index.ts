/** Every corpus definition rebuilt with the DSL, in the order the test lists them. */
import { assignInCatch } from "./assign-in-catch.ts";
import { awsSdkCatchOutput } from "./aws-sdk-catch-output.ts";
import { choiceNoDefault } from "./choice-no-default.ts";
import { choiceRuleAssign } from "./choice-rule-assign.ts";
import { choiceRuleOutput } from "./choice-rule-output.ts";
import { choiceScenarioJsonata } from "./choice-scenario-jsonata.ts";
import { choiceStringLiteral } from "./choice-string-literal.ts";
import { costApproval } from "./cost-approval.ts";
import { distributedMapJsonpathProcessor } from "./distributed-map-jsonpath-processor.ts";
import { distributedMapTask } from "./distributed-map-task.ts";
import { escapedQuoteVariable } from "./escaped-quote-variable.ts";
import { failErrorJsonata } from "./fail-error-jsonata.ts";
import { jsonpathToJsonataDataflow } from "./jsonpath-to-jsonata-dataflow.ts";
import { lambdaInvokeCredentialsRetry } from "./lambda-invoke-credentials-retry.ts";
import { lambdaRepeatUntil } from "./lambda-repeat-until.ts";
import { mapExpressionsInJsonpathMachine } from "./map-expressions-in-jsonpath-machine.ts";
import { mapItemBatcherJsonata } from "./map-item-batcher-jsonata.ts";
import { mapItemReaderMaxItemsJsonata } from "./map-item-reader-max-items-jsonata.ts";
import { parallelArgumentsOutput } from "./parallel-arguments-output.ts";
import { parallelCatchRetryOutput } from "./parallel-catch-retry-output.ts";
import { startExecutionSyncCredentials } from "./start-execution-sync-credentials.ts";
import { taskCatchErrorOutput } from "./task-catch-error-output.ts";
import { taskCatchErrorVariableSampling } from "./task-catch-error-variable-sampling.ts";
import { taskCatchRetryToJsonpath } from "./task-catch-retry-to-jsonpath.ts";
import { validAssign } from "./valid-assign.ts";
import { validJsonata } from "./valid-jsonata.ts";
import { validMapItems } from "./valid-map-items.ts";
import { validTaskTimeoutJsonata } from "./valid-task-timeout-jsonata.ts";
import { variableAcrossLanguages } from "./variable-across-languages.ts";
import { waitTimestampJsonata } from "./wait-timestamp-jsonata.ts";
import type { CorpusRebuild } from "../rebuild.ts";

export const JSONATA_REBUILDS: readonly CorpusRebuild[] = [
  assignInCatch,
  awsSdkCatchOutput,
  choiceNoDefault,
  choiceRuleAssign,
  choiceRuleOutput,
  choiceScenarioJsonata,
  choiceStringLiteral,
  costApproval,
  distributedMapJsonpathProcessor,
  distributedMapTask,
  escapedQuoteVariable,
  failErrorJsonata,
  jsonpathToJsonataDataflow,
  lambdaInvokeCredentialsRetry,
  lambdaRepeatUntil,
  mapExpressionsInJsonpathMachine,
  mapItemBatcherJsonata,
  mapItemReaderMaxItemsJsonata,
  parallelArgumentsOutput,
  parallelCatchRetryOutput,
  startExecutionSyncCredentials,
  taskCatchErrorOutput,
  taskCatchErrorVariableSampling,
  taskCatchRetryToJsonpath,
  validAssign,
  validJsonata,
  validMapItems,
  validTaskTimeoutJsonata,
  variableAcrossLanguages,
  waitTimestampJsonata,
];
