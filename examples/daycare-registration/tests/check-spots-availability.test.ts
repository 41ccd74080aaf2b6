import { afterEach, describe, expect, it, vi } from "vitest";
import { configuredSpots, createCheckSpotsAvailabilityHandler } from "../handlers/check-spots-availability.ts";
import { toddlerRegistration } from "./fixtures.ts";

const checked = {
  ...toddlerRegistration,
  informationCheck: { statusCode: 200, message: "The registration information is complete." },
  ageCheck: { statusCode: 200, message: "The child is 3 years old.", age: 3 },
};

describe("checkSpotsAvailability", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("goes on while spots are free", async () => {
    const check = createCheckSpotsAvailabilityHandler(async () => 20);
    expect(await check(checked)).toEqual({ statusCode: 200, message: "20 spots are available." });
  });

  it("stops when the daycare is full", async () => {
    const check = createCheckSpotsAvailabilityHandler(async () => 0);
    expect(await check(checked)).toEqual({ statusCode: 400, message: "No spots available in the daycare." });
  });

  it("reads the configured number of spots", async () => {
    vi.stubEnv("SPOTS_AVAILABLE", "20");
    expect(await configuredSpots()).toBe(20);
    vi.stubEnv("SPOTS_AVAILABLE", "");
    await expect(configuredSpots()).rejects.toThrow("SPOTS_AVAILABLE must be a whole number of spots");
  });
});
