/**
 * awsSdk(service, action) typed from the AWS SDK for JavaScript v3, types only: a project that
 * declares an installed client in AwsSdkClients gets the client's actions, its `…CommandInput` as
 * the request and its `…CommandOutput` less `$metadata` as the result; a project that does not
 * (or has no client package) keeps any action, any request and an unknown result. The DSL
 * itself neither imports nor depends on the SDK.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scratchDirectory, typeErrors, writeFiles } from "../contracts/typescript-check.ts";
import { REPO } from "../support/temp-project.ts";

const DECLARATION = `import type { S3 } from "@aws-sdk/client-s3";
import type { DynamoDB } from "@aws-sdk/client-dynamodb";
declare module "@aslc/dsl" {
  interface AwsSdkClients {
    s3: S3;
    dynamodb: DynamoDB;
  }
}
`;

const HEADER = `import { z } from "zod";
import { awsSdk, workflow, type PayloadOf } from "@aslc/dsl";
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const start = workflow("Sdk", { input: z.object({ bucket: z.string(), key: z.string() }) });
`;

const TYPED_WORKFLOW = `${HEADER}import type { GetObjectCommandOutput } from "@aws-sdk/client-s3";
const wf = start.task("Get", { resource: awsSdk("s3", "getObject"), parameters: { "Bucket.$": "$.bucket", "Key.$": "$.key" }, resultPath: "$.object" });
export const result: Equal<PayloadOf<typeof wf>["object"], Omit<GetObjectCommandOutput, "$metadata">> = true;
export const list = start.task("List", { resource: awsSdk("s3", "listObjectsV2", { resource: "\${ListObjects}" }), parameters: { Bucket: "b", Prefix: "in/" } });
export const put = start.task("Put", { resource: awsSdk("dynamodb", "putItem"), parameters: { TableName: "t", Item: { pk: { S: "x" } } } });
export const undeclared = start.task("Other", { resource: awsSdk("sqs", "anythingGoes"), parameters: { Whatever: 1 } });
`;

/** One mistake per line, each with the text its error must hold. */
const MISTAKES: readonly [string, string][] = [
  [`start.task("A", { resource: awsSdk("s3", "listObjectV2") });`, `Argument of type '"listObjectV2"' is not assignable to parameter of type`],
  [`start.task("B", { resource: awsSdk("s3", "getObject"), parameters: { Key: "k" } });`, "the Parameters lack the request field Bucket"],
  [`start.task("C", { resource: awsSdk("s3", "listObjectsV2"), parameters: { Bucket: "b", Perfix: "p" } });`, "'Perfix' is not a field of this request"],
  [`start.task("D", { resource: awsSdk("dynamodb", "putItem"), parameters: { TableName: "t", Item: {}, ReturnValues: "EVERYTHING" } });`, "the request field cannot be 'EVERYTHING'"],
];

const UNTYPED_WORKFLOW = `${HEADER}const wf = start.task("Get", { resource: awsSdk("s3", "getObjekt"), parameters: { Bukket: "b" }, resultPath: "$.object" });
export const result: Equal<PayloadOf<typeof wf>["object"], unknown> = true;
`;

const dirs: string[] = [];
function project(files: Record<string, string>): string[] {
  const dir = scratchDirectory("aws-sdk-clients");
  dirs.push(dir);
  return typeErrors(dir, writeFiles(dir, files));
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("awsSdk typed from SDK v3 clients", () => {
  it("a declared client types the action, request and result; an undeclared service stays open", { timeout: 120_000 }, () => {
    expect(project({ "clients.d.ts": DECLARATION, "sdk.workflow.ts": TYPED_WORKFLOW })).toEqual([]);
  });

  it("a declared client refuses a misspelt action, a missing or unknown request field and a wrong literal", { timeout: 120_000 }, () => {
    const source = `${HEADER}${MISTAKES.map(([line]) => line).join("\n")}\n`;
    const errors = project({ "clients.d.ts": DECLARATION, "sdk.workflow.ts": source });
    const firstLine = HEADER.split("\n").length;
    MISTAKES.forEach(([, text], i) => {
      const onLine = errors.filter((e) => e.includes(`sdk.workflow.ts:${firstLine + i}:`));
      expect(onLine.join("\n"), `line ${firstLine + i}: ${errors.join("\n")}`).toContain(text);
    });
    expect(errors).toHaveLength(MISTAKES.length);
  });

  it("without a declared client (or the client package), any action and request compile and the result is unknown", { timeout: 120_000 }, () => {
    expect(project({ "sdk.workflow.ts": UNTYPED_WORKFLOW })).toEqual([]);
  });

  it("the DSL's built files neither import nor require the SDK", () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const dist = join(REPO, "packages", "dsl", "dist");
    // Code lines only: the declarations' documentation shows the declaration users write.
    const code = (file: string) => readFileSync(file, "utf8").split("\n").filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line));
    const importing = files(dist).filter((file) => code(file).some((line) => /(from\s+|import\(|require\()["']@aws-sdk\//.test(line)));
    expect(importing).toEqual([]);
    expect(JSON.parse(readFileSync(join(REPO, "packages", "dsl", "package.json"), "utf8"))).not.toHaveProperty(["dependencies", "@aws-sdk/client-s3"]);
  });
});
