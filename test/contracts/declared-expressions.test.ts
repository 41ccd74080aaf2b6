// A `jsonata(expression, schema)` expression: its schema types it in the compiler's flow (and so
// in the handler contracts) as it does in the chain's types; its references are still checked.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, jsonata, lambda, workflow } from "@aslc/dsl";
import { renderContracts, validateWorkflow } from "@aslc/compiler";
import { flowSchemas } from "@aslc/compiler/internal";

const Input = z.object({ items: z.array(z.object({ sku: z.string(), qty: z.number() })) });

describe("expressions with a declared schema", () => {
  it("take the author's schema in the flow", () => {
    const wf = workflow("Declared", { input: Input, queryLanguage: "JSONata" })
      .pass("Totals", { output: { count: jsonata("$lookup($states.input, 'count')", z.number()), free: "{% $lookup($states.input, 'items') %}" } })
      .succeed("Done");
    const output = flowSchemas(buildWorkflow(wf)).states.get("Totals")!.output;
    expect(output.safeParse({ count: 2, free: "anything" }).success).toBe(true);
    expect(output.safeParse({ count: "two", free: "anything" }).success).toBe(false);
  });

  it("type the event a handler receives", () => {
    const wf = workflow("DeclaredEvent", { input: Input, queryLanguage: "JSONata" })
      .task("Ship", { resource: lambda.invoke("ship"), payload: { units: jsonata("$lookup($states.input, 'units')", z.number()) } })
      .succeed("Done");
    const contracts = renderContracts(buildWorkflow(wf));
    expect(contracts).toMatch(/units: number/);
    expect(contracts).toMatch(/units: z\.number\(\)/);
  });

  it("still have their field references checked", () => {
    const wf = workflow("DeclaredMiss", { input: Input, queryLanguage: "JSONata" })
      .pass("Totals", { output: { count: jsonata("$count($states.input.itemz)", z.number()) } })
      .succeed("Done");
    const codes = validateWorkflow(buildWorkflow(wf)).map((d) => d.code);
    expect(codes).toContain("ASLC150");
  });
});
