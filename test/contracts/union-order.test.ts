/** Converging payloads: the generated zod union must keep a richer payload's fields. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { zodSource } from "@aslc/compiler/internal";

function evaluate(source: string): z.ZodType {
  return new Function("z", `return ${source};`)(z) as z.ZodType;
}

describe("zod source of a union", () => {
  it("tries the shape with more fields first, so parsing keeps them", () => {
    const unavailable = z.object({ message: z.string(), available: z.boolean() });
    const placed = z.object({ message: z.string(), available: z.boolean(), order_id: z.string() });
    const schema = evaluate(zodSource(z.union([unavailable, placed])));
    expect(schema.parse({ message: "m", available: true, order_id: "o-1" })).toEqual({ message: "m", available: true, order_id: "o-1" });
    expect(schema.parse({ message: "m", available: false })).toEqual({ message: "m", available: false });
  });

  it("keeps the author's order among shapes of the same size and after objects", () => {
    const source = zodSource(z.union([z.string(), z.object({ a: z.string() }), z.object({ b: z.number() })]));
    expect(source.indexOf("a: z.string()")).toBeLessThan(source.indexOf("b: z.number()"));
    expect(source.indexOf("b: z.number()")).toBeLessThan(source.lastIndexOf("z.string()"));
  });
});
