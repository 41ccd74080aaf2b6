/** How builder chains become machines: transitions, convergence, loops, nesting and determinism. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, ref, States, workflow } from "@aslc/dsl";
import { emitAsl } from "@aslc/compiler";
import { emitted } from "../support/emit.ts";
import { validatorProblems } from "../support/validators.ts";

const Job = z.object({ jobId: z.string(), delaySeconds: z.number() });
const Status = z.object({ jobId: z.string(), delaySeconds: z.number(), status: z.enum(["RUNNING", "DONE", "FAILED"]) });

const polling = workflow("PollJob", { input: Job })
  .wait("Wait", { secondsPath: "$.delaySeconds" })
  .task("GetStatus", { resource: lambda.function("${GetStatusArn}"), result: Status })
  .choice("Done?", (c) =>
    c
      .when(c.stringEquals("$.status", "DONE"), (b) => b.succeed("Finished"))
      .when(c.stringEquals("$.status", "FAILED"), (b) => b.fail("JobFailed", { error: "JobFailed", cause: "The job reported FAILED" }))
      .otherwise((b) => b.goto("Wait")),
  );

describe("lowering", () => {
  it("end() ends the workflow at a branch's last state instead of continuing after the branch", () => {
    const wf = workflow("EndInBranch", { input: Job, queryLanguage: "JSONata" })
      .task("Call", { resource: lambda.function("${CallArn}"), result: Status })
      .catch(["States.ALL"], (h) => h.pass("Fallback", { output: { failed: true } }).end())
      .choice("Done?", (c) => c.when("{% $states.input.status = 'DONE' %}", (b) => b.pass("Finish").end()).otherwise((b) => b))
      .pass("Again");
    expect(emitted(wf)).toEqual({
      QueryLanguage: "JSONata",
      StartAt: "Call",
      States: {
        Call: { Type: "Task", Resource: "${CallArn}", Catch: [{ ErrorEquals: ["States.ALL"], Next: "Fallback" }], Next: "Done?" },
        Fallback: { Type: "Pass", Output: { failed: true }, End: true },
        "Done?": { Type: "Choice", Choices: [{ Condition: "{% $states.input.status = 'DONE' %}", Next: "Finish" }], Default: "Again" },
        Finish: { Type: "Pass", End: true },
        Again: { Type: "Pass", End: true },
      },
    });
    expect(() => (workflow("Empty", { input: Job }) as any).end()).toThrow(/add a state first/);
  });

  it("loops back to an earlier state (Wait → Task → Choice polling)", () => {
    expect(emitted(polling)).toEqual({
      StartAt: "Wait",
      States: {
        Wait: { Type: "Wait", SecondsPath: "$.delaySeconds", Next: "GetStatus" },
        GetStatus: { Type: "Task", Resource: "${GetStatusArn}", Next: "Done?" },
        "Done?": {
          Type: "Choice",
          Choices: [
            { Variable: "$.status", StringEquals: "DONE", Next: "Finished" },
            { Variable: "$.status", StringEquals: "FAILED", Next: "JobFailed" },
          ],
          Default: "Wait",
        },
        Finished: { Type: "Succeed" },
        JobFailed: { Type: "Fail", Error: "JobFailed", Cause: "The job reported FAILED" },
      },
    });
    expect(validatorProblems(emitted(polling))).toEqual([]);
  });

  it("continues a catch handler that does not end at the next state of the chain", () => {
    const wf = workflow("Recover", { input: Job })
      .task("Try", { resource: lambda.invoke("${TryArn}"), resultPath: "$.out" })
      .catch(["States.Timeout"], (h) => h.pass("Note timeout", { result: "timed out", resultPath: "$.note" }), { resultPath: "$.error" })
      .catch(["States.ALL"], "Done")
      .succeed("Done");
    const asl = emitted(wf) as any;
    expect(asl.States.Try.Catch).toEqual([
      { ErrorEquals: ["States.Timeout"], Next: "Note timeout", ResultPath: "$.error" },
      { ErrorEquals: ["States.ALL"], Next: "Done" },
    ]);
    expect(asl.States["Note timeout"]).toEqual({ Type: "Pass", Result: "timed out", ResultPath: "$.note", Next: "Done" });
    const misnamed = workflow("Recover", { input: Job })
      .task("Try", { resource: lambda.invoke("${TryArn}") })
      .catch(["States.ALL"], "Give up")
      // @ts-expect-error State 'Give up' is named by a jump but never declared in this workflow
      .succeed("Done");
    expect(() => emitAsl(buildWorkflow(misnamed))).toThrow(/Catch\[0\]\.Next names 'Give up'/);
  });

  it("ends the workflow at the last state of a branch that falls through at the end", () => {
    const wf = workflow("Open", { input: Job }).choice("C", (c) => c.when(c.stringEquals("$.jobId", "x"), (b) => b.pass("P")).otherwise((b) => b.succeed("S")));
    expect((emitted(wf) as any).States.P).toEqual({ Type: "Pass", End: true });
  });

  it("refuses an empty branch where nothing follows to continue at", () => {
    const wf = workflow("Open", { input: Job }).choice("C", (c) => c.when(c.stringEquals("$.jobId", "x"), (b) => b).otherwise((b) => b.succeed("S")));
    expect(() => buildWorkflow(wf)).toThrow(/rule 1 of Choice 'C' continues past the end of the workflow/);
  });

  it("nests Parallel branches and Map processors as machines of their own", () => {
    const wf = workflow("Nested", { input: z.object({ batches: z.array(z.array(z.number())) }) })
      .map("Batches", { itemsPath: "$.batches", itemSelector: { "values.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index" } }, (batch) =>
        batch.parallel("Stats", [
          (b) => b.pass("Count", { parameters: { n: States.ArrayLength(ref("$.values")) } }),
          (b) => b.pass("Sum", { parameters: { "first.$": "States.ArrayGetItem($.values, 0)" } }),
        ]),
      )
      .succeed("Done");
    const asl = emitted(wf) as any;
    expect(asl.States.Batches.ItemSelector).toEqual({ "values.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index" });
    expect(asl.States.Batches.ItemProcessor.States.Stats.Branches[0]).toEqual({
      StartAt: "Count",
      States: { Count: { Type: "Pass", Parameters: { "n.$": "States.ArrayLength($.values)" }, End: true } },
    });
    expect(asl.States.Batches.ItemProcessor.ProcessorConfig).toBeUndefined();
    expect(validatorProblems(asl)).toEqual([]);
  });

  it("renders intrinsic arguments with ASL's quoting and escapes", () => {
    const wf = workflow("Fmt", { input: z.object({ name: z.string() }) }).pass("Greet", {
      parameters: { text: States.Format("It's {} {literal} \\", ref("$.name")), quoted: States.StringSplit("a,{b}", ","), id: States.UUID(), hash: States.Hash(ref("$.name"), "SHA-256") },
    });
    expect((emitted(wf) as any).States.Greet.Parameters).toEqual({
      "text.$": "States.Format('It\\'s {} \\{literal\\} \\\\', $.name)",
      "quoted.$": "States.StringSplit('a,\\{b\\}', ',')",
      "id.$": "States.UUID()",
      "hash.$": "States.Hash($.name, 'SHA-256')",
    });
  });

  it("keeps a Comment on a test nested in And, Or or Not (c.commented), and an empty Catch list", () => {
    const wf = workflow("Notes", { input: Status })
      .task("Call", { resource: "${CallArn}", catch: [] })
      .choice("Check", (c) =>
        c
          .when(c.and(c.commented(c.stringEquals("$.status", "DONE"), "finished"), c.not(c.commented(c.isNull("$.jobId"), "has an id"))), (b) => b.succeed("Done"))
          .otherwise((b) => b.fail("Failed")),
      );
    expect((emitted(wf) as { States: unknown }).States).toEqual({
      Call: { Type: "Task", Resource: "${CallArn}", Catch: [], Next: "Check" },
      Check: {
        Type: "Choice",
        Choices: [{ And: [{ Variable: "$.status", StringEquals: "DONE", Comment: "finished" }, { Not: { Variable: "$.jobId", IsNull: true, Comment: "has an id" } }], Next: "Done" }],
        Default: "Failed",
      },
      Done: { Type: "Succeed" },
      Failed: { Type: "Fail" },
    });
  });

  it("is deterministic: the same chain gives byte-identical text ending in a newline", () => {
    const first = emitAsl(buildWorkflow(polling));
    const second = emitAsl(buildWorkflow(polling));
    expect(second).toBe(first);
    expect(first.endsWith("}\n")).toBe(true);
    expect(first).not.toContain("undefined");
  });

  it("records where each state was written", () => {
    const ir = buildWorkflow(polling);
    const site = ir.states[0]!.site!;
    expect(site.file).toMatch(/lowering\.test\.ts$/);
    // The chain starts on line 13 and .wait() is on line 14; V8 may report either for the call.
    expect([13, 14]).toContain(site.line);
  });
});
