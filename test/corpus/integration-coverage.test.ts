/**
 * Every integration that real workflows use has a typed helper. The shared corpus's MANIFEST
 * names each file's integrations; a file's Task Resources add those the MANIFEST files under
 * `other`, `placeholder` or `cfn-expr` because the partition is a placeholder
 * (`arn:<PARTITION>:states:::sns:publish`). Each optimized integration used by three files or
 * more must be described (INTEGRATIONS, the source of its typed helper); each other label used
 * as often must be one of the kinds of Resource listed here, with how the DSL writes it.
 */
import { describe, expect, it } from "vitest";
import { integrationDescriptor } from "@aslc/dsl";
import { describeWithCorpus, readDefinition, readManifest } from "./corpus-files.ts";
import { corpusTasks, namedIntegration } from "./task-resources.ts";

/** Files that must use an integration before it needs a typed helper. */
const THRESHOLD = 3;

/** The MANIFEST labels that name no optimized integration, and how the DSL writes each. */
const OTHER_KINDS: Readonly<Record<string, string>> = {
  "lambda(arn)": "a Lambda function ARN as the Resource: lambda.function(arn), typed by the task's result schema",
  activity: "an activity ARN as the Resource: the ARN string, typed by the task's result schema",
  placeholder: "a ${Name} Resource that DefinitionSubstitutions fills in: any string; one that spells an optimized integration's ARN is counted as that integration",
  "cfn-expr": "a CloudFormation intrinsic (Fn::GetAtt, Ref, Fn::Sub) as the Resource, which is not ASL: the DSL writes a ${Name} placeholder for it",
  other:
    "test fixtures' stand-ins (foo:bar, __tbd__, InvalidArn, a path as the Resource) and legacy SWF task ARNs; a Resource that spells an optimized integration's ARN is counted as that integration",
};

/**
 * `aws-sdk:<service>` labels: any SDK action, written awsSdk(service, action) and typed from the
 * AWS SDK for JavaScript v3 declarations when the client package is installed (the integration's
 * field names are the SDK's), so no descriptor of its own.
 */
const AWS_SDK = /^aws-sdk:[a-z0-9-]+$/;

/** How many files use each label: the MANIFEST's, with the integrations their Resources spell. */
function countUses(folder: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [file, row] of readManifest(folder)) {
    const labels = new Set((row.integrations ?? "").split(",").filter((label) => label !== ""));
    for (const { state } of corpusTasks(readDefinition(folder, file))) {
      const named = namedIntegration(state.Resource);
      if (named) labels.add(named.id.startsWith("aws-sdk:") ? named.id.split(":").slice(0, 2).join(":") : named.id);
    }
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

const OPTIMIZED_LABEL = /^[a-z0-9-]+:[A-Za-z0-9]+$/;

describeWithCorpus("integrations the corpus uses", (folder) => {
  const counts = countUses(folder);
  const frequent = [...counts].filter(([, n]) => n >= THRESHOLD).sort(([a], [b]) => a.localeCompare(b));

  it(`each optimized integration used by ${THRESHOLD} files or more has a descriptor, and so a typed helper`, () => {
    const optimized = frequent.filter(([label]) => OPTIMIZED_LABEL.test(label) && !AWS_SDK.test(label));
    expect(optimized.length).toBeGreaterThan(5);
    const undescribed = optimized.filter(([label]) => integrationDescriptor(label) === undefined).map(([label, n]) => `${label} (${n} files)`);
    expect(undescribed).toEqual([]);
  });

  it(`each other label used by ${THRESHOLD} files or more is a kind of Resource the DSL writes otherwise`, () => {
    const others = frequent.filter(([label]) => !OPTIMIZED_LABEL.test(label) || AWS_SDK.test(label)).map(([label]) => label);
    expect(others.filter((label) => !(label in OTHER_KINDS) && !AWS_SDK.test(label))).toEqual([]);
  });

  it("counts the integrations a Resource spells with a placeholder partition", () => {
    // The MANIFEST files these under `other`; the definitions are the developer guide's.
    expect(counts.get("sns:publish")).toBeGreaterThan(20);
    expect(counts.get("apigateway:invoke")).toBeGreaterThan(6);
  });
});

describe("what the coverage check counts", () => {
  it("reads the integration and pattern from a Resource, whatever its partition", () => {
    expect(namedIntegration("arn:<PARTITION>:states:::sns:publish")).toEqual({ id: "sns:publish", pattern: "request-response" });
    expect(namedIntegration("arn:${AWS::Partition}:states:::lambda:invoke.waitForTaskToken")).toEqual({ id: "lambda:invoke", pattern: "waitForTaskToken" });
    expect(namedIntegration("arn:aws:states:::aws-sdk:s3:getObject")).toEqual({ id: "aws-sdk:s3:getObject", pattern: "request-response" });
    expect(namedIntegration("arn:aws:states:::states:startExecution.sync:2")).toEqual({ id: "states:startExecution", pattern: "sync:2" });
    expect(namedIntegration("arn:aws:lambda:us-east-1:123456789012:function:f")).toBeUndefined();
    expect(namedIntegration("foo:bar")).toBeUndefined();
  });

  it("a label of the MANIFEST without a descriptor is found missing", () => {
    expect(integrationDescriptor("elasticmapreduce:createCluster")).toBeUndefined();
  });
});
