/**
 * The Lambda handler of task "Check Stock Price" in workflow "StockTrading": the current price.
 */
import { checkStockPriceEventSchema, type CheckStockPriceHandler } from "../StockTrading.contracts.js";

/** Where prices come from. */
export type PriceQuote = () => Promise<number>;

/**
 * The sample's simulated market: a whole-dollar price from 1 to 100. Pass a quote from a
 * market-data service to trade on real prices.
 */
export const simulatedMarket: PriceQuote = async () => 1 + Math.floor(Math.random() * 100);

export function createCheckStockPriceHandler(quote: PriceQuote = simulatedMarket): CheckStockPriceHandler {
  return async (event) => {
    checkStockPriceEventSchema.parse(event);
    return { stock_price: await quote() };
  };
}

export const handler: CheckStockPriceHandler = createCheckStockPriceHandler();
