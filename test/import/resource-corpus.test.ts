/**
 * Every Task of the shared corpus goes through `resourceCallFor`: where it returns a typed helper
 * call, that call's text, evaluated with the DSL and given its options, must build a Task whose
 * emitted Resource and Parameters/Arguments equal the state as written (as parsed JSON); and
 * each chosen call must type-check with the DSL (all of them in one generated program). The
 * counts of typed calls per integration are kept from falling.
 */
import { rmSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { afterAll, expect, it } from "vitest";
import { allStates, buildWorkflow, workflow, type TaskNode } from "@aslc/dsl";
import { integrationFromArn } from "@aslc/dsl/internal";
import { aslDefinition } from "@aslc/compiler";
import { readWorkflow } from "@aslc/compiler/internal";
import { z } from "zod";
import { readerCallFor, resourceCallFor, writerCallFor } from "../../packages/compiler/src/import/resource-call-for.ts";
import type { ResourceCall } from "../../packages/compiler/src/import/resource-call.ts";
import { describeWithCorpus, readDefinition, readManifest } from "../corpus/corpus-files.ts";
import { namedIntegration } from "../corpus/task-resources.ts";
import { scratchDirectory, typeErrors, writeFiles } from "../contracts/typescript-check.ts";
import { corpusPlaced, corpusTaskNodes } from "./resource-corpus-tasks.ts";
import { emitted, evaluate, workOf, type Language } from "./resource-rebuild.ts";

/**
 * A value with what is read at run time made neutral: the types check a request's field names
 * and literal values, and the paths and expressions it reads are checked elsewhere (against the
 * payload and variables of the original workflow, which this one-state workflow lacks).
 */
function neutral(value: unknown, language: Language): unknown {
  if (typeof value === "string") return language === "JSONata" && /^\{%[\s\S]*%\}$/.test(value) ? "{% $states.input %}" : value;
  if (Array.isArray(value)) return value.map((item) => neutral(item, language));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key.endsWith(".$") ? "$" : neutral(item, language)]));
}

/** One line of TypeScript: a one-state workflow with the call and the options the importer writes. */
function typedTask(call: ResourceCall, state: Readonly<Record<string, unknown>>, language: Language): string {
  const written = call.options ?? { parameters: state.Parameters, arguments: state.Arguments };
  const options = Object.entries(written)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => (key.endsWith(".$") ? `${key.slice(0, -2)}: ref("$")` : `${key}: ${JSON.stringify(neutral(value, language))}`));
  return `workflow("Call", { input: z.unknown(), queryLanguage: "${language}" }).task("Call", { ${["resource: " + call.resource, ...options].join(", ")} });`;
}

/** One line of TypeScript: a Distributed Map reading or writing through the call, its request as written. */
function typedMap(place: "ItemReader" | "ResultWriter", call: ResourceCall, written: Readonly<Record<string, unknown>>, language: Language): string {
  const request = [["parameters", written.Parameters], ["arguments", written.Arguments]].filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${JSON.stringify(neutral(value, language))}`);
  const entry = `${place === "ItemReader" ? "itemReader" : "resultWriter"}: { ${["resource: " + call.resource, ...request].join(", ")} }`;
  return `workflow("Each", { input: z.unknown(), queryLanguage: "${language}" }).map("Each", { mode: "DISTRIBUTED", executionType: "STANDARD", ${entry} }, (item) => item.pass("P"));`;
}

/** Forms the corpus does not hold, to type-check too: a placeholder through its helper's `resource` option, a payload read at run time. */
const SYNTHETIC: readonly { state: Readonly<Record<string, unknown>>; language: Language; substitutions?: Readonly<Record<string, unknown>> }[] = [
  { state: { Resource: "${PutOrder}", Parameters: { TableName: "orders", Item: { id: { "S.$": "$.id" } } } }, language: "JSONPath", substitutions: { PutOrder: "arn:aws:states:::dynamodb:putItem" } },
  { state: { Resource: "${Ask}", Parameters: { QueueUrl: "q", MessageBody: { "Token.$": "$$.Task.Token" } } }, language: "JSONPath", substitutions: { Ask: { "Fn::Sub": "arn:${AWS::Partition}:states:::sqs:sendMessage.waitForTaskToken" } } },
  { state: { Resource: "${ChargeArn}" }, language: "JSONPath", substitutions: { ChargeArn: "arn:aws:lambda:us-east-1:123456789012:function:charge" } },
  { state: { Resource: "${Invoke}", Parameters: { FunctionName: "charge", "Payload.$": "$" } }, language: "JSONPath", substitutions: { Invoke: "arn:aws:states:::lambda:invoke" } },
  { state: { Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "charge", "Payload.$": "$.order" } }, language: "JSONPath" },
  { state: { Resource: "arn:aws:states:::lambda:invoke", Arguments: { FunctionName: "charge", Payload: "{% $states.input.order %}" } }, language: "JSONata" },
];

/** A Task as the reader gives it, from its state as written. */
function taskNodeOf(state: Readonly<Record<string, unknown>>): TaskNode {
  const resource = state.Resource as string;
  return { type: "Task", name: "Call", resource, integration: integrationFromArn(resource).info, parameters: state.Parameters, arguments: state.Arguments, transition: { kind: "end" } } as unknown as TaskNode;
}

/** How the tally names a Task's work: the optimized integration, or the kind of Resource. */
function integrationOf(resource: string): string {
  if (/^\$\{[^}]+\}$/.test(resource)) return "${Name} placeholder";
  if (/^arn:[^:]+:lambda:[^:]*:[^:]*:function:/.test(resource)) return "lambda function ARN";
  if (/^arn:[^:]+:states:[^:]*:[^:]*:activity:/.test(resource)) return "activity";
  const named = namedIntegration(resource);
  if (named === undefined) return "other";
  return named.id.startsWith("aws-sdk:") ? "aws-sdk" : named.id;
}

/**
 * Typed calls per integration, at least (the corpus's tasks; placeholders without their
 * DefinitionSubstitutions, activities, other partitions, and requests a helper refuses stay text).
 */
const TYPED_AT_LEAST: Readonly<Record<string, number>> = {
  "apigateway:invoke": 7,
  "athena:getQueryExecution": 1,
  "athena:getQueryResults": 5,
  "athena:startQueryExecution": 10,
  "athena:stopQueryExecution": 1,
  "aws-sdk": 42,
  "batch:submitJob": 7,
  "codebuild:batchGetReports": 1,
  "codebuild:startBuild": 1,
  "dynamodb:deleteItem": 1,
  "dynamodb:getItem": 4,
  "dynamodb:putItem": 8,
  "dynamodb:query": 1,
  "dynamodb:updateItem": 1,
  "ecs:runTask": 3,
  "eks:call": 3,
  "eks:createCluster": 2,
  "eks:createFargateProfile": 1,
  "eks:createNodegroup": 2,
  "eks:deleteCluster": 2,
  "eks:deleteFargateProfile": 1,
  "eks:deleteNodegroup": 2,
  "eks:runJob": 2,
  "events:putEvents": 1,
  "lambda function ARN": 122,
  "lambda:invoke": 64,
  "lambda:listFunctions": 1,
  "sagemaker:createHyperParameterTuningJob": 1,
  "sagemaker:createLabelingJob": 1,
  "sagemaker:createModel": 2,
  "sagemaker:createProcessingJob": 2,
  "sagemaker:createTrainingJob": 2,
  "sagemaker:createTransformJob": 2,
  "sns:publish": 27,
  "sqs:sendMessage": 23,
  "states:startExecution": 12,
};
const READERS_TYPED_AT_LEAST = 19;
const WRITERS_TYPED_AT_LEAST = 5;

describeWithCorpus("resource calls for the corpus's tasks", (folder) => {
  const tasks = corpusTaskNodes(folder);
  const chosen = tasks.map((entry) => ({ entry, call: resourceCallFor(entry.task, undefined, { queryLanguage: entry.language }) }));
  const placedCalls = corpusPlaced(folder).flatMap(({ where, place, language, entry, written }) => {
    const call = place === "ItemReader" ? readerCallFor(entry, { queryLanguage: language }) : writerCallFor(entry, { queryLanguage: language });
    return call === undefined ? [] : [{ where, place, call, written, language }];
  });
  const tally = new Map<string, { typed: number; text: number }>();
  for (const { entry, call } of chosen) {
    const key = integrationOf(entry.task.resource);
    const row = tally.get(key) ?? { typed: 0, text: 0 };
    if (call) row.typed++;
    else row.text++;
    tally.set(key, row);
  }

  afterAll(() => {
    const rows = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([key, { typed, text }]) => `${key}\t${typed}\t${text}`);
    console.log(`integration\ttyped\ttext\n${rows.join("\n")}`);
  });

  it("emit each chosen call's Resource and request exactly as written", () => {
    const differing: string[] = [];
    for (const { entry, call } of chosen) {
      if (!call) continue;
      let rebuilt: unknown;
      try {
        rebuilt = workOf(emitted(call, entry.state, entry.language));
      } catch (error) {
        rebuilt = String(error);
      }
      if (!isDeepStrictEqual(rebuilt, workOf(entry.state))) differing.push(`${entry.where}: ${call.resource} gives ${JSON.stringify(rebuilt)}, not ${JSON.stringify(workOf(entry.state))}`);
    }
    expect(differing).toEqual([]);
    expect(chosen.filter((c) => c.call).length).toBeGreaterThanOrEqual(368);
  });

  it("type-check with the DSL, all in one program", () => {
    const statements = new Set<string>();
    for (const { entry, call } of chosen) if (call) statements.add(typedTask(call, entry.state, entry.language));
    for (const { place, call, written, language } of placedCalls) statements.add(typedMap(place, call, written, language));
    const synthetic = SYNTHETIC.map(({ state, language, substitutions }) => ({ state, language, call: resourceCallFor(taskNodeOf(state), undefined, { queryLanguage: language, substitutions })! }));
    for (const { state, language, call } of synthetic) statements.add(typedTask(call, state, language));
    const names = new Set([...chosen.flatMap(({ call }) => call?.imports ?? []), ...placedCalls.flatMap(({ call }) => call.imports), ...synthetic.flatMap(({ call }) => call.imports)]);
    // A request field sns:publish does not take, to show the program checks requests at all.
    const control = `// @ts-expect-error 'Mesage' is not a field of this request\nworkflow("Control", { input: z.unknown() }).task("Call", { resource: sns.publish(), parameters: { Mesage: "x" } });`;
    names.add("sns");
    const source = [`import { workflow, ref, ${[...names].sort().join(", ")} } from "@aslc/dsl";`, `import { z } from "zod";`, ...statements, control, ""].join("\n");
    const dir = scratchDirectory("resource-calls");
    const errors = typeErrors(dir, writeFiles(dir, { "calls.ts": source }));
    rmSync(dir, { recursive: true, force: true });
    expect(errors).toEqual([]);
    expect(statements.size).toBeGreaterThan(100);
  });

  it("refuse a described integration's helper, read with its workflow, where the workflow reads from its result what the result lacks", () => {
    const refused: string[] = [];
    for (const file of readManifest(folder).keys()) {
      const { workflow: read } = readWorkflow({ file, name: file, format: "asl-json", definition: readDefinition(folder, file), siteOf: () => ({ file, line: 1, column: 1 }) });
      if (read === undefined) continue;
      for (const state of allStates(read)) {
        if (state.type !== "Task") continue;
        const queryLanguage = state.queryLanguage ?? read.queryLanguage ?? "JSONPath";
        const alone = resourceCallFor(state, undefined, { queryLanguage });
        if (alone !== undefined && resourceCallFor(state, undefined, { queryLanguage, workflow: read }) === undefined) refused.push(`${file} ${state.name}: ${alone.resource}`);
      }
    }
    expect(refused).toEqual([
      // StopQuery reads $.QueryExecution from GetQueryResults' result, which has ResultSet and UpdateCount.
      "serverless-step-functions/fixtures_athena_serverless__stepFunctions.stateMachines.athenaMachine.definition.json GetQueryResults: athena.getQueryResults()",
      // Output reads $states.result.approval; API Gateway's result holds the API's answer in ResponseBody.
      "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_test_state_statemachines_localstack_blogpost_scenario_state_machine.json Ask for Approval: apigateway.invoke()",
    ]);
  });

  it("give each Distributed Map's S3 reader and writer its helper, which emits the Resource as written", () => {
    const typed = placedCalls;
    const differing = typed.filter(({ place, call, written, language }) => {
      const key = place === "ItemReader" ? "itemReader" : "resultWriter";
      const chain = workflow("Rebuilt", { input: z.unknown(), queryLanguage: language }) as unknown as { map(name: string, options: object, processor: (item: any) => unknown): unknown };
      const options = { mode: "DISTRIBUTED", executionType: "STANDARD", [key]: { resource: evaluate(call), parameters: written.Parameters, arguments: written.Arguments } };
      const definition = aslDefinition(buildWorkflow(chain.map("Each", options, (item) => item.pass("P")))) as { States: { Each: Record<string, Record<string, unknown>> } };
      return !isDeepStrictEqual(workOf(definition.States.Each[place]!), workOf(written));
    });
    expect(differing.map((t) => t.where)).toEqual([]);
    expect(typed.filter((t) => t.place === "ItemReader").length).toBeGreaterThanOrEqual(READERS_TYPED_AT_LEAST);
    expect(typed.filter((t) => t.place === "ResultWriter").length).toBeGreaterThanOrEqual(WRITERS_TYPED_AT_LEAST);
  });

  it("type a recorded number of tasks per integration", () => {
    for (const [key, least] of Object.entries(TYPED_AT_LEAST)) expect(tally.get(key)?.typed ?? 0, key).toBeGreaterThanOrEqual(least);
  });
});
