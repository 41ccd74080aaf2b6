/** Carries out an approved trade: the part of Buy Stock and Sell Stock that talks to a market. */
import { randomUUID } from "node:crypto";
import type { BuyStockResult } from "../StockTrading.contracts.js";

export type Trade = BuyStockResult;

export interface Broker {
  trade(order: { readonly type: Trade["type"]; readonly price: number }): Promise<Trade>;
}

/**
 * Paper trading, as the sample does it: every order fills at the quoted price for a quantity
 * from 1 to 100. Pass a broker that calls a real trading API to trade for real.
 */
export const paperBroker: Broker = {
  async trade({ type, price }) {
    return { id: randomUUID(), price, type, qty: 1 + Math.floor(Math.random() * 100), timestamp: new Date().toISOString() };
  },
};
