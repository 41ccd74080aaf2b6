import { describe, expect, it } from "vitest";
import { handler as checkInformation } from "../handlers/check-information.ts";
import { bornOn, toddlerRegistration, without } from "./fixtures.ts";

describe("checkInformation", () => {
  it("accepts a complete registration", async () => {
    expect(await checkInformation(toddlerRegistration)).toEqual({ statusCode: 200, message: "The registration information is complete." });
  });

  it.each(["child", "parents", "daysOfWeek"] as const)("rejects a registration without %s", async (field) => {
    expect(await checkInformation(without(field))).toEqual({ statusCode: 400, message: `Missing required field: ${field}` });
  });

  it("rejects an input without any registration", async () => {
    expect(await checkInformation({} as never)).toEqual({ statusCode: 400, message: "Missing required field: registration_info" });
  });

  it("rejects a field of the wrong kind, naming it", async () => {
    const registration = structuredClone(toddlerRegistration) as { registration_info: { daysOfWeek: unknown } };
    registration.registration_info.daysOfWeek = "Monday";
    const result = await checkInformation(registration as never);
    expect(result.statusCode).toBe(400);
    expect(result.message).toMatch(/^Invalid field registration_info\.daysOfWeek: /);
  });

  it("rejects a date of birth that is not a date", async () => {
    expect(await checkInformation(bornOn("2023-02-30"))).toEqual({
      statusCode: 400,
      message: "Invalid field registration_info.child.dateOfBirth: '2023-02-30' is not a date written YYYY-MM-DD",
    });
  });
});
