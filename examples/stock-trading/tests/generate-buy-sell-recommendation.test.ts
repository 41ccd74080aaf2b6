import { describe, expect, it } from "vitest";
import { BUY_AT_OR_BELOW, handler as recommend } from "../handlers/generate-buy-sell-recommendation.ts";

describe("Generate Buy/Sell recommendation", () => {
  it("recommends buying at or below the threshold", async () => {
    expect(await recommend({ stock_price: 12 })).toBe("buy");
    expect(await recommend({ stock_price: BUY_AT_OR_BELOW })).toBe("buy");
  });

  it("recommends selling above it", async () => {
    expect(await recommend({ stock_price: BUY_AT_OR_BELOW + 1 })).toBe("sell");
  });

  it("rejects an event without a price", async () => {
    await expect(recommend({} as never)).rejects.toThrow(/stock_price/);
  });
});
