/**
 * The schema flow and the handler contracts read schemas by their input side: the JSON the state
 * machine sends a function and the JSON the function returns, never what parsing would make of it.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorkflow, lambda, workflow } from "@aslc/dsl";
import { renderContracts, validateWorkflow } from "@aslc/compiler";
import { handlerContracts, schemaAt } from "@aslc/compiler/internal";
import { flat, found } from "./support.ts";

const Input = z.object({
  orderId: z.string(),
  placedAt: z.iso.datetime().transform((v) => new Date(v)),
  express: z.stringbool(),
  retries: z.number().default(3),
  count: z.coerce.number(),
});

const Charged = z.object({ chargedAt: z.iso.datetime().transform((v) => new Date(v)), cents: z.string().pipe(z.coerce.number()), note: z.string().prefault("") });

const wf = workflow("Orders", { input: Input })
  .task("Charge", { resource: lambda.function("${ChargeArn}"), result: Charged, resultPath: "$.charge" })
  .task("Ship", { resource: lambda.invoke("${ShipArn}"), payload: { "at.$": "$.charge.chargedAt", "cents.$": "$.charge.cents" } });

describe("schema flow", () => {
  it("reads a transform, codec or pipe as what it accepts, a default as optional, a coercion as unknown", () => {
    expect(found(schemaAt(Input, "$.placedAt"))).toBe("string");
    expect(found(schemaAt(Input, "$.express"))).toBe("string");
    expect(found(schemaAt(Input, "$.retries"))).toBe("number | undefined");
    expect(found(schemaAt(Input, "$.count"))).toBe("unknown");
    expect(found(schemaAt(Charged, "$.cents"))).toBe("string");
  });
});

describe("handler contracts", () => {
  const ir = buildWorkflow(wf);
  const contracts = handlerContracts(ir);

  it("type the event a function receives by the input side of the execution input", () => {
    expect(validateWorkflow(ir)).toEqual([]);
    expect(flat(contracts[0]!.event)).toBe("{ orderId: string; placedAt: string; express: string; retries?: number | undefined; count: unknown; }");
  });

  it("type a function's result as the JSON it returns, and what flows on from it", () => {
    expect(flat(contracts[0]!.result)).toBe("{ chargedAt: string; cents: string; note?: string | undefined; }");
    expect(flat(contracts[1]!.event)).toBe("{ at: string; cents: string; }");
  });

  it("render the JSON side in the types and the zod schemas of the contracts module", () => {
    const text = renderContracts(ir);
    expect(text).toContain("export interface ChargeResult {\n  chargedAt: string;\n  cents: string;\n  note?: string | undefined;\n}");
    expect(text).toContain("export const chargeResultSchema = z.object({\n  chargedAt: z.string(),\n  cents: z.string(),\n  note: z.string().optional(),\n})");
    expect(text).toContain("  retries?: number | undefined;\n  count: unknown;\n");
    expect(text).toContain("  retries: z.number().default(3),\n  count: z.unknown(),\n");
  });
});
