/** The `aslc` command end to end, on temporary projects. */
import { execFileSync } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { aslc, aslcWatch } from "../support/cli.ts";
import { tempProject } from "../support/temp-project.ts";

const ORDER = (next: string, attempts = 3) => `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

export default workflow("Order", { input: z.object({ orderId: z.string() }) })
  .task("Charge", {
    resource: lambda.invoke("\${ChargeFunctionArn}"),
    result: z.object({ ok: z.boolean() }),
    resultSelector: { "ok.$": "$.Payload.ok" },
    resultPath: "$.charge",
    retry: [{ errorEquals: ["States.TaskFailed"], maxAttempts: ${attempts} }],
  })
  .choice("Charged?", (c) =>
    c.when(c.booleanEquals("$.charge.ok", true), (b) => b.succeed("${next}")).otherwise((b) => b.fail("Declined", { cause: "The card was declined" })),
  );
`;

const projects: { remove(): void }[] = [];
function project(files: Record<string, string>) {
  const p = tempProject(files, "e2e");
  projects.push(p);
  return p;
}
afterAll(() => projects.forEach((p) => p.remove()));

describe("aslc build", () => {
  it("writes the ASL and the substitutions list beside the module", () => {
    const p = project({ "flows/order.workflow.ts": ORDER("Done") });
    const result = aslc(p.dir, "build");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("wrote flows/Order.asl.json");
    const asl = JSON.parse(readFileSync(join(p.dir, "flows/Order.asl.json"), "utf8"));
    expect(asl.States.Charge.Resource).toBe("arn:aws:states:::lambda:invoke");
    expect(asl.States.Charge.Parameters).toEqual({ FunctionName: "${ChargeFunctionArn}", "Payload.$": "$" });
    expect(JSON.parse(readFileSync(join(p.dir, "flows/Order.substitutions.json"), "utf8"))).toEqual({ workflow: "Order", substitutions: ["ChargeFunctionArn"] });
  });

  it("prints a warning (ItemsPath beside an ItemReader, ASLC156) and writes the files, exiting 0", () => {
    const p = project({
      "flows/each.workflow.ts": `import { z } from "zod";
import { workflow } from "@aslc/dsl";

export default workflow("Each", { input: z.object({ items: z.array(z.string()) }) })
  .map("M", { mode: "DISTRIBUTED", executionType: "STANDARD", itemsPath: "$.items", itemReader: { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSON" }, parameters: { Bucket: "b", Key: "k" } } }, (i) => i.pass("P"));
`,
    });
    const result = aslc(p.dir, "build");
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/flows\/each\.workflow\.ts:\d+:\d+ - warning ASLC156: state 'M': ItemsPath has no effect beside an ItemReader/);
    expect(result.stdout).toContain("wrote flows/Each.asl.json");
  });

  it("builds a lambda.invoke payload read from a path and a typed helper with a placeholder Resource, listing both placeholders", () => {
    const p = project({
      "flows/ship.workflow.ts": `import { z } from "zod";
import { workflow, lambda, dynamodb, ref } from "@aslc/dsl";

export default workflow("Ship", { input: z.object({ order: z.object({ id: z.string(), total: z.number() }) }) })
  .task("Load", { resource: dynamodb.getItem({ resource: "\${DDBGetItem}" }), parameters: { TableName: "orders", Key: { id: { "S.$": "$.order.id" } } }, resultPath: "$.row" })
  .task("Ship", { resource: lambda.invoke("\${ShipFunctionArn}"), payload: ref("$.order") });
`,
    });
    const result = aslc(p.dir, "build");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const asl = JSON.parse(readFileSync(join(p.dir, "flows/Ship.asl.json"), "utf8"));
    expect(asl.States.Load.Resource).toBe("\${DDBGetItem}");
    expect(asl.States.Ship.Parameters).toEqual({ FunctionName: "\${ShipFunctionArn}", "Payload.$": "$.order" });
    expect(JSON.parse(readFileSync(join(p.dir, "flows/Ship.substitutions.json"), "utf8"))).toEqual({ workflow: "Ship", substitutions: ["DDBGetItem", "ShipFunctionArn"] });
    expect(readFileSync(join(p.dir, "flows/Ship.contracts.ts"), "utf8")).toMatch(/export interface ShipEvent \{\s+id: string;\s+total: number;\s+\}/);
  });

  it("writes byte-identical files on every build", () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    aslc(p.dir, "build");
    const first = readFileSync(join(p.dir, "Order.asl.json"), "utf8");
    aslc(p.dir, "build");
    expect(readFileSync(join(p.dir, "Order.asl.json"), "utf8")).toBe(first);
    expect(first.endsWith("\n")).toBe(true);
  });

  it("reports a type error with its location and a code frame, exits 2 and keeps the old output", () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    aslc(p.dir, "build");
    const before = readFileSync(join(p.dir, "Order.asl.json"), "utf8");
    p.write("order.workflow.ts", ORDER("Done").replace('"$.charge.ok"', '"$.charge.okay"'));
    const result = aslc(p.dir, "build");
    expect(result.status).toBe(2);
    const column = ORDER("Done").split("\n")[12]!.indexOf('"$.charge.ok"') + 1;
    expect(result.stderr).toMatch(new RegExp(`^order\\.workflow\\.ts:13:${column} - error TS2345: .*\\$\\.charge has no field 'okay'`, "m"));
    expect(result.stderr).toContain("> 13 |");
    expect(result.stderr).toMatch(/\|\s+\^+/);
    expect(readFileSync(join(p.dir, "Order.asl.json"), "utf8")).toBe(before);
  });

  it("prints diagnostics as JSON with --json", () => {
    const p = project({ "order.workflow.ts": ORDER("Done").replace('.otherwise((b) => b.fail("Declined", { cause: "The card was declined" }))', '.otherwise((b) => b.goto("Nowhere"))') });
    const result = aslc(p.dir, "build", "--json");
    expect(result.status).toBe(2);
    const json = JSON.parse(result.stdout);
    expect(json.diagnostics.find((d: { code: string }) => d.code === "ASLC102")).toMatchObject({ code: "ASLC102", severity: "error", state: "Charged?", file: "order.workflow.ts", line: 12 });
    // The types report it too, where the workflow finishes.
    expect(json.diagnostics.find((d: { code: string }) => d.code.startsWith("TS"))?.message).toContain("State 'Nowhere' is named by a jump but never declared in this workflow");
  });

  it("documents every command with --help", () => {
    for (const command of ["build", "check", "graph", "watch"]) {
      const result = aslc(process.cwd(), command, "--help");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: aslc ${command}`));
      expect(result.stdout).toMatch(/Exit codes|Stop with/);
    }
    expect(aslc(process.cwd(), "--help").stdout).toContain("Commands:");
    expect(aslc(process.cwd(), "frobnicate").status).toBe(1);
    expect(aslc(process.cwd(), "build", "--frob").status).toBe(1);
  });
});

describe("handler contracts and stubs", () => {
  it("writes contracts every build, creates each stub once and never overwrites it", () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    const first = aslc(p.dir, "build");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("wrote Order.contracts.ts");
    expect(first.stdout).toContain("wrote handlers/charge.ts");
    const contracts = readFileSync(join(p.dir, "Order.contracts.ts"), "utf8");
    expect(contracts).toContain("export interface ChargeEvent {\n  orderId: string;\n}");
    expect(contracts).toContain("export interface ChargeResult {\n  ok: boolean;\n}");
    const stub = readFileSync(join(p.dir, "handlers/charge.ts"), "utf8");
    expect(stub).toContain('from "../Order.contracts.js"');
    expect(stub).toContain("Charge handler is not implemented yet: edit handlers/charge.ts");

    const implemented = `import { chargeEventSchema, type ChargeHandler } from "../Order.contracts.js";\n\nexport const handler: ChargeHandler = async (event) => {\n  chargeEventSchema.parse(event);\n  return { ok: event.orderId.length > 0 };\n};\n`;
    p.write("handlers/charge.ts", implemented);
    const second = aslc(p.dir, "build");
    // The second build type-checks the implemented handler against the regenerated contract.
    expect(second.status).toBe(0);
    expect(second.stdout).not.toContain("kept handlers/charge.ts");
    expect(aslc(p.dir, "build", "--verbose").stdout).toContain("kept handlers/charge.ts");
    expect(readFileSync(join(p.dir, "handlers/charge.ts"), "utf8")).toBe(implemented);
    expect(aslc(p.dir, "check").status).toBe(0);
  });

  it("fails the build when a handler no longer matches its contract", () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    aslc(p.dir, "build");
    p.write("handlers/charge.ts", `import type { ChargeHandler } from "../Order.contracts.js";\n\nexport const handler: ChargeHandler = async () => ({ ok: "yes" });\n`);
    const result = aslc(p.dir, "build");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^handlers\/charge\.ts:3:\d+ - error TS2322: Type 'Promise<\{ ok: string; \}>' is not assignable to type 'Promise<ChargeResult>'[\s\S]*'string' is not assignable to type 'boolean'/m);
  });
});

describe("aslc check", () => {
  it("exits 0 when the files match their sources", () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    aslc(p.dir, "build");
    const result = aslc(p.dir, "check");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("4 files up to date");
  });

  it("exits 1 on drift with a per-state summary and a unified diff", () => {
    const p = project({ "order.workflow.ts": ORDER("Done", 3) });
    aslc(p.dir, "build");
    p.write("order.workflow.ts", ORDER("Done", 5));
    const result = aslc(p.dir, "check");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Order.asl.json: differs from what its sources compile to");
    expect(result.stdout).toContain("state Charge: Retry[0].MaxAttempts 3 → 5");
    expect(result.stdout).toContain("--- Order.asl.json (on disk)");
    expect(result.stdout).toMatch(/^-.*"MaxAttempts": 3/m);
    expect(result.stdout).toMatch(/^\+.*"MaxAttempts": 5/m);
    expect(result.stdout).toContain("1 of 4 files drifted");
  });

  it("reports a missing output as drift", () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    const result = aslc(p.dir, "check");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("Order.asl.json: missing (run aslc build)");
  });

  it("exits 2 on compile errors", () => {
    const p = project({ "order.workflow.ts": ORDER("Done").replace("lambda.invoke", "lambda.invok") });
    const result = aslc(p.dir, "check");
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error TS2551: Property 'invok' does not exist/);
  });
});

describe("aslc graph", () => {
  it("prints a Mermaid diagram of the named workflow", () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    const result = aslc(p.dir, "graph", "Order");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^flowchart TD\n/);
    expect(result.stdout).toContain('{"Charged?"}');
    expect(result.stdout).toContain('-->|"$.charge.ok == true"|');
    expect(result.stdout).toContain('-->|"otherwise"|');
    expect(aslc(p.dir, "graph", "Missing").status).toBe(1);
  });
});

describe("aslc watch", () => {
  it("rebuilds when a workflow changes", async () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    const watcher = aslcWatch(p.dir);
    try {
      await watcher.until((out) => /built 1 workflows/.test(out));
      writeFileSync(join(p.dir, "order.workflow.ts"), ORDER("Finished"));
      await watcher.until((out) => (out.match(/built 1 workflows/g) ?? []).length >= 2);
      expect(readFileSync(join(p.dir, "Order.asl.json"), "utf8")).toContain('"Finished"');
      writeFileSync(join(p.dir, "order.workflow.ts"), ORDER("Finished").replace('"$.charge.ok"', '"$.charge.nope"'));
      await watcher.until((out) => /error TS2345/.test(out));
      expect(readFileSync(join(p.dir, "Order.asl.json"), "utf8")).toContain('"Finished"');
    } finally {
      await watcher.stop();
    }
  }, 120_000);

  it("rebuilds after rename-style saves (sed -i, write-then-rename, delete-and-recreate), every time", async () => {
    const p = project({ "order.workflow.ts": ORDER("Done") });
    const file = join(p.dir, "order.workflow.ts");
    const asl = () => readFileSync(join(p.dir, "Order.asl.json"), "utf8");
    const builds = (out: string) => (out.match(/built 1 workflows/g) ?? []).length;
    const watcher = aslcWatch(p.dir);
    try {
      await watcher.until((out) => builds(out) >= 1);
      execFileSync("sed", ["-i", "s/\"Done\"/\"Sed1\"/", file]);
      await watcher.until((out) => builds(out) >= 2);
      expect(asl()).toContain('"Sed1"');
      execFileSync("sed", ["-i", "s/\"Sed1\"/\"Sed2\"/", file]);
      await watcher.until((out) => builds(out) >= 3);
      expect(asl()).toContain('"Sed2"');
      writeFileSync(join(p.dir, ".order.workflow.ts.tmp"), ORDER("Renamed"));
      renameSync(join(p.dir, ".order.workflow.ts.tmp"), file);
      await watcher.until((out) => builds(out) >= 4);
      expect(asl()).toContain('"Renamed"');
      rmSync(file);
      writeFileSync(file, ORDER("Recreated"));
      await watcher.until((out) => builds(out) >= 5 && asl().includes('"Recreated"'));
    } finally {
      await watcher.stop();
    }
  }, 180_000);
});
