/**
 * CI fails when a workflow changes and its compiled files are not rebuilt: a copy of an example
 * passes `aslc check`, fails it (exit 1, with a per-state summary) once a retry count is edited,
 * and passes again after `aslc build`.
 *
 * The copy goes to .tmp/<name>, at the same depth as examples/<name>, so that the example's
 * node_modules links and its tests' imports of test/support resolve as they do in place.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aslc } from "../support/cli.ts";
import { REPO } from "../support/temp-project.ts";
import { EXAMPLES } from "./example-files.ts";

const copy = join(REPO, ".tmp", `drift-order-processing-${process.pid}`);
const workflowFile = join(copy, "order-processing.workflow.ts");
const definitionFile = join(copy, "OrderProcessing.asl.json");

// Each step compiles a whole example (type-check included): allow for a busy machine.
describe("aslc check on an example", { timeout: 180_000 }, () => {
  beforeAll(() => {
    rmSync(copy, { recursive: true, force: true });
    cpSync(join(EXAMPLES, "order-processing"), copy, { recursive: true, verbatimSymlinks: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("passes while the committed files are what the workflow compiles to", () => {
    const result = aslc(copy, "check");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("fails once the workflow changes, saying which state changed and how", () => {
    const source = readFileSync(workflowFile, "utf8");
    const edited = source.replace("intervalSeconds: 3, maxAttempts: 3, backoffRate: 2", "intervalSeconds: 3, maxAttempts: 5, backoffRate: 2");
    expect(edited).not.toBe(source);
    writeFileSync(workflowFile, edited);

    const result = aslc(copy, "check");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("OrderProcessing.asl.json: differs from what its sources compile to");
    expect(result.stdout).toContain("state ProcessPayment: Retry[1].MaxAttempts 3 → 5");
    expect(result.stdout).toContain("state RefundPayment: Retry[0].MaxAttempts 3 → 5");
  });

  it("passes again after aslc build, which leaves the implemented handlers alone", () => {
    const handler = readFileSync(join(copy, "handlers", "process-payment.ts"), "utf8");
    expect(aslc(copy, "build").status).toBe(0);
    expect(JSON.parse(readFileSync(definitionFile, "utf8")).States.ProcessPayment.Retry[1].MaxAttempts).toBe(5);
    expect(readFileSync(join(copy, "handlers", "process-payment.ts"), "utf8")).toBe(handler);
    expect(aslc(copy, "check").status).toBe(0);
  });
});
