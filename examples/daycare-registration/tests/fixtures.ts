/** The registrations the tests submit, and the day they are submitted on. */
import seed from "../events/seed-registration.json" with { type: "json" };
import toddler from "../events/toddler-registration.json" with { type: "json" };
import type { CheckInformationEvent } from "../DaycareRegistration.contracts.ts";

/** The day the tests run on: the toddler (born 2023-05-14) is 3, the seed's child (born 2016-07-01) is 10. */
export const TODAY = new Date("2026-11-21T09:30:00Z");
export const clock = () => TODAY;

export const toddlerRegistration: CheckInformationEvent = toddler;
export const seedRegistration: CheckInformationEvent = seed;

/** The toddler's registration with the child born on another day. */
export function bornOn(dateOfBirth: string): CheckInformationEvent {
  const registration = structuredClone(toddlerRegistration);
  registration.registration_info.child.dateOfBirth = dateOfBirth;
  return registration;
}

/** The toddler's registration without one of its fields. */
export function without(field: "child" | "parents" | "daysOfWeek"): CheckInformationEvent {
  const registration = structuredClone(toddlerRegistration);
  delete (registration.registration_info as Partial<CheckInformationEvent["registration_info"]>)[field];
  return registration;
}
