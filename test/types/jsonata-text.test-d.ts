// JSONata expressions need only `{%` first and `%}` last (as Step Functions requires): spelt
// without spaces, with tabs, line breaks or comments, they are typed and checked the same.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { jsonata, workflow, type PayloadOf } from "@aslc/dsl";

const Input = z.object({ orderId: z.string(), total: z.number() });
const start = workflow("Spellings", { input: Input, queryLanguage: "JSONata" });

describe("any spelling inside the delimiters", () => {
  test("references are typed without spaces, with tabs and with line breaks", () => {
    const wf = start.pass("P", { output: { id: "{%$states.input.orderId%}", total: "{%\n  $states.input.total\n%}", tab: "{%\t$states.input.orderId%}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ id: string; total: number; tab: string }>();
  });

  test("a comment is not code: a name inside it is not read", () => {
    const wf = start.pass("P", { output: { total: "{% /* $notAVariable, $states.input.nope */ $states.input.total * 2 %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ total: unknown }>();
  });

  test("jsonata() with a whole expression keeps it and takes a schema", () => {
    const wf = start.pass("P", { output: { n: jsonata("{%$states.input.total+1%}", z.number()) } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ n: number }>();
  });

  test("a misspelt field is found without spaces too", () => {
    start.pass("P", {
      // @ts-expect-error $states.input has no field 'ordrId'
      output: "{%$states.input.ordrId%}",
    });
  });
});
