/**
 * Calendar dates as the registration form writes them (YYYY-MM-DD), without a time of day or a
 * time zone: a birthday is a day, not an instant. "Today" is the UTC date of a clock reading.
 */

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The date written as YYYY-MM-DD, or undefined when it is not a real date (2023-02-30). */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? { year, month, day } : undefined;
}

export function calendarDateOf(instant: Date): CalendarDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOf(new Date(Date.UTC(date.year, date.month - 1, date.day + days)));
}

/** Whole years from `birth` to `today`: the age goes up on the birthday itself. */
export function ageOn(birth: CalendarDate, today: CalendarDate): number {
  const hadBirthdayThisYear = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthdayThisYear ? 0 : 1);
}
