/**
 * The Lambda handler of task "checkInformation" in workflow "DaycareRegistration": is the form
 * complete? Step Functions does not check an execution's input against the workflow's schema,
 * so this is where an incomplete form is caught, before any other check relies on it.
 */
import { checkInformationEventSchema, type CheckInformationHandler, type CheckInformationResult } from "../DaycareRegistration.contracts.js";
import { parseCalendarDate } from "./calendar-date.js";

/** The parts of the form no registration can do without. */
export const REQUIRED_FIELDS = ["child", "parents", "daysOfWeek"] as const;

const rejected = (message: string): CheckInformationResult => ({ statusCode: 400, message });

export const handler: CheckInformationHandler = async (event) => {
  const form: unknown = (event as { registration_info?: unknown } | null)?.registration_info;
  if (typeof form !== "object" || form === null) return rejected("Missing required field: registration_info");
  for (const field of REQUIRED_FIELDS) {
    if (!(field in form)) return rejected(`Missing required field: ${field}`);
  }
  const parsed = checkInformationEventSchema.safeParse(event);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return rejected(`Invalid field ${issue!.path.join(".")}: ${issue!.message}`);
  }
  const { dateOfBirth } = parsed.data.registration_info.child;
  if (!parseCalendarDate(dateOfBirth)) return rejected(`Invalid field registration_info.child.dateOfBirth: '${dateOfBirth}' is not a date written YYYY-MM-DD`);
  return { statusCode: 200, message: "The registration information is complete." };
};
