/**
 * The checks the types cannot make: each produces a stable code, names the state, points at the
 * builder call, and says what to do. Workflows here bypass the types (`any`) where the DSL's
 * types would already reject them, as a JavaScript author or a generated workflow could.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow } from "@aslc/dsl";
import { CompileError, emitAsl, validateWorkflow } from "@aslc/compiler";
import { diagnose, lineOf } from "../support/diagnose.ts";

const here = fileURLToPath(import.meta.url);
const source = readFileSync(here, "utf8");
const input = z.object({ a: z.string(), n: z.number(), items: z.array(z.string()) });
const start = () => workflow("W", { input }) as any;
const fn = lambda.function("arn:aws:lambda:us-east-1:123456789012:function:f");

function only(diagnostics: readonly { code: string }[], code: string) {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found, JSON.stringify(diagnostics, null, 2)).not.toHaveLength(0);
  return found[0] as (typeof diagnostics)[number] & { message: string; state?: string; site?: { file: string; line: number; column: number } };
}

describe("build-time checks", () => {
  it("ASLC100: a name used twice, even across a Parallel branch", () => {
    const wf = start()
      .pass("Shared")
      .parallel("Fan", [(b: any) => b.pass("Shared") /* @dup */]);
    const d = only(diagnose(wf), "ASLC100");
    expect(d.state).toBe("Shared");
    expect(d.message).toContain("unique across the whole machine");
    expect(d.site).toMatchObject({ file: here, line: lineOf(source, "@dup") });
  });

  it("ASLC101: a state name longer than 80 characters", () => {
    const name = "N".repeat(81);
    const d = only(diagnose(start().pass(name)), "ASLC101");
    expect(d.message).toContain("at most 80");
    expect(d.state).toBe(name);
  });

  it("ASLC102: a goto to a state that does not exist", () => {
    const wf = start().pass("A").goto("Nowhere"); // @goto
    const d = only(diagnose(wf), "ASLC102");
    expect(d.state).toBe("A");
    expect(d.message).toContain("'Nowhere'");
  });

  it("ASLC102: a target in another scope (into a Map processor)", () => {
    const wf = start().pass("A").map("M", { itemsPath: "$.items" }, (i: any) => i.pass("Inner")).goto("Inner");
    expect(only(diagnose(wf), "ASLC102").message).toContain("cannot cross");
  });

  it("ASLC103: a state nothing leads to (IR from elsewhere; the builder cannot make one)", () => {
    expect(() => start().succeed("Done").pass("After")).toThrow(/already ended/);
    const ir = buildWorkflow(start().pass("A").succeed("Done"));
    const orphan = { type: "Fail", name: "Orphan", error: "E" } as const;
    const ds = validateWorkflow({ ...ir, states: [...ir.states, orphan] });
    const d = only(ds, "ASLC103");
    expect(d.state).toBe("Orphan");
    expect(d.message).toContain("no transition");
  });

  it("ASLC104: a loop with no exit", () => {
    const wf = start().pass("Loop").pass("Again").goto("Loop");
    const d = only(diagnose(wf), "ASLC104");
    expect(d.message).toContain("loops forever");
  });

  it("ASLC106/108: Retry ErrorEquals empty, States.ALL not alone and not last", () => {
    const wf = start().task("T", {
      resource: fn,
      retry: [{ errorEquals: ["States.ALL", "Custom"] }, { errorEquals: [] }],
    });
    const ds = diagnose(wf);
    expect(only(ds, "ASLC106").message).toContain("Retry[1].ErrorEquals is empty");
    const alls = ds.filter((d) => d.code === "ASLC108").map((d) => d.message);
    expect(alls.some((m) => m.includes("must stand alone"))).toBe(true);
    expect(alls.some((m) => m.includes("must be the last"))).toBe(true);
  });

  it("ASLC107: an unknown States.* error name", () => {
    const wf = start().task("T", { resource: fn, retry: [{ errorEquals: ["States.TaskFail"] as string[] }] });
    expect(only(diagnose(wf), "ASLC107").message).toContain("States.TaskFail");
  });

  it("ASLC109: Retry ranges", () => {
    const wf = start().task("T", {
      resource: fn,
      // Numbers the types would refuse, as a JavaScript caller could give them.
      retry: [{ errorEquals: ["E"], intervalSeconds: 0 as number, maxAttempts: -1 as number, backoffRate: 0.5 as number, maxDelaySeconds: 0 as number, jitterStrategy: "SOME" }],
    });
    const messages = diagnose(wf).filter((d) => d.code === "ASLC109").map((d) => d.message);
    expect(messages).toHaveLength(5);
    expect(messages.sort()).toEqual([
      "state 'T': Retry[0].BackoffRate is 0.5; it must be at least 1",
      "state 'T': Retry[0].IntervalSeconds is 0; it must be a whole number from 1 to 99999999",
      "state 'T': Retry[0].JitterStrategy must be FULL or NONE",
      "state 'T': Retry[0].MaxAttempts is -1; it must be a whole number from 0 to 99999999",
      "state 'T': Retry[0].MaxDelaySeconds is 0; it must be a whole number from 1 to 31622400",
    ]);
  });

  it("ASLC114: a Wait needs exactly one of its four fields", () => {
    expect(only(diagnose(start().wait("W1", { seconds: 1, timestamp: "2026-01-01T00:00:00Z" })), "ASLC114").message).toContain("seconds, timestamp");
    expect(only(diagnose(start().wait("W2", {})), "ASLC114").message).toContain("given: none");
  });

  it("ASLC113: HeartbeatSeconds must be below TimeoutSeconds", () => {
    const d = only(diagnose(start().task("T", { resource: fn, timeoutSeconds: 60, heartbeatSeconds: 60 })), "ASLC113");
    expect(d.message).toContain("HeartbeatSeconds (60) must be smaller than TimeoutSeconds (60)");
  });

  it("ASLC112: timeouts are positive whole numbers", () => {
    expect(only(diagnose(start().task("T", { resource: fn, timeoutSeconds: 0 })), "ASLC112").message).toContain("TimeoutSeconds is 0");
    const wf = workflow("W", { input, timeoutSeconds: 1.5 }).succeed("S");
    expect(only(diagnose(wf), "ASLC112").message).toContain("workflow 'W'");
  });

  it("ASLC115: timestamps are RFC 3339 with uppercase T and Z", () => {
    expect(only(diagnose(start().wait("W", { timestamp: "2026-03-14t01:59:00z" })), "ASLC115").message).toContain("uppercase T and Z");
    const choice = start().choice("C", (c: any) => c.when(c.timestampLessThan("$.a", "2026-02-30T00:00:00Z"), (b: any) => b.succeed("S")).otherwise((b: any) => b.succeed("T")));
    expect(only(diagnose(choice), "ASLC115").state).toBe("C");
  });

  it("accepts RFC 3339 timestamps with offsets and fractions", () => {
    expect(diagnose(start().wait("W", { timestamp: "2026-03-14T01:59:00.250+05:30" }))).toEqual([]);
  });

  it("ASLC116/117/118: Map ranges, label and Distributed-only fields", () => {
    const distributed = start().map(
      "M",
      { itemsPath: "$.items", mode: "DISTRIBUTED", executionType: "EXPRESS", toleratedFailurePercentage: 101, label: "has space and is far too long for a label!!" },
      (i: any) => i.pass("P"),
    );
    const ds = diagnose(distributed);
    expect(only(ds, "ASLC116").message).toContain("ToleratedFailurePercentage is 101");
    expect(ds.filter((d) => d.code === "ASLC117")).toHaveLength(2);
    const inline = start().map("M", { itemsPath: "$.items", label: "x" }, (i: any) => i.pass("P"));
    expect(only(diagnose(inline), "ASLC118").message).toContain("Distributed Map");
    const noType = start().map("M", { itemsPath: "$.items", mode: "DISTRIBUTED" }, (i: any) => i.pass("P"));
    expect(only(diagnose(noType), "ASLC118").message).toContain("executionType");
  });

  it("ASLC156: ItemsPath beside an ItemReader is a warning, the definition is emitted as written (Step Functions takes it and iterates over what the reader reads)", () => {
    const reader = { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSON" }, parameters: { Bucket: "b", Key: "k" } };
    const wf = start().map("M", { mode: "DISTRIBUTED", executionType: "STANDARD", itemsPath: "$.items", itemReader: reader }, (i: any) => i.pass("P"));
    const ds = validateWorkflow(buildWorkflow(wf));
    expect(ds.map((d) => [d.code, d.severity])).toEqual([["ASLC156", "warning"]]);
    expect(only(ds, "ASLC156")).toMatchObject({ state: "M", message: expect.stringContaining("remove ItemsPath") });
    expect(JSON.parse(emitAsl(buildWorkflow(wf))).States.M).toMatchObject({ ItemsPath: "$.items", ItemReader: { Resource: reader.resource } });
  });

  it("ASLC111: exclusive pairs", () => {
    expect(only(diagnose(start().fail("F", { error: "E", errorPath: "$.a" })), "ASLC111").message).toContain("Error or ErrorPath");
  });

  it("ASLC120-124: template and path syntax", () => {
    const ds = diagnose(
      start().pass("P", {
        parameters: { "x.$": 5, "y.$": "not a path", "z.$": "States.Nope($.a)", w: 1, "w.$": "$.a" },
        resultPath: "$.items[*]",
      }),
    );
    for (const code of ["ASLC120", "ASLC121", "ASLC122", "ASLC123", "ASLC124"]) expect(ds.map((d) => d.code)).toContain(code);
  });

  it("a path may end in whitespace, which Step Functions does not read as part of it (the developer guide's S3 bucket sample compares \"$.BucketLocationInfo.LocationConstraint \"); emitted as written", () => {
    const wf = start()
      .pass("P", { inputPath: "$ ", resultPath: "$.copy ", parameters: { "x.$": "$.a " } })
      .choice("C", (c: any) => c.when(c.and(c.isPresent("$.copy.x "), c.stringEquals("$.copy.x\t", "a")), (b: any) => b.succeed("Yes")).otherwise((b: any) => b.succeed("No")));
    expect(diagnose(wf)).toEqual([]);
    const asl = JSON.parse(emitAsl(buildWorkflow(wf)));
    expect(asl.States.P).toMatchObject({ InputPath: "$ ", ResultPath: "$.copy ", Parameters: { "x.$": "$.a " } });
    expect(asl.States.C.Choices[0].And.map((r: any) => r.Variable)).toEqual(["$.copy.x ", "$.copy.x\t"]);
  });

  it("ASLC124: whitespace inside or before a path is still no path", () => {
    expect(only(diagnose(start().pass("P", { inputPath: " $.a" })), "ASLC124").message).toContain("' $.a'");
    expect(only(diagnose(start().pass("P", { resultPath: "$.a b" })), "ASLC124").message).toContain("'$.a b'");
    expect(only(diagnose(start().choice("C", (c: any) => c.when(c.isPresent("$.a b"), (b: any) => b.succeed("Y")).otherwise((b: any) => b.succeed("N")))), "ASLC124").message).toContain("Variable");
  });

  it("reports the workflow's own problems at the workflow() call", () => {
    const wf = workflow("Empty", { input }) as any; // @empty
    expect(() => diagnose(wf)).toThrow(/has no states/);
  });

  it("emits nothing for a workflow with errors", () => {
    const wf = start().pass("A").goto("Missing");
    let text: string | undefined;
    expect(() => (text = emitAsl(buildWorkflow(wf)))).toThrow(CompileError);
    expect(text).toBeUndefined();
  });

  // CreateStateMachine (API Reference): `definition` is a string of "Maximum length of 1048576";
  // AWS length constraints count characters (code points), not UTF-16 units or bytes.
  it("ASLC382: a definition of 1,048,576 characters is accepted, one more is refused at the largest state", () => {
    const withData = (data: string) => buildWorkflow(start().pass("Small").pass("Blob", { result: { data }, resultPath: "$.blob" }));
    const overhead = emitAsl(withData("")).length;
    expect(emitAsl(withData("x".repeat(1_048_576 - overhead)))).toHaveLength(1_048_576);
    const error = (() => {
      try {
        emitAsl(withData("x".repeat(1_048_577 - overhead)));
      } catch (e) {
        return e as CompileError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CompileError);
    const d = only(error!.diagnostics, "ASLC382");
    expect(d.state).toBe("Blob");
    expect(d.message).toMatch(/the definition is 1,048,577 characters, over the 1,048,576 Step Functions accepts; the largest state is 'Blob'/);
  });

  it("ASLC382: characters are code points: 600,000 emoji (1,200,000 UTF-16 units) fit", () => {
    const wf = buildWorkflow(start().pass("Rockets", { result: { data: "🚀".repeat(600_000) } }));
    const text = emitAsl(wf);
    expect(text.length).toBeGreaterThan(1_048_576);
  });
});
