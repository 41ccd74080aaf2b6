/**
 * The generated contracts and stubs compile on their own under strict TypeScript, their zod
 * schemas infer exactly the printed types, they check events at run time, and a handler that
 * returns the wrong thing does not compile.
 */
import { readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWorkflow, type Buildable } from "@aslc/dsl";
import { renderContracts, renderHandlerStub } from "@aslc/compiler";
import { handlerContracts, type HandlerContract } from "@aslc/compiler/internal";
import { daycare, fulfilment, stockTrading } from "./workflows.ts";
import { scratchDirectory, STRICT, typeErrors, writeFiles } from "./typescript-check.ts";
import { exampleFolders, filesEndingWith } from "../examples/example-files.ts";

const dir = scratchDirectory("contracts");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORKFLOWS: [string, Buildable][] = [
  ["stock-trading", stockTrading],
  ["daycare", daycare],
  ["fulfilment", fulfilment],
];

/** Fails to compile unless the schema's inferred output and the printed type are the same type. */
function sameTypeChecks(module: string, contracts: readonly HandlerContract[]): string {
  const lines = [
    `import type { z } from "zod";`,
    `import type * as C from "./${module}";`,
    "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
  ];
  for (const { names } of contracts) {
    lines.push(`export const ${names.eventSchema}Matches: Same<z.output<typeof C.${names.eventSchema}>, C.${names.event}> = true;`);
    lines.push(`export const ${names.resultSchema}Matches: Same<z.output<typeof C.${names.resultSchema}>, C.${names.result}> = true;`);
  }
  return `${lines.join("\n")}\n`;
}

/** Every workflow's contracts, a stub per Lambda task, and the type-equality checks. */
function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [stem, wf] of WORKFLOWS) {
    const ir = buildWorkflow(wf);
    const contracts = handlerContracts(ir);
    files[`${stem}.contracts.ts`] = renderContracts(ir);
    files[`${stem}.checks.ts`] = sameTypeChecks(`${stem}.contracts`, contracts);
    for (const contract of contracts) {
      const path = `handlers/${stem}/${contract.names.fileStem}.ts`;
      files[path] = renderHandlerStub(ir, contract.tasks[0]!.stateName, `../../${stem}.contracts`, { stubPath: path });
    }
  }
  return files;
}

describe("generated contracts compile", () => {
  const files = generatedFiles();
  const paths = writeFiles(dir, files);

  it("writes a contracts module, checks and a stub for every Lambda function", () => {
    expect(Object.keys(files).filter((f) => f.startsWith("handlers/")).sort()).toEqual([
      "handlers/daycare/check-age-range.ts",
      "handlers/daycare/check-information.ts",
      "handlers/fulfilment/email-customer.ts",
      "handlers/fulfilment/price-item.ts",
      "handlers/fulfilment/report-failure.ts",
      "handlers/fulfilment/reserve-stock.ts",
      "handlers/stock-trading/buy-stock.ts",
      "handlers/stock-trading/check-stock-price.ts",
      "handlers/stock-trading/generate-buy-sell-recommendation.ts",
      "handlers/stock-trading/sell-stock.ts",
    ]);
  });

  it("with zero diagnostics under strict", () => {
    expect(typeErrors(dir, paths)).toEqual([]);
  });

  it("with zero diagnostics under exactOptionalPropertyTypes and the unused-code checks too", () => {
    expect(typeErrors(dir, paths, { ...STRICT, exactOptionalPropertyTypes: true, noUnusedLocals: true, noUnusedParameters: true, noImplicitReturns: true })).toEqual([]);
  });

  it("accepts a handler that returns its contract's result", () => {
    const [good] = writeFiles(dir, {
      "impl/good.ts": `import { checkStockPriceEventSchema, type CheckStockPriceHandler } from "../stock-trading.contracts";
import type { ReserveStockHandler, EmailCustomerHandler } from "../fulfilment.contracts";

export const checkStockPrice: CheckStockPriceHandler = async (event) => {
  checkStockPriceEventSchema.parse(event);
  return { stock_price: 42 };
};

export const reserveStock: ReserveStockHandler = async (event) => ({
  reservationId: \`\${event.orderId}-\${event.count}-\${event.skus.join("+")}\`,
  expiresAt: event.requestedAt,
});

export const emailCustomer: EmailCustomerHandler = async (event) => {
  const token: string = event.token;
  void token;
};
`,
    });
    expect(typeErrors(dir, [good!])).toEqual([]);
  });

  it("rejects a handler that returns the wrong type, or reads a field the event lacks", () => {
    const [bad] = writeFiles(dir, {
      "impl/bad.ts": `import type { CheckStockPriceHandler, GenerateBuySellRecommendationHandler } from "../stock-trading.contracts";

export const checkStockPrice: CheckStockPriceHandler = async () => ({ stock_price: "high" });

export const recommend: GenerateBuySellRecommendationHandler = async (event) => (event.stock_price > 100 ? "sell" : "hold");

export const peek: GenerateBuySellRecommendationHandler = async (event) => (event.recommended_type === "buy" ? "buy" : "sell");
`,
    });
    const errors = typeErrors(dir, [bad!]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^impl\/bad\.ts:3: TS2322 /);
    expect(errors[1]).toMatch(/^impl\/bad\.ts:5: TS2322 .*"hold"/s);
    expect(errors[2]).toMatch(/^impl\/bad\.ts:7: TS2339 Property 'recommended_type' does not exist/);
  });
});

describe("every example's committed contracts", () => {
  // The contracts print each schema beside its type without a `satisfies` between them (it costs
  // more to check than the workflow): the two must agree by construction, which this checks.
  it("infer exactly the types printed beside them", () => {
    const files: Record<string, string> = {};
    for (const example of exampleFolders()) {
      for (const path of filesEndingWith(example, ".contracts.ts")) {
        const text = readFileSync(path, "utf8");
        const stem = `examples/${example}/${basename(path, ".ts")}`;
        const schemas = [...text.matchAll(/^export const (\w+)Schema = /gm)].map((m) => m[1]!);
        expect(schemas.length, stem).toBeGreaterThan(0);
        files[`${stem}.ts`] = text;
        files[`${stem}.checks.ts`] = [
          `import type { z } from "zod";`,
          `import type * as C from "./${basename(path, ".ts")}";`,
          "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
          ...schemas.map((name) => `export const ${name}Matches: Same<z.output<typeof C.${name}Schema>, C.${name[0]!.toUpperCase()}${name.slice(1)}> = true;`),
          "",
        ].join("\n");
      }
    }
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(10);
    expect(typeErrors(dir, writeFiles(dir, files))).toEqual([]);
  });
});

describe("generated schemas at run time", () => {
  it("accept the events the state machine sends and reject others", async () => {
    const module = await import(join(dir, "fulfilment.contracts.ts"));
    const event = { orderId: "o-1", skus: ["a", "b"], count: 2, requestedAt: "2026-01-01T00:00:00Z", executionId: "arn:exec", source: "fulfilment" };
    expect(module.reserveStockEventSchema.parse(event)).toEqual(event);
    expect(() => module.reserveStockEventSchema.parse({ ...event, source: "elsewhere" })).toThrow();
    expect(() => module.reserveStockEventSchema.parse({ ...event, count: "2" })).toThrow();
    expect(module.emailCustomerEventSchema.safeParse({ to: null, token: "t", subject: "s" }).success).toBe(true);
  });

  it("make an untouched stub fail with a message naming the function and the file", async () => {
    const stub = await import(join(dir, "handlers/stock-trading/buy-stock.ts"));
    await expect(stub.handler({ stock_price: 1, recommended_type: "buy" })).rejects.toThrow(
      "BuyStock handler is not implemented yet: edit handlers/stock-trading/buy-stock.ts",
    );
    await expect(stub.handler({ stock_price: "1" })).rejects.toThrow(/stock_price/);
  });
});
