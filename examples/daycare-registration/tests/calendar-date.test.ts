import { describe, expect, it } from "vitest";
import { addDays, ageOn, formatCalendarDate, parseCalendarDate } from "../handlers/calendar-date.ts";

const date = (text: string) => parseCalendarDate(text)!;

describe("calendar dates", () => {
  it("reads real dates only", () => {
    expect(parseCalendarDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate("2023-02-29")).toBeUndefined();
    expect(parseCalendarDate("2023-13-01")).toBeUndefined();
    expect(parseCalendarDate("01/07/2016")).toBeUndefined();
  });

  it("counts a year of age on the birthday itself, not the day before", () => {
    expect(ageOn(date("2023-11-21"), date("2026-11-20"))).toBe(2);
    expect(ageOn(date("2023-11-21"), date("2026-11-21"))).toBe(3);
  });

  it("adds days across months and years", () => {
    expect(formatCalendarDate(addDays(date("2026-12-25"), 14))).toBe("2027-01-08");
    expect(formatCalendarDate(addDays(date("2028-02-20"), 14))).toBe("2028-03-05");
  });
});
