/**
 * One handler per Lambda function: tasks that call the same function share a contract (the union
 * of what they send, a result every task accepts) and a stub; expectations no value can meet are
 * an error naming both tasks; workflows in one folder sharing task names do not collide.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow } from "@aslc/dsl";
import { compile, renderContracts, renderHandlerStub } from "@aslc/compiler";
import { handlerContracts, typeText } from "@aslc/compiler/internal";
import { tempProject } from "../support/temp-project.ts";
import { scratchDirectory, typeErrors, writeFiles } from "./typescript-check.ts";

const flat = (schema: z.ZodType) => typeText(schema).replace(/\s*\n\s*/g, " ");

const projects: { remove(): void }[] = [];
function project(files: Record<string, string>) {
  const p = tempProject(files, "shared-functions");
  projects.push(p);
  return p;
}
afterAll(() => projects.forEach((p) => p.remove()));

const Order = z.object({ orderId: z.string(), total: z.number() });

const sharedCharge = () =>
  workflow("Checkout", { input: Order })
    .task("Authorize", {
      resource: lambda.function("${ChargeFunctionArn}"),
      parameters: { "orderId.$": "$.orderId", mode: "authorize" },
      result: z.object({ ok: z.boolean(), code: z.enum(["A", "B"]) }),
      resultPath: "$.auth",
    })
    .task("Capture", {
      resource: lambda.function("${ChargeFunctionArn}"),
      parameters: { "amount.$": "$.total", mode: "capture" },
      result: z.object({ ok: z.boolean(), receipt: z.string().optional(), code: z.string() }),
      resultPath: "$.capture",
    })
    .task("Notify", { resource: lambda.invoke("${NotifyArn}"), resultPath: null })
    .succeed("Done");

describe("tasks calling one function", () => {
  const ir = buildWorkflow(sharedCharge());

  it("share one contract: the union of the events, a result both tasks accept, names from the placeholder", () => {
    const [charge, notify, ...rest] = handlerContracts(ir);
    expect(rest).toEqual([]);
    expect(charge!.tasks.map((t) => t.stateName)).toEqual(["Authorize", "Capture"]);
    expect(charge!.names.handler).toBe("ChargeHandler");
    expect(notify!.names.handler).toBe("NotifyHandler");
    expect(flat(charge!.event)).toBe('{ orderId: string; mode: "authorize"; } | { amount: number; mode: "capture"; }');
    expect(flat(charge!.result)).toBe('{ ok: boolean; code: "A" | "B"; receipt?: string | undefined; }');
  });

  it("render a contract and a stub that compile under strict TypeScript, and a handler meeting both tasks", () => {
    const dir = scratchDirectory("shared-functions");
    const paths = writeFiles(dir, {
      "Checkout.contracts.ts": renderContracts(ir),
      "handlers/charge.ts": renderHandlerStub(ir, "Capture", "../Checkout.contracts", { stubPath: "handlers/charge.ts" }),
      "impl/charge.ts": `import type { ChargeHandler } from "../Checkout.contracts";
export const good: ChargeHandler = async (event) => ("orderId" in event ? { ok: true, code: "A" } : { ok: true, code: "B", receipt: String(event.amount) });
// @ts-expect-error "C" is no code Authorize accepts
export const bad: ChargeHandler = async () => ({ ok: true, code: "C" });
`,
    });
    expect(typeErrors(dir, paths)).toEqual([]);
    expect(renderContracts(ir)).toContain(`// \${ChargeFunctionArn}, called by:\n//   "Authorize" (Lambda function ARN)\n//   "Capture" (Lambda function ARN)\n`);
  });

  it("whose results cannot both hold are an error naming both tasks, where they part, at the later task", async () => {
    const p = project({
      "pay.workflow.ts": `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

export default workflow("Pay", { input: z.object({ id: z.string() }) })
  .task("Check", { resource: lambda.function("\${PayArn}"), result: z.object({ status: z.object({ ok: z.boolean() }) }), resultPath: "$.check" })
  .task("Charge", { resource: lambda.function("\${PayArn}"), result: z.object({ status: z.object({ ok: z.string() }) }), resultPath: "$.charge" })
  .succeed("Done");
`,
    });
    const result = await compile({ paths: [p.dir], cwd: p.dir, typeCheck: false });
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: "ASLC331",
      state: "Charge",
      message:
        'tasks "Check" and "Charge" call the same function ${PayArn} but expect results no value can meet at $.status.ok (boolean and string): make their result schemas agree, or call different functions',
      site: { file: expect.stringMatching(/pay\.workflow\.ts$/), line: 6, column: 4 },
    });
    expect(p.listing()).toEqual(["pay.workflow.ts"]);
  });
});

describe("a workflow of 100 states calling 3 functions", () => {
  it("gets 3 stubs and one contract per function", async () => {
    const functions = ["${ValidateFunctionArn}", "${PriceFunctionArn}", "${StoreFunctionArn}"];
    const steps = Array.from({ length: 50 }, (_, i) => {
      const fn = functions[i % 3]!;
      return `  .task("Step ${i}", { resource: lambda.function("${fn.replace("$", "\\$")}"), resultPath: "$.r${i}" })\n  .pass("After ${i}")`;
    });
    const p = project({
      "big.workflow.ts": `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

export default workflow("Big", { input: z.object({ id: z.string() }) })
${steps.join("\n")};
`,
    });
    const result = await compile({ paths: [p.dir], cwd: p.dir, typeCheck: false });
    expect(result.diagnostics).toEqual([]);
    expect(readdirSync(join(p.dir, "handlers")).sort()).toEqual(["price.ts", "store.ts", "validate.ts"]);
    const contracts = readFileSync(join(p.dir, "Big.contracts.ts"), "utf8");
    expect(contracts.match(/^export type \w+Handler =/gm)).toEqual(["export type ValidateHandler =", "export type PriceHandler =", "export type StoreHandler ="]);
  });
});

describe("two workflows in one folder", () => {
  const module = (name: string, fn: string) => `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

export default workflow("${name}", { input: z.object({ id: z.string() }) })
  .task("Charge", { resource: lambda.function("\${${fn}}"), result: z.object({ ok: z.boolean() }), resultPath: "$.charge" })
  .task("Notify", { resource: lambda.function("\${NotifyArn}"), resultPath: null })
  .succeed("Done");
`;

  it("with the same task names build, sharing the stub of each function both call", async () => {
    const p = project({ "a.workflow.ts": module("Orders", "ChargeCardArn"), "b.workflow.ts": module("Refunds", "ChargeBackArn") });
    const result = await compile({ paths: [p.dir], cwd: p.dir, typeCheck: false });
    expect(result.diagnostics).toEqual([]);
    expect(readdirSync(join(p.dir, "handlers")).sort()).toEqual(["charge-back.ts", "charge-card.ts", "notify.ts"]);
    // The shared stub is the first workflow's, typed by its contract.
    expect(readFileSync(join(p.dir, "handlers/notify.ts"), "utf8")).toContain('from "../Orders.contracts.js"');
  });

  it("whose different functions would share a stub file are an error", async () => {
    const p = project({ "a.workflow.ts": module("Orders", "ChargeArn"), "b.workflow.ts": module("Refunds", "ChargeFunctionArn") });
    const result = await compile({ paths: [p.dir], cwd: p.dir, typeCheck: false });
    expect(result.diagnostics.map((d) => d.code)).toEqual(["ASLC306"]);
    expect(result.diagnostics[0]!.message).toContain(`two different Lambda functions would share the handler stub ${join(p.dir, "handlers/charge.ts")}`);
  });
});
