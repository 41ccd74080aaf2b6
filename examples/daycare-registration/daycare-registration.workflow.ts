/**
 * Registers a child at the daycare. Three checks run in turn (the form is complete, the child's
 * age is within range, a spot is free); each answers with a statusCode, and a Choice after each
 * either goes on (200) or ends in a Fail state that says which check failed and why. Then the
 * registration is confirmed with its fees and start date.
 *
 * The registration stays in the payload, typed, all the way through: each check records its
 * verdict beside it (ResultPath) instead of replacing it.
 */
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";

const Parent = z.object({ firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string() });

/** The form as parents submit it; checkInformation makes sure the required parts are there. */
const Registration = z.object({
  registration_info: z.object({
    child: z.object({ firstName: z.string(), lastName: z.string(), dateOfBirth: z.string().describe("YYYY-MM-DD") }),
    parents: z.object({ mother: Parent.optional(), father: Parent.optional() }),
    daysOfWeek: z.array(z.string()),
    specialInstructions: z.string().optional(),
  }),
});

/** Every check's verdict: 200 to go on, 400 with the reason to stop. */
const Verdict = z.object({ statusCode: z.number(), message: z.string() });
const AgeVerdict = Verdict.extend({ age: z.number().describe("whole years on the day of the check") });
const Confirmation = z.object({ fees: z.number().describe("monthly fees"), start_date: z.string().describe("YYYY-MM-DD") });

export default workflow("DaycareRegistration", { input: Registration, comment: "Registers a child at the daycare" })
  .task("checkInformation", { resource: lambda.function("${CheckInformationFunctionArn}"), result: Verdict, resultPath: "$.informationCheck" })
  .choice("Information complete?", (c) =>
    c
      .when(c.numericEquals("$.informationCheck.statusCode", 200), (b) => b)
      .otherwise((b) => b.fail("Information incomplete", { error: "InformationIncomplete", causePath: "$.informationCheck.message" })),
  )
  .task("checkAgeRange", { resource: lambda.function("${CheckAgeRangeFunctionArn}"), result: AgeVerdict, resultPath: "$.ageCheck" })
  .choice("Age in range?", (c) =>
    c
      .when(c.numericEquals("$.ageCheck.statusCode", 200), (b) => b)
      .otherwise((b) => b.fail("Age out of range", { error: "AgeOutOfRange", causePath: "$.ageCheck.message" })),
  )
  .task("checkSpotsAvailability", { resource: lambda.function("${CheckSpotsAvailabilityFunctionArn}"), result: Verdict, resultPath: "$.spotsCheck" })
  .choice("Spots available?", (c) =>
    c
      .when(c.numericEquals("$.spotsCheck.statusCode", 200), (b) => b)
      .otherwise((b) => b.fail("No spots available", { error: "NoSpotsAvailable", causePath: "$.spotsCheck.message" })),
  )
  .task("confirmRegistration", { resource: lambda.function("${ConfirmRegistrationFunctionArn}"), result: Confirmation, resultPath: "$.confirmation" })
  .succeed("Registration confirmed");
