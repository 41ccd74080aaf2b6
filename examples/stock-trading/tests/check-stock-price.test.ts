import { describe, expect, it } from "vitest";
import { createCheckStockPriceHandler, simulatedMarket } from "../handlers/check-stock-price.ts";

describe("Check Stock Price", () => {
  it("returns the quoted price", async () => {
    const check = createCheckStockPriceHandler(async () => 42);
    expect(await check({})).toEqual({ stock_price: 42 });
  });

  it("simulates whole-dollar prices from 1 to 100 by default", async () => {
    const prices = await Promise.all(Array.from({ length: 200 }, () => simulatedMarket()));
    for (const price of prices) {
      expect(Number.isInteger(price)).toBe(true);
      expect(price).toBeGreaterThanOrEqual(1);
      expect(price).toBeLessThanOrEqual(100);
    }
  });
});
