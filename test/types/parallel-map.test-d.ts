// Parallel gives the tuple of its branches' outputs; Map runs its processor on each item and
// gives the array of their outputs (or, with a ResultWriter, the Map Run's description).
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, lambda, ref, type PayloadOf, type MapRunResult } from "@aslc/dsl";

const Input = z.object({
  orderId: z.string(),
  bucket: z.string(),
  limit: z.number(),
  items: z.array(z.object({ sku: z.string(), qty: z.number() })),
});
type Input = z.output<typeof Input>;
type Item = Input["items"][number];

const Stock = z.object({ inStock: z.boolean() });

const start = workflow("Fanout", { input: Input });

describe("Parallel", () => {
  test("the result is the tuple of branch outputs", () => {
    const wf = start.parallel("Both", [
      (b) => b.pass("Id", { parameters: { "id.$": "$.orderId" } }),
      (b) => b.task("Stock", { resource: lambda.function("${Stock}"), result: Stock }),
    ]);
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<[{ id: string }, { inStock: boolean }]>();
  });

  test("branches receive the Parameters, and the result goes to ResultPath", () => {
    const wf = start.parallel(
      "Both",
      [(b) => b.pass("A"), (b) => b.pass("B", { inputPath: "$.id" })],
      { parameters: { "id.$": "$.orderId" }, resultPath: "$.results" },
    );
    expectTypeOf<PayloadOf<typeof wf>["results"]>().toEqualTypeOf<[{ id: string }, string]>();
  });

  test("ResultSelector and OutputPath index into the branch results", () => {
    const selected = start.parallel(
      "Both",
      [(b) => b.pass("Id", { parameters: { "id.$": "$.orderId" } }), (b) => b.task("Stock", { resource: lambda.function("${Stock}"), result: Stock })],
      { resultSelector: { "id.$": "$[0].id", stock: ref("$[1].inStock") } },
    );
    const second = start.parallel("Pick", [(b) => b.pass("A", { result: 1 }), (b) => b.pass("B", { result: "two" })], { outputPath: "$[1]" });
    expectTypeOf<PayloadOf<typeof selected>>().toEqualTypeOf<{ id: string; stock: boolean }>();
    expectTypeOf<PayloadOf<typeof second>>().toEqualTypeOf<"two">();
  });

  test("a ResultSelector path into a branch result that lacks the field", () => {
    start.parallel("Both", [(b) => b.pass("Id", { parameters: { "id.$": "$.orderId" } }), (b) => b.pass("Copy")], {
      resultSelector: {
        // @ts-expect-error $[0] has no field 'sku'
        "sku.$": "$[0].sku",
      },
    });
  });

  test("an OutputPath to a branch that does not exist", () => {
    start.parallel("Both", [(b) => b.pass("A"), (b) => b.pass("B")], {
      // @ts-expect-error $ has 2 elements, so [2] is out of range
      outputPath: "$[2]",
    });
  });

  test("a branch path that the branch input lacks", () => {
    start.parallel(
      "Both",
      [
        (b) =>
          b.pass("A", {
            // @ts-expect-error $ has no field 'orderId'
            inputPath: "$.orderId",
          }),
        (b) => b.pass("B"),
      ],
      { parameters: { "id.$": "$.orderId" } },
    );
  });
});

describe("Map", () => {
  test("each iteration receives an element of itemsPath; the result is the array of outputs", () => {
    const wf = start.map("EachItem", { itemsPath: "$.items" }, (item) => {
      expectTypeOf<PayloadOf<typeof item>>().toEqualTypeOf<Item>();
      return item.pass("Sku", { inputPath: "$.sku" });
    });
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<string[]>();
  });

  test("an ItemSelector reads $$.Map.Item.Value and the Map's input", () => {
    const wf = start.map(
      "EachItem",
      {
        itemsPath: "$.items",
        itemSelector: { "item.$": "$$.Map.Item.Value", index: ref("$$.Map.Item.Index"), "bucket.$": "$.bucket" },
        resultPath: "$.processed",
      },
      (item) => item.pass("Keep"),
    );
    expectTypeOf<PayloadOf<typeof wf>["processed"]>().toEqualTypeOf<{ item: Item; index: number; bucket: string }[]>();
  });

  test("an ItemBatcher hands each iteration a batch", () => {
    const wf = start.map("Batches", { itemsPath: "$.items", itemBatcher: { maxItemsPerBatch: 10, batchInput: { "bucket.$": "$.bucket" } } }, (batch) => batch.pass("Keep"));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ Items: Item[]; BatchInput: { bucket: string } }[]>();
  });

  test("an ItemBatcher after an ItemSelector batches the selected items", () => {
    const wf = start.map(
      "Selected batches",
      { itemsPath: "$.items", itemSelector: { "value.$": "$$.Map.Item.Value", index: ref("$$.Map.Item.Index") }, itemBatcher: { maxItemsPerBatch: 5 } },
      (batch) => batch.pass("Keep"),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ Items: { value: Item; index: number }[] }[]>();
  });

  test("a distributed Map with a ResultWriter gives the Map Run description", () => {
    const wf = start.map(
      "Distributed",
      {
        mode: "DISTRIBUTED",
        executionType: "EXPRESS",
        itemsPath: "$.items",
        resultWriter: { resource: "arn:aws:states:::s3:putObject", parameters: { "Bucket.$": "$.bucket", Prefix: "results" } },
        resultPath: "$.run",
      },
      (item) => item.task("Work", { resource: lambda.invoke("${Work}"), result: z.object({ done: z.boolean() }) }),
    );
    expectTypeOf<PayloadOf<typeof wf>["run"]>().toEqualTypeOf<MapRunResult>();
    expectTypeOf<MapRunResult["ResultWriterDetails"]>().toEqualTypeOf<{ Bucket: string; Key: string }>();
  });

  test("an ItemReader's items are typed by itemSchema", () => {
    const wf = start.map(
      "FromS3",
      {
        mode: "DISTRIBUTED",
        executionType: "STANDARD",
        itemReader: { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSON" }, parameters: { "Bucket.$": "$.bucket", Key: "items.json" } },
        itemSchema: z.object({ id: z.number() }),
      },
      (item) => item.pass("Id", { inputPath: "$.id" }),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<number[]>();
  });

  test("a ResultSelector over the results array", () => {
    const wf = start.map("EachItem", { itemsPath: "$.items", resultSelector: { "first.$": "$[0]" } }, (item) => item.pass("Qty", { inputPath: "$.qty" }));
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<{ first: number }>();
  });

  test("itemsPath to a value that is not an array", () => {
    start.map(
      "EachItem",
      {
        // @ts-expect-error ItemsPath needs an array, but $.orderId is a string
        itemsPath: "$.orderId",
      },
      (item) => item.pass("Keep"),
    );
  });

  test("an ItemSelector reading a field the item lacks", () => {
    start.map(
      "EachItem",
      {
        itemsPath: "$.items",
        itemSelector: {
          // @ts-expect-error $$.Map.Item.Value has no field 'price'
          "price.$": "$$.Map.Item.Value.price",
        },
      },
      (item) => item.pass("Keep"),
    );
  });

  test("a processor path the item lacks", () => {
    start.map("EachItem", { itemsPath: "$.items" }, (item) =>
      item.pass("Price", {
        // @ts-expect-error $ has no field 'price'
        inputPath: "$.price",
      }),
    );
  });

  test("maxConcurrencyPath to a string", () => {
    start.map(
      "EachItem",
      {
        itemsPath: "$.items",
        // @ts-expect-error MaxConcurrencyPath needs a number, but $.bucket is a string
        maxConcurrencyPath: "$.bucket",
      },
      (item) => item.pass("Keep"),
    );
  });

  test("itemsPath beside an itemReader: Step Functions takes it and reads the items from the reader, so the path is not typed", () => {
    const wf = start.map(
      "FromS3",
      {
        mode: "DISTRIBUTED",
        executionType: "STANDARD",
        itemsPath: "$.notInTheInput",
        itemReader: { resource: "arn:aws:states:::s3:getObject", readerConfig: { inputType: "JSON" }, parameters: { Bucket: "b", Key: "items.json" } },
        itemSchema: z.object({ id: z.number() }),
      },
      (item) => item.pass("Id", { inputPath: "$.id" }),
    );
    expectTypeOf<PayloadOf<typeof wf>>().toEqualTypeOf<number[]>();
  });
});
