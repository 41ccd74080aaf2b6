/** What a user writes in a new project: a workflow module, a handler, tsconfig variants, a script using the API. */

export const WORKFLOW = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

export default workflow("OrderProcessing", { input: z.object({ orderId: z.string() }) })
  .task("ValidateOrder", { resource: lambda.function("\${ValidateOrderArn}"), result: z.object({ valid: z.boolean() }), resultPath: "$.validation" })
  .choice("CheckValid", (c) =>
    c
      .when(c.booleanEquals("$.validation.valid", true), (b) => b.succeed("OrderComplete"))
      .otherwise((b) => b.fail("OrderFailed", { cause: "Order validation failed" })),
  );
`;

/** Proves the DSL's declarations type the chain (were they lost, the directive would be unused). */
export const TYPE_ERRORS = `import { z } from "zod";
import { workflow } from "@aslc/dsl";

export const unknownPath = workflow("UnknownPath", { input: z.object({ orderId: z.string() }) })
  // @ts-expect-error $.customerId is not in the payload
  .pass("Read", { inputPath: "$.customerId" })
  .succeed("Done");
`;

/** The handler, written against the contract \`aslc build\` generated. */
export const HANDLER = `import { validateOrderEventSchema, type ValidateOrderHandler } from "../OrderProcessing.contracts.js";

export const handler: ValidateOrderHandler = async (event) => {
  const input = validateOrderEventSchema.parse(event);
  return { valid: input.orderId.length > 0 };
};
`;

/** Plain Node, no TypeScript loader: the programmatic API of both packages. */
export const API_SCRIPT = `import { z } from "zod";
import { buildWorkflow, workflow } from "@aslc/dsl";
import { emitAsl } from "@aslc/compiler";

const asl = JSON.parse(emitAsl(buildWorkflow(workflow("Api", { input: z.object({}) }).succeed("Done"))));
console.log("StartAt " + asl.StartAt);
`;

const STRICT = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false, noEmit: true, types: [] };

/** tsconfig.json variants; \`init\` is what \`tsc --init\` of the installed TypeScript writes. */
export const TSCONFIGS = {
  init: undefined,
  nodenext: { compilerOptions: { module: "nodenext", target: "es2022", ...STRICT } },
  bundler: { compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "es2022", verbatimModuleSyntax: true, ...STRICT } },
} as const;

export type TsconfigName = keyof typeof TSCONFIGS;

/** A chain in a project whose tsconfig.json enables the DSL's editor plugin: hovering `checked` shows its payload. */
export const EDITOR_CHAIN = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

export const checked = workflow("Orders", { input: z.object({ orderId: z.string() }) }).task("Check", {
  resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:check"),
  result: z.object({ ok: z.boolean() }),
  resultPath: "$.check",
});
`;

/** A path being written in a state's options, after `inputPath: "$.check.`: the editor plugin offers the fields there. */
export const EDITOR_OPTION_PATH = `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

export const next = workflow("Orders", { input: z.object({ orderId: z.string() }) })
  .task("Check", { resource: lambda.function("arn:aws:lambda:us-east-1:123456789012:function:check"), result: z.object({ ok: z.boolean() }), resultPath: "$.check" })
  .pass("Next", { inputPath: "$.check." });
`;
