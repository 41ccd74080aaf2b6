/**
 * lambda:invoke's request: `lambda.invoke(fn)` names the function once, `payload` fills the
 * Payload beside it (a ref as `"Payload.$"`, the form CDK-generated definitions use most), and a
 * request that would drop one of the two is ASLC180, never silent.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, DslError, jsonata, lambda, ref, States, workflow, type Buildable } from "@aslc/dsl";
import { emitted } from "../support/emit.ts";
import { lineOf } from "../support/diagnose.ts";

const here = fileURLToPath(import.meta.url);
const source = readFileSync(here, "utf8");
const Input = z.object({ order: z.object({ id: z.string() }), tags: z.array(z.string()) });
const start = () => workflow("Invoke", { input: Input });
const untyped = () => start() as any;
const jsonataStart = () => workflow("Invoke", { input: Input, queryLanguage: "JSONata" });

/** The first state of the emitted definition. */
function firstState(wf: Buildable): Record<string, unknown> {
  const asl = emitted(wf) as { StartAt: string; States: Record<string, Record<string, unknown>> };
  return asl.States[asl.StartAt]!;
}

function refusal(wf: Buildable): DslError {
  try {
    buildWorkflow(wf);
  } catch (error) {
    if (DslError.is(error)) return error;
    throw error;
  }
  throw new Error("the workflow was built");
}

describe("lambda.invoke payload", () => {
  it("ref(path) is emitted as Payload.$, beside the helper's FunctionName", () => {
    const state = firstState(start().task("Charge", { resource: lambda.invoke("${ChargeArn}"), payload: ref("$.order") }));
    expect(state.Parameters).toEqual({ FunctionName: "${ChargeArn}", "Payload.$": "$.order" });
  });

  it("an intrinsic is emitted as Payload.$", () => {
    const state = firstState(start().task("Count", { resource: lambda.invoke("count"), payload: States.ArrayLength(ref("$.tags")) }));
    expect(state.Parameters).toEqual({ FunctionName: "count", "Payload.$": "States.ArrayLength($.tags)" });
  });

  it("text that looks like a path is literal text: Step Functions reads a key without .$ as it is", () => {
    const state = firstState(start().task("Literal", { resource: lambda.invoke("f"), payload: "$.order" }));
    expect(state.Parameters).toEqual({ FunctionName: "f", Payload: "$.order" });
  });

  it("the handler's event is what the path reads", () => {
    const ir = buildWorkflow(start().task("Charge", { resource: lambda.invoke("${ChargeArn}"), payload: ref("$.order") }));
    expect(ir.states[0]).toMatchObject({ parameters: { FunctionName: "${ChargeArn}", "Payload.$": "$.order" } });
  });

  it("a JSONata payload becomes Arguments.Payload", () => {
    const state = firstState(jsonataStart().task("Charge", { resource: lambda.invoke("f"), payload: jsonata("$states.input.order") }));
    expect(state.Arguments).toEqual({ FunctionName: "f", Payload: "{% $states.input.order %}" });
  });
});

describe("lambda.invoke's function named once", () => {
  it("Parameters without FunctionName get the helper's, first", () => {
    const state = firstState(start().task("Charge", { resource: lambda.invoke("f"), parameters: { "Payload.$": "$.order", InvocationType: "Event" } }));
    expect(Object.keys(state.Parameters as object)).toEqual(["FunctionName", "Payload.$", "InvocationType"]);
    expect(state.Parameters).toEqual({ FunctionName: "f", "Payload.$": "$.order", InvocationType: "Event" });
  });

  it("Parameters naming the same function are kept as written", () => {
    const state = firstState(start().task("Charge", { resource: lambda.invoke("f"), parameters: { "Payload.$": "$", FunctionName: "f" } }));
    expect(Object.keys(state.Parameters as object)).toEqual(["Payload.$", "FunctionName"]);
  });

  it("JSONata Arguments without FunctionName get the helper's", () => {
    const state = firstState(jsonataStart().task("Charge", { resource: lambda.invoke("f"), arguments: { Payload: "{% $states.input.order %}" } }));
    expect(state.Arguments).toEqual({ FunctionName: "f", Payload: "{% $states.input.order %}" });
  });

  it("ASLC180: Parameters naming another function", () => {
    const wf = untyped().task("Charge", { resource: lambda.invoke("charge"), parameters: { FunctionName: "refund", "Payload.$": "$" } }); // @other
    const error = refusal(wf);
    expect(error.code).toBe("ASLC180");
    expect(error.message).toBe(
      "state 'Charge': lambda.invoke names the function 'charge', but Parameters.FunctionName is \"refund\": name it once (leave FunctionName out of the Parameters, or give the same name)",
    );
    expect(error.site).toMatchObject({ file: here, line: lineOf(source, "@other") });
  });

  it("ASLC180: Parameters choosing the function at run time", () => {
    const error = refusal(untyped().task("Charge", { resource: lambda.invoke("charge"), parameters: { "FunctionName.$": "$.fn" } }));
    expect(error.code).toBe("ASLC180");
    expect(error.message).toContain('use the Resource "arn:aws:states:::lambda:invoke"');
  });

  it("ASLC180: JSONata Arguments naming another function", () => {
    const error = refusal((jsonataStart() as any).task("Charge", { resource: lambda.invoke("charge"), arguments: { FunctionName: "refund" } }));
    expect(error.code).toBe("ASLC180");
    expect(error.message).toContain("Arguments.FunctionName is \"refund\"");
  });

  it("ASLC180: JSONata Arguments given as one expression, which would replace lambda.invoke's FunctionName", () => {
    const error = refusal((jsonataStart() as any).task("Charge", { resource: lambda.invoke("charge"), arguments: "{% $states.input.request %}" }));
    expect(error.code).toBe("ASLC180");
    expect(error.message).toBe(
      "state 'Charge': lambda.invoke names the function 'charge', but the Arguments are one value that would replace it: give arguments as an object (FunctionName is added) or give payload, or use the Resource \"arn:aws:states:::lambda:invoke\" to build the whole request yourself",
    );
  });

  it("ASLC180: payload beside parameters, which the types refuse too", () => {
    const error = refusal(untyped().task("Charge", { resource: lambda.invoke("charge"), payload: ref("$.order"), parameters: { a: 1 } }));
    expect(error.code).toBe("ASLC180");
    expect(error.message).toContain("give payload or parameters, not both");
  });

  it("ASLC180: payload on a raw lambda:invoke Resource, which names no function", () => {
    const error = refusal(untyped().task("Charge", { resource: "arn:aws:states:::lambda:invoke", payload: ref("$.order") }));
    expect(error.code).toBe("ASLC180");
    expect(error.message).toContain("give parameters with FunctionName and Payload");
  });

  it("a raw lambda:invoke Resource with FunctionName.$ in Parameters chooses the function at run time", () => {
    const state = firstState(start().task("Charge", { resource: "arn:aws:states:::lambda:invoke", parameters: { "FunctionName.$": "$.order.id", "Payload.$": "$" } }));
    expect(state.Parameters).toEqual({ "FunctionName.$": "$.order.id", "Payload.$": "$" });
  });
});
