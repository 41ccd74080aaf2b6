import { describe, expect, it } from "vitest";
import { createConfirmRegistrationHandler } from "../handlers/confirm-registration.ts";
import { clock, toddlerRegistration } from "./fixtures.ts";

const confirmRegistration = createConfirmRegistrationHandler(clock);
const confirm = (age: number) =>
  confirmRegistration({
    ...toddlerRegistration,
    informationCheck: { statusCode: 200, message: "The registration information is complete." },
    ageCheck: { statusCode: 200, message: `The child is ${age} years old.`, age },
    spotsCheck: { statusCode: 200, message: "20 spots are available." },
  });

describe("confirmRegistration", () => {
  it("charges a child of 3 750 and starts two weeks from today", async () => {
    expect(await confirm(3)).toEqual({ fees: 750, start_date: "2026-12-05" });
  });

  it("sets the fees by age", async () => {
    const fees = await Promise.all([2, 3, 4, 5].map(async (age) => (await confirm(age)).fees));
    expect(fees).toEqual([800, 750, 700, 650]);
  });

  it("refuses an age the age check would not have let through", async () => {
    await expect(confirm(6)).rejects.toThrow("no fees for a child of 6");
  });
});
