/**
 * The Lambda handler of task "Buy Stock" in workflow "StockTrading": buys at the checked price
 * once the recommendation to buy was approved.
 */
import { buyStockEventSchema, type BuyStockHandler } from "../StockTrading.contracts.js";
import { paperBroker, type Broker } from "./broker.js";

export function createBuyStockHandler(broker: Broker = paperBroker): BuyStockHandler {
  return async (event) => {
    const { stock_price, recommended_type } = buyStockEventSchema.parse(event);
    // The Choice sends only buy recommendations here; anything else is a wiring mistake.
    if (recommended_type !== "buy") throw new Error(`Buy Stock received a '${recommended_type}' recommendation`);
    return broker.trade({ type: "buy", price: stock_price });
  };
}

export const handler: BuyStockHandler = createBuyStockHandler();
