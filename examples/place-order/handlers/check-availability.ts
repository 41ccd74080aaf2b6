/**
 * The Lambda handler of task "CheckAvailability" in workflow "PlaceOrder": is the ordered item
 * in stock? Its answer decides, at ValidateAvailability, whether the order is placed.
 */
import { checkAvailabilityEventSchema, type CheckAvailabilityHandler } from "../PlaceOrder.contracts.js";

/** Answers whether an item can be sold right now. */
export type StockLookup = (itemName: string) => Promise<boolean>;

/**
 * The shop's stock as the seed models it: one graphics card is available, nothing else. A real
 * shop would ask its inventory service or table here.
 */
export const ITEMS_IN_STOCK: ReadonlySet<string> = new Set(["Nvidia RTX 3070"]);

const fromFixedStock: StockLookup = async (itemName) => ITEMS_IN_STOCK.has(itemName);

export function createCheckAvailabilityHandler(isInStock: StockLookup = fromFixedStock): CheckAvailabilityHandler {
  return async (event) => {
    // A function can be invoked by more than its state machine: check what arrived.
    const message = checkAvailabilityEventSchema.parse(event);
    return { message, available: await isInStock(message.itemName) };
  };
}

export const handler: CheckAvailabilityHandler = createCheckAvailabilityHandler();
