/**
 * The requests real workflows send through the described integrations fit the typed helpers:
 * each JSONPath Task of the shared corpus whose Resource names a descriptor has its Parameters
 * checked against the descriptor's request (a `.$` field stands for a value known only at run
 * time, so only its presence counts), and is written again through the helper, which must emit
 * the same Resource and Parameters. lambda:invoke is left out: its request is built from
 * `payload`, not Parameters (see the lambda tests); so are s3's, which are ItemReader and
 * ResultWriter resources rather than Tasks'.
 */
import { describe, expect, it } from "vitest";
import { z, type ZodType } from "zod";
import {
  apigateway,
  athena,
  batch,
  bedrock,
  codebuild,
  dynamodb,
  ecs,
  eks,
  events,
  glue,
  http,
  INTEGRATIONS,
  integrationDescriptor,
  s3,
  sagemaker,
  sns,
  buildWorkflow,
  sqs,
  states,
  workflow,
  type Integration,
} from "@aslc/dsl";
import { aslDefinition } from "@aslc/compiler";
import { offersPattern } from "@aslc/dsl/internal";
import { describeWithCorpus, readDefinition, readManifest } from "./corpus-files.ts";
import { corpusTasks, namedIntegration, type NamedIntegration } from "./task-resources.ts";

type Pattern = NamedIntegration["pattern"];
type Helper = (pattern: Pattern) => Integration<any, any, any>;

const callback = (pattern: Pattern) => ({ waitForTaskToken: pattern === "waitForTaskToken" });
const sync = (pattern: Pattern) => ({ sync: pattern === "sync" });

/** Each described integration's typed helper, by descriptor id, for the pattern a Resource names. */
const HELPERS: Readonly<Record<string, Helper>> = {
  "sns:publish": (p) => sns.publish(callback(p)),
  "sqs:sendMessage": (p) => sqs.sendMessage(callback(p)),
  "dynamodb:getItem": () => dynamodb.getItem(),
  "dynamodb:putItem": () => dynamodb.putItem(),
  "dynamodb:updateItem": () => dynamodb.updateItem(),
  "dynamodb:deleteItem": () => dynamodb.deleteItem(),
  "ecs:runTask": (p) => ecs.runTask({ ...callback(p), ...sync(p) }),
  "states:startExecution": (p) => states.startExecution({ ...callback(p), ...sync(p), sync2: p === "sync:2" }),
  "events:putEvents": (p) => events.putEvents(callback(p)),
  "athena:startQueryExecution": (p) => athena.startQueryExecution(sync(p)),
  "athena:getQueryExecution": () => athena.getQueryExecution(),
  "athena:getQueryResults": () => athena.getQueryResults(),
  "athena:stopQueryExecution": () => athena.stopQueryExecution(),
  "batch:submitJob": (p) => batch.submitJob(sync(p)),
  "apigateway:invoke": (p) => apigateway.invoke(callback(p)),
  "eks:call": () => eks.call(),
  "eks:runJob": (p) => eks.runJob({ ...callback(p), ...sync(p) }),
  "eks:createCluster": (p) => eks.createCluster(sync(p)),
  "eks:deleteCluster": (p) => eks.deleteCluster(sync(p)),
  "eks:createNodegroup": (p) => eks.createNodegroup(sync(p)),
  "eks:deleteNodegroup": (p) => eks.deleteNodegroup(sync(p)),
  "eks:createFargateProfile": (p) => eks.createFargateProfile(sync(p)),
  "eks:deleteFargateProfile": (p) => eks.deleteFargateProfile(sync(p)),
  "bedrock:invokeModel": () => bedrock.invokeModel(),
  "http:invoke": () => http.invoke(),
  "glue:startJobRun": (p) => glue.startJobRun(sync(p)),
  "codebuild:startBuild": (p) => codebuild.startBuild(sync(p)),
  "codebuild:batchGetReports": () => codebuild.batchGetReports(),
  "sagemaker:createTrainingJob": (p) => sagemaker.createTrainingJob(sync(p)),
  "sagemaker:createModel": () => sagemaker.createModel(),
  "sagemaker:createTransformJob": (p) => sagemaker.createTransformJob(sync(p)),
};

/** Stands for the run-time value of a `.$` field. */
const DYNAMIC = Object.freeze({ dynamic: true });

/** The Parameters template as the value the request would be, its `.$` fields' values DYNAMIC. */
function requestShape(template: unknown): unknown {
  if (Array.isArray(template)) return template.map(requestShape);
  if (typeof template !== "object" || template === null) return template;
  return Object.fromEntries(Object.entries(template).map(([key, value]) => (key.endsWith(".$") ? [key.slice(0, -2), DYNAMIC] : [key, requestShape(value)])));
}

/** Why the template does not fit the request: zod's issues away from run-time values, and top-level fields the request does not have. */
function requestIssues(request: ZodType, template: unknown): string[] {
  const value = requestShape(template);
  const atRunTime = (path: readonly PropertyKey[]) =>
    path.some((_, i) => path.slice(0, i + 1).reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown> | undefined)?.[key], value) === DYNAMIC);
  const parsed = request.safeParse(value);
  const issues = parsed.success ? [] : parsed.error.issues.filter((issue) => !atRunTime(issue.path)).map((issue) => `${issue.path.join(".") || "(request)"}: ${issue.message}`);
  if (request instanceof z.ZodObject && request._zod.def.catchall === undefined && typeof value === "object" && value !== null) {
    issues.push(...Object.keys(value).filter((key) => !(key in request.shape)).map((key) => `${key}: not a field of the request`));
  }
  return issues;
}

/** The Resource in the standard partition, as the helpers write it. */
const standardPartition = (resource: string) => resource.replace(/^arn:(?:\$\{[^}]*\}|[^:]+):states:::/, "arn:aws:states:::");

interface CorpusRequest {
  readonly where: string;
  readonly id: string;
  readonly pattern: Pattern;
  readonly resource: string;
  readonly parameters: Readonly<Record<string, unknown>>;
}

function corpusRequests(folder: string): CorpusRequest[] {
  const requests: CorpusRequest[] = [];
  for (const [file, row] of readManifest(folder)) {
    // A CloudFormation intrinsic inside Parameters is not ASL yet.
    if (row.expected_valid === "no" || row.query_language === "JSONata" || row.has_cfn_intrinsics === "yes") continue;
    const definition = readDefinition(folder, file);
    for (const { name, state } of corpusTasks(definition)) {
      const named = namedIntegration(state.Resource);
      if (!named || named.id === "lambda:invoke" || !integrationDescriptor(named.id)) continue;
      if (state.QueryLanguage === "JSONata" || typeof state.Parameters !== "object" || state.Parameters === null) continue;
      requests.push({ where: `${file} ${name}`, ...named, resource: state.Resource as string, parameters: state.Parameters as Record<string, unknown> });
    }
  }
  return requests;
}

describe("the helper table", () => {
  it("has every described Task integration but lambda:invoke", () => {
    // S3's optimized resources are a Distributed Map's ItemReader and ResultWriter, which a Task does not take.
    const mapResources = new Set([s3.getObject(), s3.listObjectsV2(), s3.putObject()].map((r) => r.info.descriptor));
    expect(mapResources.size).toBe(3);
    const taskIds = INTEGRATIONS.map((d) => d.id).filter((id) => id !== "lambda:invoke" && !mapResources.has(id));
    expect(Object.keys(HELPERS).sort()).toEqual(taskIds.sort());
  });

  it("finds a misspelt field, a missing one and a wrong literal, and lets a .$ field stand for any value", () => {
    const request = integrationDescriptor("athena:startQueryExecution")!.request;
    expect(requestIssues(request, { QueryString: "SELECT 1", WorkGroup: "primary" })).toEqual([]);
    expect(requestIssues(request, { "QueryString.$": "$.sql", "ResultConfiguration.$": "$.where" })).toEqual([]);
    expect(requestIssues(request, { QueryString: "SELECT 1", WorkGruop: "primary" })).toEqual(["WorkGruop: not a field of the request"]);
    expect(requestIssues(request, { WorkGroup: "primary" })).toEqual([expect.stringMatching(/^QueryString: /)]);
    expect(requestIssues(request, { QueryString: "SELECT 1", ResultConfiguration: { EncryptionConfiguration: { EncryptionOption: "SSE" } } })).toEqual([
      expect.stringMatching(/^ResultConfiguration\.EncryptionConfiguration\.EncryptionOption: /),
    ]);
  });
});

describeWithCorpus("the corpus's requests through the typed helpers", (folder) => {
  const requests = corpusRequests(folder);

  it("cover the integrations the corpus uses most", () => {
    const ids = new Set(requests.map((r) => r.id));
    for (const id of ["athena:startQueryExecution", "athena:getQueryResults", "batch:submitJob", "apigateway:invoke", "eks:call", "sns:publish", "sqs:sendMessage", "states:startExecution"]) {
      expect(ids, id).toContain(id);
    }
    expect(requests.length).toBeGreaterThan(60);
  });

  it("fit the descriptors' requests", () => {
    const misfits = requests.flatMap(({ where, id, parameters }) => requestIssues(integrationDescriptor(id)!.request, parameters).map((issue) => `${where}: ${issue}`));
    expect(misfits).toEqual([]);
  });

  it("ask only for patterns the descriptors offer", () => {
    expect(requests.filter(({ id, pattern }) => !offersPattern(integrationDescriptor(id)!, pattern)).map((r) => `${r.where}: ${r.resource}`)).toEqual([]);
  });

  it("come out of the helpers with the Resource and Parameters they were written with", () => {
    const differing = requests.filter(({ id, pattern, resource, parameters }) => {
      const chain: any = workflow("Rebuilt", { input: z.object({}) });
      // The ASL as written, without the checks of a whole workflow: the paths read states and variables of the original.
      const definition = aslDefinition(buildWorkflow(chain.task("Call", { resource: HELPERS[id]!(pattern), parameters }))) as { States: { Call: Record<string, unknown> } };
      const { Resource, Parameters } = definition.States.Call;
      return Resource !== standardPartition(resource) || JSON.stringify(Parameters) !== JSON.stringify(parameters);
    });
    expect(differing.map((r) => r.where)).toEqual([]);
  });
});
