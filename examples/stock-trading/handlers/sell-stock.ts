/**
 * The Lambda handler of task "Sell Stock" in workflow "StockTrading": sells at the checked price
 * once the recommendation to sell was approved.
 */
import { sellStockEventSchema, type SellStockHandler } from "../StockTrading.contracts.js";
import { paperBroker, type Broker } from "./broker.js";

export function createSellStockHandler(broker: Broker = paperBroker): SellStockHandler {
  return async (event) => {
    const { stock_price, recommended_type } = sellStockEventSchema.parse(event);
    // The Choice sends only sell recommendations here; anything else is a wiring mistake.
    if (recommended_type !== "sell") throw new Error(`Sell Stock received a '${recommended_type}' recommendation`);
    return broker.trade({ type: "sell", price: stock_price });
  };
}

export const handler: SellStockHandler = createSellStockHandler();
