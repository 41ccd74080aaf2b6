/**
 * The compiler reads array elements and object wildcards as the types do (element-paths.test-d.ts):
 * an element of an array whose length is not fixed may be absent, so IsPresent and IsNull may test
 * it; `[*]` and `.*` on an object give its values, as Step Functions' JSONPath (Jayway) does.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, workflow } from "@aslc/dsl";
import { emitAsl, validateWorkflow } from "@aslc/compiler";
import { flowSchemas } from "@aslc/compiler/internal";
import { typeText } from "../../packages/compiler/src/emit/handlers/type-text.ts";
import { schemaAt } from "../../packages/compiler/src/schema/schema-at.ts";

const Input = z.object({
  list: z.array(z.string()),
  r: z.object({ items: z.array(z.object({ name: z.string() })) }),
  pets: z.object({ cat: z.object({ age: z.number() }), dog: z.object({ age: z.number() }) }),
  total: z.number(),
});

const read = (path: string) => {
  const found = schemaAt(Input, path);
  return found.ok ? typeText(found.schema) : found.reason;
};

describe("IsPresent and IsNull on an array element", () => {
  it("compiles a Choice testing an element of an array, and a field of one", () => {
    const wf = workflow("Elements", { input: Input })
      .choice("HasFirst", (c) =>
        c
          .when(c.isPresent("$.list[0]", true), (b) => b.pass("First"))
          .when(c.isPresent("$.r.items[0].name"), (b) => b.pass("Named"))
          .when(c.isNull("$.list[0]", false), (b) => b.pass("NotNull"))
          .otherwise((b) => b.pass("Empty")),
      )
      .succeed("Done");
    const ir = buildWorkflow(wf);
    expect(validateWorkflow(ir).filter((d) => d.severity === "error")).toEqual([]);
    expect(flowSchemas(ir).problems).toEqual([]);
    expect(JSON.parse(emitAsl(ir)).States.HasFirst.Choices[0]).toEqual({ Variable: "$.list[0]", IsPresent: true, Next: "First" });
  });
});

describe("wildcards on objects", () => {
  it("[*] and .* on an object give its values, and read on through them", () => {
    expect(read("$.pets[*]")).toBe(read("$.pets.*"));
    expect(read("$.pets[*].age")).toBe("number[]");
    expect(read("$.pets.*.age")).toBe("number[]");
  });

  it("a state reading them compiles, and the next state receives the values", () => {
    const wf = workflow("Ages", { input: Input }).pass("Ages", { inputPath: "$.pets[*].age" }).pass("Next");
    const flow = flowSchemas(buildWorkflow(wf));
    expect(flow.problems).toEqual([]);
    expect(typeText(flow.states.get("Next")!.input)).toBe("number[]");
  });

  it("a wildcard on a number is refused, by the compiler as by the types", () => {
    expect(read("$.total[*]")).toMatch(/\$\.total is a number/);
  });
});
