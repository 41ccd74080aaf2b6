import { describe, expect, it } from "vitest";
import { createCheckAvailabilityHandler, handler } from "../handlers/check-availability.ts";
import inStock from "../events/order-in-stock.json" with { type: "json" };
import outOfStock from "../events/order-out-of-stock.json" with { type: "json" };

describe("CheckAvailability", () => {
  it("finds the seed's graphics card in stock", async () => {
    expect(await handler(inStock)).toEqual({ message: inStock, available: true });
  });

  it("reports any other item as unavailable", async () => {
    expect(await handler(outOfStock)).toEqual({ message: outOfStock, available: false });
  });

  it("asks the injected stock lookup about the ordered item", async () => {
    const asked: string[] = [];
    const check = createCheckAvailabilityHandler(async (itemName) => (asked.push(itemName), true));
    expect((await check(outOfStock)).available).toBe(true);
    expect(asked).toEqual(["Nvidia RTX 4090"]);
  });

  it("rejects an event that is not an order", async () => {
    await expect(handler({ itemName: "Nvidia RTX 3070" } as never)).rejects.toThrow(/customerId/);
  });
});
