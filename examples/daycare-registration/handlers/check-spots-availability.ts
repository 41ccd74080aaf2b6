/**
 * The Lambda handler of task "checkSpotsAvailability" in workflow "DaycareRegistration": is a
 * spot free?
 */
import { checkSpotsAvailabilityEventSchema, type CheckSpotsAvailabilityHandler } from "../DaycareRegistration.contracts.js";

/** How many spots are free right now. */
export type SpotCount = () => Promise<number>;

/**
 * The count the template configures (SPOTS_AVAILABLE, from the SpotsAvailable parameter). A
 * daycare that records its registrations would count the free spots in that table instead.
 */
export const configuredSpots: SpotCount = async () => {
  const configured = process.env.SPOTS_AVAILABLE ?? "";
  if (!/^\d+$/.test(configured)) throw new Error(`SPOTS_AVAILABLE must be a whole number of spots, not '${configured}'`);
  return Number(configured);
};

export function createCheckSpotsAvailabilityHandler(spotsAvailable: SpotCount = configuredSpots): CheckSpotsAvailabilityHandler {
  return async (event) => {
    checkSpotsAvailabilityEventSchema.parse(event);
    const spots = await spotsAvailable();
    if (spots <= 0) return { statusCode: 400, message: "No spots available in the daycare." };
    return { statusCode: 200, message: `${spots} spots are available.` };
  };
}

export const handler: CheckSpotsAvailabilityHandler = createCheckSpotsAvailabilityHandler();
