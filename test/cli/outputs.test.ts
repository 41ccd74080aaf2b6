/**
 * What a build leaves beside the workflows beyond their content: generated files no workflow
 * produces any more (orphans), files an interrupted build left, and paths with no workflow.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { aslc } from "../support/cli.ts";
import { tempProject } from "../support/temp-project.ts";

const flow = (name: string, next = "Done") => `import { z } from "zod";
import { workflow, lambda } from "@aslc/dsl";

export default workflow("${name}", { input: z.object({ id: z.string() }) })
  .task("Charge", { resource: lambda.function("\${ChargeArn}"), result: z.object({ ok: z.boolean() }), resultPath: "$.charge" })
  .succeed("${next}");
`;

const projects: { remove(): void }[] = [];
function project(files: Record<string, string>) {
  const p = tempProject(files, "outputs");
  projects.push(p);
  return p;
}
afterAll(() => projects.forEach((p) => p.remove()));

// Each step runs the CLI on a project (type-check included): allow for a busy machine.
describe("orphans: generated files no workflow produces any more", { timeout: 240_000 }, () => {
  it("are listed by check after a rename, removed by build, and a hand-written file and the stubs survive", () => {
    const p = project({ "flows/order.workflow.ts": flow("Order"), "flows/refund.workflow.ts": flow("Refund") });
    expect(aslc(p.dir, "build").status).toBe(0);
    expect(JSON.parse(readFileSync(join(p.dir, "flows/aslc.outputs.json"), "utf8")).outputs).toEqual({
      "Order.asl.json": "order.workflow.ts",
      "Order.contracts.ts": "order.workflow.ts",
      "Order.substitutions.json": "order.workflow.ts",
      "Refund.asl.json": "refund.workflow.ts",
      "Refund.contracts.ts": "refund.workflow.ts",
      "Refund.substitutions.json": "refund.workflow.ts",
    });
    // Written by a person: never the build's to remove, even where its name looks generated.
    p.write("flows/Legacy.asl.json", "{}\n");
    p.write("flows/notes.md", "mine\n");
    p.write("flows/order.workflow.ts", flow("Orders"));

    const checked = aslc(p.dir, "check");
    expect(checked.status).toBe(1);
    for (const file of ["Order.asl.json", "Order.contracts.ts", "Order.substitutions.json"]) {
      expect(checked.stdout).toContain(`flows/${file}: generated, but no workflow produces it any more (aslc build removes it)`);
    }
    expect(checked.stdout).toContain("flows/Orders.asl.json: missing");
    expect(checked.stdout).not.toContain("Legacy");

    const built = aslc(p.dir, "build");
    expect(built.status).toBe(0);
    expect(built.stdout).toContain("removed flows/Order.asl.json (no workflow produces it any more)");
    expect(p.listing()).toEqual([
      "flows/Legacy.asl.json",
      "flows/Orders.asl.json",
      "flows/Orders.contracts.ts",
      "flows/Orders.substitutions.json",
      "flows/Refund.asl.json",
      "flows/Refund.contracts.ts",
      "flows/Refund.substitutions.json",
      "flows/aslc.outputs.json",
      "flows/handlers/charge.ts",
      "flows/notes.md",
      "flows/order.workflow.ts",
      "flows/refund.workflow.ts",
    ]);
    // The stub is the author's: it still imports the renamed workflow's old contracts until they fix it.
    const stub = readFileSync(join(p.dir, "flows/handlers/charge.ts"), "utf8");
    expect(aslc(p.dir, "check").stderr).toContain("error TS2307: Cannot find module '../Order.contracts.js'");
    p.write("flows/handlers/charge.ts", stub.replace("../Order.contracts.js", "../Orders.contracts.js"));
    expect(aslc(p.dir, "check").status).toBe(0);
  });

  it("of a deleted module are listed by check and removed by build, in a folder with no workflow left", () => {
    const p = project({ "a/order.workflow.ts": flow("Order"), "b/refund.workflow.ts": flow("Refund") });
    expect(aslc(p.dir, "build").status).toBe(0);
    rmSync(join(p.dir, "b/refund.workflow.ts"));

    const checked = aslc(p.dir, "check");
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain("b/Refund.asl.json: generated, but no workflow produces it any more");
    expect(checked.stdout).toContain("b/aslc.outputs.json: generated, but no workflow produces it any more");
    expect(aslc(p.dir, "build").status).toBe(0);
    expect(p.listing().filter((f) => f.startsWith("b/"))).toEqual(["b/handlers/charge.ts"]);
  });

  it("named outside their folder by a manifest are not touched", () => {
    const p = project({ "flows/order.workflow.ts": flow("Order"), "keep.txt": "precious\n" });
    mkdirSync(join(p.dir, "flows"), { recursive: true });
    p.write("flows/aslc.outputs.json", JSON.stringify({ outputs: { "../keep.txt": "gone.workflow.ts" } }));
    expect(aslc(p.dir, "build").status).toBe(0);
    expect(readFileSync(join(p.dir, "keep.txt"), "utf8")).toBe("precious\n");
  });
});

describe("files an interrupted build left", { timeout: 180_000 }, () => {
  it("are listed by check and removed by the next build", () => {
    const p = project({ "order.workflow.ts": flow("Order") });
    expect(aslc(p.dir, "build").status).toBe(0);
    // Process ids are below 2^22 on Linux: this one never runs.
    p.write("Order.asl.json.aslc-99999999.tmp", "{");
    p.write("aslc.journal.json", JSON.stringify({ pid: 99999999, steps: [] }));
    const checked = aslc(p.dir, "check");
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain("Order.asl.json.aslc-99999999.tmp: left by an interrupted build (aslc build completes or removes it)");
    expect(checked.stdout).toContain("aslc.journal.json: left by an interrupted build");
    expect(aslc(p.dir, "build").status).toBe(0);
    expect(existsSync(join(p.dir, "Order.asl.json.aslc-99999999.tmp"))).toBe(false);
    expect(existsSync(join(p.dir, "aslc.journal.json"))).toBe(false);
  });
});

describe("paths that hold no workflow", { timeout: 120_000 }, () => {
  it("are an error for check and build, not a pass", () => {
    const p = project({ "src/util.ts": "export const x = 1;\n" });
    for (const command of ["check", "build"]) {
      const result = aslc(p.dir, command, "src");
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("error ASLC330: no workflow module (*.workflow.ts) under src");
    }
    expect(p.listing()).toEqual(["src/util.ts"]);
  });
});
