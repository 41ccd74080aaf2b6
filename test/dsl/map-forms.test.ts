/**
 * The Map forms an author can choose: ItemProcessor or the deprecated Iterator, ItemSelector or
 * the deprecated Parameters (AWS keeps running both: "Deprecated fields" of
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html), and ProcessorConfig
 * written out even where it holds only the default. Each is emitted as chosen and checked alike.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow } from "@aslc/dsl";
import { emitAsl } from "@aslc/compiler";
import { flowSchemas } from "@aslc/compiler/internal";
import { typeText } from "../../packages/compiler/src/emit/handlers/type-text.ts";
import { emitted } from "../support/emit.ts";
import { validatorProblems } from "../support/validators.ts";

const Order = z.object({ orderId: z.string(), items: z.array(z.object({ sku: z.string(), qty: z.number() })) });

describe("Map forms", () => {
  it("emits the deprecated Iterator and Parameters when the author chooses them", () => {
    const wf = workflow("Legacy", { input: Order })
      .map(
        "EachItem",
        { itemsPath: "$.items", processorField: "Iterator", parameters: { "sku.$": "$$.Map.Item.Value.sku", "orderId.$": "$.orderId" }, maxConcurrency: 2 },
        (item) => item.pass("Ship", { parameters: { "sku.$": "$.sku", "orderId.$": "$.orderId" } }),
      )
      .succeed("Done");
    const asl = emitted(wf) as any;
    expect(asl.States.EachItem).toEqual({
      Type: "Map",
      ItemsPath: "$.items",
      Parameters: { "sku.$": "$$.Map.Item.Value.sku", "orderId.$": "$.orderId" },
      MaxConcurrency: 2,
      Iterator: { StartAt: "Ship", States: { Ship: { Type: "Pass", Parameters: { "sku.$": "$.sku", "orderId.$": "$.orderId" }, End: true } } },
      Next: "Done",
    });
    expect(validatorProblems(asl)).toEqual([]);
  });

  it("emits ProcessorConfig with Mode INLINE when the author wrote mode: \"INLINE\", and leaves it out when not", () => {
    const written = workflow("Inline", { input: Order }).map("EachItem", { itemsPath: "$.items", mode: "INLINE" }, (item) => item.pass("Ship"));
    const left = workflow("Inline", { input: Order }).map("EachItem", { itemsPath: "$.items" }, (item) => item.pass("Ship"));
    expect((emitted(written) as any).States.EachItem.ItemProcessor).toEqual({ ProcessorConfig: { Mode: "INLINE" }, StartAt: "Ship", States: { Ship: { Type: "Pass", End: true } } });
    expect((emitted(left) as any).States.EachItem.ItemProcessor).toEqual({ StartAt: "Ship", States: { Ship: { Type: "Pass", End: true } } });
    expect(validatorProblems(emitted(written))).toEqual([]);
  });

  it("keeps ProcessorConfig inside an Iterator, as Step Functions accepts it", () => {
    const wf = workflow("LegacyConfig", { input: Order }).map("EachItem", { itemsPath: "$.items", processorField: "Iterator", mode: "INLINE" }, (item) => item.pass("Ship"));
    expect((emitted(wf) as any).States.EachItem.Iterator).toEqual({ ProcessorConfig: { Mode: "INLINE" }, StartAt: "Ship", States: { Ship: { Type: "Pass", End: true } } });
  });

  it("names the item processor ItemProcessor when processorField says so or is left out", () => {
    const wf = workflow("Modern", { input: Order }).map("EachItem", { itemsPath: "$.items", processorField: "ItemProcessor" }, (item) => item.pass("Ship"));
    const asl = (emitted(wf) as any).States.EachItem;
    expect(Object.keys(asl)).toEqual(["Type", "ItemsPath", "ItemProcessor", "End"]);
  });

  it("checks an Iterator's states as it checks an ItemProcessor's", () => {
    const wf = workflow("LegacyChecked", { input: Order }).map("EachItem", { itemsPath: "$.items", processorField: "Iterator" }, (item) =>
      item.pass("Ship", { parameters: { "sku.$": "$.colour" } as never }),
    );
    expect(flowSchemas(buildWorkflow(wf)).problems).toEqual([expect.objectContaining({ state: "Ship", message: "Parameters.sku.$: $ has no field 'colour'" })]);
  });

  it("checks the paths of the deprecated Parameters as it checks ItemSelector's: the item from the context, the rest from the input", () => {
    const built = (selector: object) =>
      flowSchemas(buildWorkflow(workflow("LegacyParameters", { input: Order }).map("EachItem", { itemsPath: "$.items", ...selector } as never, (item) => item.pass("Ship"))));
    const legacy = built({ parameters: { "sku.$": "$$.Map.Item.Value.sku", "colour.$": "$.colour" } });
    const modern = built({ itemSelector: { "sku.$": "$$.Map.Item.Value.sku", "colour.$": "$.colour" } });
    expect(legacy.problems).toEqual([{ state: "EachItem", scope: "workflow", message: "Parameters.colour.$: $ has no field 'colour'" }]);
    expect(modern.problems).toEqual([{ state: "EachItem", scope: "workflow", message: "ItemSelector.colour.$: $ has no field 'colour'" }]);
    expect(typeText(legacy.states.get("Ship")!.input)).toBe(typeText(modern.states.get("Ship")!.input));
  });

  it("refuses Parameters beside ItemSelector (ASLC111), and Parameters in a JSONata Map", () => {
    const both = workflow("Both", { input: Order }).map("EachItem", { itemsPath: "$.items", itemSelector: { "a.$": "$.orderId" }, parameters: { "b.$": "$.orderId" } } as never, (item) => item.pass("Ship"));
    expect(() => emitAsl(buildWorkflow(both))).toThrow(/ASLC111[\s\S]*give Parameters or ItemSelector, not both/);
    const jsonata = workflow("InJsonata", { input: Order, queryLanguage: "JSONata" }).map("EachItem", { parameters: { a: 1 } } as never, (item) => item.pass("Ship"));
    expect(() => emitAsl(buildWorkflow(jsonata))).toThrow(/Parameters[\s\S]*itemSelector/);
  });
});

describe("Map forms across the loader's process boundary", () => {
  it("an Iterator and its states come back as they went, and emit the same ASL", async () => {
    const { irFromWire, irToWire } = await import("../../packages/compiler/src/load/isolate/ir-wire.ts");
    const ir = buildWorkflow(
      workflow("Legacy", { input: Order }).map("EachItem", { itemsPath: "$.items", processorField: "Iterator", mode: "INLINE" }, (item) =>
        item.task("Ship", { resource: lambda.function("${Ship}"), result: z.object({ shipped: z.boolean() }) }),
      ),
    );
    const { workflow: wire, problems } = irToWire(ir, "default");
    expect(problems).toEqual([]);
    const back = irFromWire(structuredClone(wire)).ir;
    expect(emitAsl(back)).toBe(emitAsl(ir));
    expect(flowSchemas(back).states.get("Ship")!.result).toBeDefined();
  });
});
