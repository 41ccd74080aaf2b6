/**
 * The Lambda handler of task "checkAgeRange" in workflow "DaycareRegistration": the daycare
 * takes children from 2 to 5 years old. The age it works out travels on (at $.ageCheck.age) to
 * confirmRegistration, which sets the fees by it.
 */
import { checkAgeRangeEventSchema, type CheckAgeRangeHandler } from "../DaycareRegistration.contracts.js";
import { ageOn, calendarDateOf, parseCalendarDate } from "./calendar-date.js";
import { systemClock, type Clock } from "./clock.js";

export const YOUNGEST_AGE = 2;
export const OLDEST_AGE = 5;

export function createCheckAgeRangeHandler(now: Clock = systemClock): CheckAgeRangeHandler {
  return async (event) => {
    const { dateOfBirth } = checkAgeRangeEventSchema.parse(event).registration_info.child;
    const birth = parseCalendarDate(dateOfBirth);
    // checkInformation lets only real dates through.
    if (!birth) throw new Error(`checkAgeRange received an invalid date of birth: '${dateOfBirth}'`);
    const age = ageOn(birth, calendarDateOf(now()));
    if (age < YOUNGEST_AGE || age > OLDEST_AGE) {
      return { statusCode: 400, message: `Child is not within the acceptable age range for this daycare (${YOUNGEST_AGE} to ${OLDEST_AGE} years; the child is ${age}).`, age };
    }
    return { statusCode: 200, message: `The child is ${age} years old.`, age };
  };
}

export const handler: CheckAgeRangeHandler = createCheckAgeRangeHandler();
