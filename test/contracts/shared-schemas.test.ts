/**
 * The object schemas of fields are declared once per contracts module and referenced where they
 * recur: the module checks the same values as the schemas it was printed from, keeps their
 * descriptions, names no constant twice nor like an exported schema, and still compiles.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow } from "@aslc/dsl";
import { renderContracts } from "@aslc/compiler";
import { handlerContracts } from "@aslc/compiler/internal";
import { scratchDirectory, typeErrors, writeFiles } from "./typescript-check.ts";

const dir = scratchDirectory("shared-schemas");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const Customer = z.object({ id: z.string(), tier: z.enum(["gold", "silver"]) });
const Order = z.object({
  orderId: z.string(),
  customer: Customer.describe("who placed the order"),
  lines: z.array(z.object({ sku: z.string(), quantity: z.number() })),
});

/** Each task adds its result to the payload, so every later event repeats the earlier fields. */
const growing = workflow("Growing", { input: Order })
  .task("Score", { resource: lambda.function("${ScoreArn}"), result: z.object({ score: z.number() }), resultPath: "$.scoring" })
  .choice("Risky?", (c) =>
    c
      .when(c.numericGreaterThan("$.scoring.score", 50), (b) =>
        b.task("Review", { resource: lambda.function("${ReviewArn}"), result: z.object({ ok: z.boolean() }), resultPath: "$.review" }),
      )
      .otherwise((b) => b.pass("Approve", { result: { ok: true }, resultPath: "$.review" })),
  )
  .task("Charge", { resource: lambda.function("${ChargeArn}"), result: z.object({ done: z.boolean() }), resultPath: "$.charge" })
  .succeed("Done");

/** A field whose constant's natural name is an exported schema's, and one name for two shapes. */
const clashing = workflow("Clashing", { input: z.object({ chargeEvent: z.object({ a: z.string() }) }) })
  .task("Charge", { resource: lambda.function("${ChargeArn}"), result: z.object({ chargeEvent: z.object({ b: z.number() }) }), resultPath: "$.next" })
  .task("Settle", { resource: lambda.function("${SettleArn}") })
  .succeed("Done");

const countOf = (text: string, part: string) => text.split(part).length - 1;

describe("contracts share the object schemas of fields", () => {
  const text = renderContracts(buildWorkflow(growing));

  it("declares each field's object once, before the schemas that use it, and references it in every event", () => {
    expect(countOf(text, "const customerSchema = z.object({")).toBe(1);
    expect(countOf(text, "z.object({\n  id: z.string(),")).toBe(1);
    // Score, Review and Charge all receive the customer; Charge's event is a union of two payloads.
    expect(countOf(text, "customer: customerSchema.describe(\"who placed the order\"),")).toBe(4);
    expect(countOf(text, "lines: z.array(linesItemSchema),")).toBe(4);
    expect(text.indexOf("const customerSchema")).toBeLessThan(text.indexOf("export const scoreEventSchema"));
  });

  it("gives a function's result the constant of the field its task writes it to", () => {
    expect(text).toContain("export const scoreResultSchema = scoringSchema;");
    expect(text).toContain("const scoringSchema = z.object({\n  score: z.number(),\n});");
    expect(countOf(text, "score: z.number(),")).toBe(1);
  });

  it("names two shapes met under one field apart", () => {
    expect(text).toContain("const reviewSchema = z.object({\n  ok: z.boolean(),\n});");
    expect(text).toContain("const reviewSchema2 = z.object({\n  ok: z.literal(true),\n});");
  });

  it("names a shape that several fields hold after each of them, or after the first when more than three hold it", () => {
    const Person = z.object({ name: z.string() });
    const Place = z.object({ city: z.string() });
    const family = workflow("Family", {
      input: z.object({ mother: Person, father: Person.optional(), home: Place, work: Place, school: Place, club: Place }),
    })
      .task("Greet", { resource: lambda.function("${GreetArn}") })
      .succeed("Done");
    const named = renderContracts(buildWorkflow(family));
    expect(named).toContain("const motherOrFatherSchema = z.object({\n  name: z.string(),\n});");
    expect(named).toContain("  mother: motherOrFatherSchema,\n  father: motherOrFatherSchema.optional(),");
    expect(named).toContain("const homeSchema = z.object({\n  city: z.string(),\n});");
    expect(countOf(named, "homeSchema,")).toBe(4);
  });

  it("takes no name an exported schema has, nor one a constant has", () => {
    const clash = renderContracts(buildWorkflow(clashing));
    expect(clash).toContain("export const chargeEventSchema = z.object({\n  chargeEvent: chargeEventSchema2,\n});");
    expect(clash).toContain("const chargeEventSchema2 = z.object({\n  a: z.string(),\n});");
    expect(clash).toContain("const chargeEventSchema3 = z.object({\n  b: z.number(),\n});");
    expect(countOf(clash, "const chargeEventSchema2 =")).toBe(1);
  });

  it("checks the same values as the schemas it was printed from, descriptions kept, and compiles under strict", async () => {
    const [path] = writeFiles(dir, { "growing.contracts.ts": text });
    expect(typeErrors(dir, [path!])).toEqual([]);
    const module = (await import(join(dir, "growing.contracts.ts"))) as Record<string, z.ZodType>;
    const base = { orderId: "o-1", customer: { id: "c-1", tier: "gold" }, lines: [{ sku: "s", quantity: 2 }] };
    const values: unknown[] = [
      base,
      { ...base, scoring: { score: 70 } },
      { ...base, scoring: { score: 70 }, review: { ok: false } },
      { ...base, scoring: { score: 70 }, review: { ok: true } },
      { ...base, customer: { id: "c-1", tier: "bronze" } },
      { ...base, customer: { id: 7, tier: "gold" } },
      { ...base, lines: [{ sku: "s" }] },
      { ...base, scoring: { score: "high" }, review: { ok: true } },
      { score: 1 },
      { done: true },
      null,
    ];
    const contracts = handlerContracts(buildWorkflow(growing));
    expect(contracts.map((c) => c.names.eventSchema)).toEqual(["scoreEventSchema", "reviewEventSchema", "chargeEventSchema"]);
    for (const contract of contracts) {
      for (const [printed, source] of [
        [module[contract.names.eventSchema]!, contract.event],
        [module[contract.names.resultSchema]!, contract.result],
      ] as const) {
        for (const value of values) expect(printed.safeParse(value).success, JSON.stringify(value)).toBe(source.safeParse(value).success);
      }
    }
    const scoreEvent = module.scoreEventSchema as z.ZodObject;
    expect(scoreEvent.shape.customer!.description).toBe("who placed the order");
  });
});
