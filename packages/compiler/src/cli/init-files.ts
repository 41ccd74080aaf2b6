/**
 * The project `aslc init` creates: one workflow with a Lambda task, its handler written against
 * the contract the build generates and a test of it, the package scripts, a tsconfig, the aslc
 * config, a SAM template that deploys the compiled definition, and a CI step running `aslc check`.
 */

import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";

/**
 * The starter workflow as code, the same chain as src/greeting.workflow.ts below: init writes
 * its compiled files at once, so that the handler, written against the contract, type-checks
 * before the first build (which then finds everything up to date; the init test checks that
 * the two stay the same).
 */
export const greetingWorkflow = () =>
  workflow("Greeting", { input: z.object({ name: z.string().min(1) }) })
    .task("Greet", {
      resource: lambda.invoke("${GreetFunctionArn}"),
      result: z.object({ greeting: z.string() }),
      resultSelector: { "greeting.$": "$.Payload.greeting" },
      resultPath: "$.result",
    })
    .succeed("Greeted");

export interface InitVersions {
  /** The version of @aslc/compiler and @aslc/dsl to depend on. */
  readonly aslc: string;
}

export function initFiles(name: string, versions: InitVersions): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    "package.json": json({
      name,
      version: "0.1.0",
      private: true,
      type: "module",
      scripts: {
        build: "aslc build",
        check: "aslc check",
        // The handler is typed by the contract the build writes: build first, then test.
        test: "aslc build && vitest run",
      },
      dependencies: { "@aslc/dsl": `^${versions.aslc}`, zod: "^4.1.0" },
      devDependencies: { "@aslc/compiler": `^${versions.aslc}`, "@types/node": "^20.19.0", typescript: "~6.0.3", vitest: "^4.1.0" },
    }),
    "tsconfig.json": json({
      compilerOptions: {
        target: "es2022",
        module: "esnext",
        moduleResolution: "bundler",
        lib: ["es2023"],
        types: ["node"],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        verbatimModuleSyntax: true,
        // Hovers on a workflow's chain show its payload as a plain object type (in an editor using this project's TypeScript).
        plugins: [{ name: "@aslc/dsl/editor" }],
      },
      include: ["src"],
    }),
    "aslc.config.json": json({ paths: ["src"] }),
    // The project's own test settings (vitest would otherwise take those of a folder above it).
    "vitest.config.ts": `import { defineConfig } from "vitest/config";

export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
`,
    ".gitignore": "node_modules/\n.aws-sam/\n",
    "src/greeting.workflow.ts": `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

/** Greets a person by name: a Lambda function writes the greeting, then the workflow ends. */
export default workflow("Greeting", { input: z.object({ name: z.string().min(1) }) })
  .task("Greet", {
    resource: lambda.invoke("\${GreetFunctionArn}"),
    result: z.object({ greeting: z.string() }),
    resultSelector: { "greeting.$": "$.Payload.greeting" },
    resultPath: "$.result",
  })
  .succeed("Greeted");
`,
    "src/handlers/greet.ts": `/** The Lambda handler of task "Greet": its event and result types come from the compiled contract. */
import { greetEventSchema, type GreetHandler } from "../Greeting.contracts.js";

export const handler: GreetHandler = async (event) => {
  // A function can be invoked by more than its state machine: check what arrived.
  const { name } = greetEventSchema.parse(event);
  return { greeting: \`Hello, \${name}!\` };
};
`,
    "src/handlers/greet.test.ts": `import { describe, expect, it } from "vitest";
import { handler } from "./greet.ts";

describe("Greet", () => {
  it("greets the person by name", async () => {
    expect(await handler({ name: "Ada" })).toEqual({ greeting: "Hello, Ada!" });
  });

  it("rejects an event without a name", async () => {
    await expect(handler({} as never)).rejects.toThrow(/name/);
  });
});
`,
    "template.yaml": `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: The Greeting workflow, compiled by aslc, and its Lambda function.

Resources:
  # The definition is the compiled src/Greeting.asl.json; \`aslc build\` lists its placeholders in
  # src/Greeting.substitutions.json, and DefinitionSubstitutions supplies exactly those.
  GreetingStateMachine:
    Type: AWS::Serverless::StateMachine
    Properties:
      Type: STANDARD
      DefinitionUri: src/Greeting.asl.json
      DefinitionSubstitutions:
        GreetFunctionArn: !GetAtt GreetFunction.Arn
      Policies:
        - LambdaInvokePolicy:
            FunctionName: !Ref GreetFunction

  GreetFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: .
      Handler: greet.handler
      Runtime: nodejs22.x
      Architectures: [arm64]
    Metadata:
      BuildMethod: esbuild
      BuildProperties:
        EntryPoints: [src/handlers/greet.ts]
        Format: esm
        OutExtension: [.js=.mjs]
        Target: es2022

Outputs:
  GreetingStateMachineArn:
    Value: !Ref GreetingStateMachine
`,
    ".github/workflows/aslc.yml": `name: aslc
on: [push, pull_request]
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install
      # Fails when the committed definitions, contracts or substitutions differ from the sources.
      - run: npx aslc check
      - run: npm test
`,
    "README.md": `# ${name}

A Step Functions workflow written with [aslc](https://www.npmjs.com/package/@aslc/compiler).

\`\`\`sh
npm install
npm run build   # compiles src/*.workflow.ts to src/<Workflow>.asl.json and the handler contracts
npm test        # builds, then tests the handlers
npm run check   # what CI runs: fails when the compiled files are out of date
sam build && sam deploy --guided
\`\`\`

Commit the compiled files (\`*.asl.json\`, \`*.substitutions.json\`, \`*.contracts.ts\`): SAM deploys them
and \`aslc check\` keeps them in step with the sources.
`,
  };
}
