/**
 * RFC 3339 timestamps as Step Functions reads them: uppercase T, Z or a numeric offset, real
 * calendar dates (29 February only in leap years), optional fractional seconds.
 */
import fc from "fast-check";

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/** Mostly recent years, sometimes any four-digit year, and the leap-year edge cases. */
const year = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1970, max: 2099 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 9999 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 4, 100, 1900, 2000, 2024, 2100, 9999) },
);

const date = fc
  .record({ year, month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => {
    // Fold the day into the month so every generated date exists, leap days included.
    const clamped = ((day - 1) % daysInMonth(year, month)) + 1;
    return `${pad(year, 4)}-${pad(month)}-${pad(clamped)}`;
  });

const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}`);

const fraction = fc.option(fc.stringMatching(/^\.[0-9]{1,6}$/), { nil: "" });

const zone = fc.oneof(
  fc.constant("Z"),
  fc.tuple(fc.constantFrom("+", "-"), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
);

/** Valid timestamps at the edges of the calendar and of the offsets. */
const EDGES = ["0000-02-29T00:00:00Z", "2000-02-29T12:00:00+23:59", "2024-02-29T23:59:59.999999-23:59", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00.0Z"];

export const rfc3339Timestamp: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.tuple(date, time, fraction, zone).map(([d, t, f, z]) => `${d}T${t}${f}${z}`) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGES) },
);
