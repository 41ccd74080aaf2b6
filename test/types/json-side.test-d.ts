// Payloads are JSON: paths, conditions, templates and JSONata references are typed by a schema's
// input side (what arrives), never by what parsing would turn it into; schemas that describe
// values JSON cannot carry are refused on the option that holds them.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { jsonata, lambda, workflow, type LambdaInvokeResult, type PayloadOf } from "@aslc/dsl";

const Input = z.object({
  // Arrives as a string; parsing would turn it into its length.
  s: z.string().transform((v) => v.length),
  // Arrives as "true"/"false"; parsing would give a boolean.
  flag: z.stringbool(),
  // May be missing from the JSON; parsing would fill it in.
  retries: z.number().default(3),
  tier: z.string().prefault("basic"),
  // Any JSON value is accepted and converted.
  count: z.coerce.number(),
  // A pipe into a stricter schema still reads as what it accepts.
  code: z.string().pipe(z.string().min(3)),
});

type Arrives = z.input<typeof Input>;

const start = workflow("JsonSide", { input: Input });

/** The message of a Problem the types attach to an option. */
type MessageOf<T> = T extends { readonly "aslc error": infer M } ? M : never;
type InputProblem<S extends z.ZodType> = MessageOf<Parameters<typeof workflow<S, "JSONPath">>[1]["input"]>;

describe("payload types are the schema's input side", () => {
  test("the workflow's payload is what arrives: transforms by their input, defaults optional, coercions unknown", () => {
    expectTypeOf<PayloadOf<typeof start>>().toEqualTypeOf<Arrives>();
    expectTypeOf<PayloadOf<typeof start>>().toEqualTypeOf<{ s: string; flag: string; retries?: number | undefined; tier?: string | undefined; count: unknown; code: string }>();
  });

  test("a condition compares a transformed field as the JSON it arrives as", () => {
    start.choice("C", (c) => c.when(c.stringEquals("$.s", "abc"), (b) => b.succeed("Yes")).otherwise((b) => b.succeed("No")));
    start.choice("C", (c) => c.when(c.isPresent("$.retries", true), (b) => b.succeed("Yes")).otherwise((b) => b.succeed("No")));
  });

  test("a numeric condition on a field that arrives as a string is refused", () => {
    start.choice("C", (c) =>
      c
        .when(
          c.numericEquals(
            // @ts-expect-error NumericEquals needs a number, but $.s is a string
            "$.s",
            3,
          ),
          (b) => b.succeed("Yes"),
        )
        .otherwise((b) => b.succeed("No")),
    );
  });

  test("a path reads a transformed field by its input type", () => {
    const wf = start.pass("S", { inputPath: "$.s" });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<string>();
  });

  test("a task's result schema types the result as the JSON the function returns", () => {
    const Result = z.object({ at: z.iso.datetime().transform((v) => new Date(v)), n: z.number().default(0) });
    const wf = start.task("Call", { resource: lambda.function("${Fn}"), result: Result, resultPath: "$.r" });
    expectTypeOf<PayloadOf<typeof wf>["r"]>().toEqualTypeOf<{ at: string; n?: number | undefined }>();
    const invoked = start.task("Invoke", { resource: lambda.invoke("${Fn}"), result: Result });
    expectTypeOf<PayloadOf<typeof invoked>>().toEqualTypeOf<LambdaInvokeResult<{ at: string; n?: number | undefined }>>();
  });

  test("jsonata(expression, schema) and itemSchema give the input side too", () => {
    const wf = workflow("J", { input: Input, queryLanguage: "JSONata" }).pass("P", { output: { when: jsonata("$now()", z.iso.datetime().transform((v) => new Date(v))) } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ when: string }>();
    const mapped = start.map(
      "FromS3",
      {
        mode: "DISTRIBUTED",
        executionType: "STANDARD",
        itemReader: { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSON" }, parameters: { Bucket: "b", Key: "items.json" } },
        itemSchema: z.object({ id: z.string().transform(Number) }),
      },
      (item) => item.pass("Id", { inputPath: "$.id" }),
    );
    expectTypeOf<PayloadOf<typeof mapped>>().toEqualTypeOf<string[]>();
  });

  test("a JSONata reference reads the input side", () => {
    const wf = workflow("J", { input: Input, queryLanguage: "JSONata" }).pass("P", { output: { s: "{% $states.input.s %}" } });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ s: string }>();
  });
});

describe("schemas JSON cannot carry are refused", () => {
  test("the workflow's input: the field and what to use instead", () => {
    expectTypeOf<InputProblem<z.ZodObject<{ at: z.ZodDate }>>>().toEqualTypeOf<"input schema, field at: z.date() is not JSON: use z.iso.datetime() (a string)">();
    expectTypeOf<InputProblem<z.ZodObject<{ o: z.ZodObject<{ ids: z.ZodArray<z.ZodBigInt> }> }>>>().toEqualTypeOf<
      "input schema, field o.ids[]: z.bigint() is not JSON: use z.number(), or a string of digits (z.string().regex(/^-?\\d+$/))"
    >();
    expectTypeOf<InputProblem<z.ZodMap<z.ZodString, z.ZodNumber>>>().toEqualTypeOf<"input schema: z.map() is not JSON: use z.record(keys, values) (an object), or an array of [key, value] tuples">();
    expectTypeOf<InputProblem<z.ZodObject<{ s: z.ZodSet<z.ZodString> }>>>().toEqualTypeOf<"input schema, field s: z.set() is not JSON: use z.array()">();
    expectTypeOf<InputProblem<z.ZodObject<{ upload: z.ZodFile }>>>().toEqualTypeOf<
      "input schema, field upload: z.file() is not JSON: send a string (z.base64()) or where the file is stored (an S3 bucket and key)"
    >();
    expectTypeOf<InputProblem<typeof Input>>().toEqualTypeOf<never>();
    // A date a transform makes from a string is fine: the string is what arrives.
    expectTypeOf<InputProblem<z.ZodPipe<z.ZodString, z.ZodTransform<Date, string>>>>().toEqualTypeOf<never>();
  });

  test("workflow(): the input option is refused", () => {
    // @ts-expect-error input schema, field at: z.date() is not JSON: use z.iso.datetime() (a string)
    workflow("Dated", { input: z.object({ at: z.date() }) });
  });

  test("a task's result schema is refused, naming the field", () => {
    start.task("Call", {
      resource: lambda.function("${Fn}"),
      // @ts-expect-error result schema, field createdAt: z.date() is not JSON: use z.iso.datetime() (a string)
      result: z.object({ createdAt: z.date() }),
    });
    start.task("Call", {
      resource: lambda.invoke("${Fn}"),
      // @ts-expect-error result schema, field total: z.bigint() is not JSON: use z.number(), or a string of digits (z.string().regex(/^-?\d+$/))
      result: z.object({ total: z.bigint() }),
    });
    start.task("Call", {
      resource: lambda.invoke("${Fn}"),
      // @ts-expect-error result schema, field cb: z.function() is not JSON: a payload holds data only; leave the field out
      result: z.object({ cb: z.function() }),
    });
  });

  test("a Map's itemSchema is refused", () => {
    start.map(
      "FromS3",
      {
        mode: "DISTRIBUTED",
        executionType: "STANDARD",
        itemReader: { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSON" }, parameters: { Bucket: "b", Key: "items.json" } },
        // @ts-expect-error itemSchema, field tags: z.set() is not JSON: use z.array()
        itemSchema: z.object({ tags: z.set(z.string()) }),
      },
      (item) => item.pass("Id"),
    );
  });
});
