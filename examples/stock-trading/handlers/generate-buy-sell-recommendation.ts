/**
 * The Lambda handler of task "Generate Buy/Sell recommendation" in workflow "StockTrading":
 * buy cheap, sell dear. The result lands at $.recommended_type, beside the price.
 */
import { generateBuySellRecommendationEventSchema, type GenerateBuySellRecommendationHandler } from "../StockTrading.contracts.js";

/** At or below this price the stock is worth buying; above it, worth selling. */
export const BUY_AT_OR_BELOW = 50;

export const handler: GenerateBuySellRecommendationHandler = async (event) => {
  const { stock_price } = generateBuySellRecommendationEventSchema.parse(event);
  return stock_price <= BUY_AT_OR_BELOW ? "buy" : "sell";
};
