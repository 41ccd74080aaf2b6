import { describe, expect, it } from "vitest";
import { createCheckAgeRangeHandler } from "../handlers/check-age-range.ts";
import { bornOn, clock, seedRegistration, toddlerRegistration } from "./fixtures.ts";

const informationChecked = { statusCode: 200, message: "The registration information is complete." };
const checkAgeRange = createCheckAgeRangeHandler(clock);
const check = (registration: typeof toddlerRegistration) => checkAgeRange({ ...registration, informationCheck: informationChecked });

describe("checkAgeRange", () => {
  it("accepts a child of 3 and passes the age on", async () => {
    expect(await check(toddlerRegistration)).toEqual({ statusCode: 200, message: "The child is 3 years old.", age: 3 });
  });

  it("accepts children from their second birthday to the day before their sixth", async () => {
    expect((await check(bornOn("2024-11-21"))).age).toBe(2);
    expect((await check(bornOn("2020-11-22"))).statusCode).toBe(200);
    expect((await check(bornOn("2020-11-22"))).age).toBe(5);
  });

  it("rejects a child of 6", async () => {
    expect(await check(bornOn("2020-11-21"))).toEqual({
      statusCode: 400,
      message: "Child is not within the acceptable age range for this daycare (2 to 5 years; the child is 6).",
      age: 6,
    });
  });

  it("rejects a child under 2, and the seed's child, who is 10 now", async () => {
    expect((await check(bornOn("2024-11-22"))).statusCode).toBe(400);
    expect(await check(seedRegistration)).toMatchObject({ statusCode: 400, age: 10 });
  });
});
