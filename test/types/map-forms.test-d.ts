// The Map forms an author may choose: the deprecated Parameters types each iteration's input as
// ItemSelector does, and processorField names the field that holds the item processor.
import { describe, expectTypeOf, test } from "vitest";
import { z } from "zod";
import { workflow, type PayloadOf } from "@aslc/dsl";

const Order = z.object({ orderId: z.string(), items: z.array(z.object({ sku: z.string(), qty: z.number() })) });
const start = workflow("Forms", { input: Order });

describe("the deprecated Map Parameters", () => {
  test("each iteration receives what Parameters builds, as with ItemSelector", () => {
    const legacy = start.map("Each", { itemsPath: "$.items", processorField: "Iterator", parameters: { "sku.$": "$$.Map.Item.Value.sku", "orderId.$": "$.orderId" } }, (item) => {
      expectTypeOf<PayloadOf<typeof item>>().toEqualTypeOf<{ sku: string; orderId: string }>();
      return item.pass("Ship");
    });
    expectTypeOf<PayloadOf<typeof legacy>>().toEqualTypeOf<{ sku: string; orderId: string }[]>();
  });

  test("a path the input lacks", () => {
    start.map(
      "Each",
      {
        itemsPath: "$.items",
        parameters: {
          // @ts-expect-error $ has no field 'colour'
          "colour.$": "$.colour",
        },
      },
      (item) => item.pass("Ship"),
    );
  });

  test("Parameters beside ItemSelector", () => {
    start.map(
      "Each",
      {
        itemsPath: "$.items",
        itemSelector: { "a.$": "$.orderId" },
        // @ts-expect-error give itemSelector or parameters, not both
        parameters: { "b.$": "$.orderId" },
      },
      (item) => item.pass("Ship"),
    );
  });

  test("Parameters in a JSONata Map", () => {
    workflow("Forms", { input: Order, queryLanguage: "JSONata" }).map(
      "Each",
      {
        // @ts-expect-error parameters is a JSONPath field and this state is JSONata: give itemSelector
        parameters: { a: 1 },
      },
      (item) => item.pass("Ship"),
    );
  });
});

describe("processorField", () => {
  test("ItemProcessor or Iterator", () => {
    start.map("A", { itemsPath: "$.items", processorField: "ItemProcessor", mode: "INLINE" }, (item) => item.pass("ShipA"));
    start.map("B", { itemsPath: "$.items", processorField: "Iterator" }, (item) => item.pass("ShipB"));
  });

  test("another name", () => {
    start.map(
      "Each",
      {
        itemsPath: "$.items",
        // @ts-expect-error Type '"Processor"' is not assignable to type '"ItemProcessor" | "Iterator" | undefined'
        processorField: "Processor",
      },
      (item) => item.pass("Ship"),
    );
  });
});
