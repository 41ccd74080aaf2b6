import { describe, expect, it } from "vitest";
import { paperBroker, type Broker } from "../handlers/broker.ts";
import { createBuyStockHandler } from "../handlers/buy-stock.ts";
import { createSellStockHandler } from "../handlers/sell-stock.ts";

function recordingBroker() {
  const orders: Parameters<Broker["trade"]>[0][] = [];
  const broker: Broker = {
    async trade(order) {
      orders.push(order);
      return { id: "trade-1", price: order.price, type: order.type, qty: 10, timestamp: "2026-03-02T10:00:00.000Z" };
    },
  };
  return { broker, orders };
}

describe("Buy Stock and Sell Stock", () => {
  it("buys at the checked price", async () => {
    const { broker, orders } = recordingBroker();
    const trade = await createBuyStockHandler(broker)({ stock_price: 30, recommended_type: "buy" });
    expect(orders).toEqual([{ type: "buy", price: 30 }]);
    expect(trade).toEqual({ id: "trade-1", price: 30, type: "buy", qty: 10, timestamp: "2026-03-02T10:00:00.000Z" });
  });

  it("sells at the checked price", async () => {
    const { broker, orders } = recordingBroker();
    await createSellStockHandler(broker)({ stock_price: 80, recommended_type: "sell" });
    expect(orders).toEqual([{ type: "sell", price: 80 }]);
  });

  it("refuses a recommendation meant for the other task", async () => {
    const { broker } = recordingBroker();
    await expect(createBuyStockHandler(broker)({ stock_price: 80, recommended_type: "sell" })).rejects.toThrow("Buy Stock received a 'sell' recommendation");
    await expect(createSellStockHandler(broker)({ stock_price: 30, recommended_type: "buy" })).rejects.toThrow("Sell Stock received a 'buy' recommendation");
  });

  it("paper-trades a quantity from 1 to 100 at the given price", async () => {
    const trade = await paperBroker.trade({ type: "buy", price: 30 });
    expect(trade).toMatchObject({ price: 30, type: "buy" });
    expect(trade.qty).toBeGreaterThanOrEqual(1);
    expect(trade.qty).toBeLessThanOrEqual(100);
    expect(Number.isNaN(Date.parse(trade.timestamp))).toBe(false);
  });
});
