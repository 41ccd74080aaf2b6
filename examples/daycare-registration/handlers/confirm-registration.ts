/**
 * The Lambda handler of task "confirmRegistration" in workflow "DaycareRegistration": the fees
 * for the child's age, and a start date two weeks from today.
 */
import { confirmRegistrationEventSchema, type ConfirmRegistrationHandler } from "../DaycareRegistration.contracts.js";
import { addDays, calendarDateOf, formatCalendarDate } from "./calendar-date.js";
import { systemClock, type Clock } from "./clock.js";

/** Fees by age in years: younger children need more care. */
export const FEES_BY_AGE: Readonly<Record<number, number>> = { 2: 800, 3: 750, 4: 700, 5: 650 };

/** Time to prepare for a new child. */
export const DAYS_UNTIL_START = 14;

export function createConfirmRegistrationHandler(now: Clock = systemClock): ConfirmRegistrationHandler {
  return async (event) => {
    const { age } = confirmRegistrationEventSchema.parse(event).ageCheck;
    const fees = FEES_BY_AGE[age];
    // checkAgeRange lets only ages 2 to 5 through.
    if (fees === undefined) throw new Error(`confirmRegistration has no fees for a child of ${age}`);
    return { fees, start_date: formatCalendarDate(addDays(calendarDateOf(now()), DAYS_UNTIL_START)) };
  };
}

export const handler: ConfirmRegistrationHandler = createConfirmRegistrationHandler();
