/** Walks the compiled DaycareRegistration.asl.json with the real handlers on a fixed day. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runExecution } from "../../../test/support/asl/interpreter.ts";
import { createCheckAgeRangeHandler } from "../handlers/check-age-range.ts";
import { handler as checkInformation } from "../handlers/check-information.ts";
import { createCheckSpotsAvailabilityHandler } from "../handlers/check-spots-availability.ts";
import { createConfirmRegistrationHandler } from "../handlers/confirm-registration.ts";
import { bornOn, clock, toddlerRegistration, without } from "./fixtures.ts";

const definition = JSON.parse(readFileSync(new URL("../DaycareRegistration.asl.json", import.meta.url), "utf8"));

function register(registration: unknown, spots = 20) {
  return runExecution(definition, registration, {
    tasks: {
      checkInformation,
      checkAgeRange: createCheckAgeRangeHandler(clock),
      checkSpotsAvailability: createCheckSpotsAvailabilityHandler(async () => spots),
      confirmRegistration: createConfirmRegistrationHandler(clock),
    },
  });
}

describe("DaycareRegistration workflow", () => {
  it("registers a child of 3 with fees of 750 and a start date two weeks out", async () => {
    const result = await register(toddlerRegistration);
    expect(result.status).toBe("SUCCEEDED");
    expect(result.visited.at(-1)).toBe("Registration confirmed");
    expect(result.output).toMatchObject({
      registration_info: toddlerRegistration.registration_info,
      ageCheck: { statusCode: 200, age: 3 },
      confirmation: { fees: 750, start_date: "2026-12-05" },
    });
  });

  it("fails a child of 6 at the age check, saying why", async () => {
    const result = await register(bornOn("2020-06-01"));
    expect(result).toMatchObject({
      status: "FAILED",
      error: "AgeOutOfRange",
      cause: "Child is not within the acceptable age range for this daycare (2 to 5 years; the child is 6).",
    });
    expect(result.visited).toEqual(["checkInformation", "Information complete?", "checkAgeRange", "Age in range?", "Age out of range"]);
  });

  it("fails an incomplete form before any other check", async () => {
    const result = await register(without("daysOfWeek"));
    expect(result).toMatchObject({ status: "FAILED", error: "InformationIncomplete", cause: "Missing required field: daysOfWeek" });
    expect(result.visited).toEqual(["checkInformation", "Information complete?", "Information incomplete"]);
  });

  it("fails when the daycare is full", async () => {
    const result = await register(toddlerRegistration, 0);
    expect(result).toMatchObject({ status: "FAILED", error: "NoSpotsAvailable", cause: "No spots available in the daycare." });
  });
});
