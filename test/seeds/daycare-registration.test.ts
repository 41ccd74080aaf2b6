/** Seed 003: daycare registration, a Choice on statusCode after each check and a Fail for each failed check. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lambda, workflow } from "@aslc/dsl";
import { emitted } from "../support/emit.ts";
import { validatorProblems } from "../support/validators.ts";

const Person = z.object({ firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string() });
const Registration = z.object({
  registration_info: z.object({
    child: z.object({ firstName: z.string(), lastName: z.string(), dateOfBirth: z.string() }),
    parents: z.object({ mother: Person, father: Person }),
    daysOfWeek: z.array(z.string()),
    specialInstructions: z.string().optional(),
  }),
});
/** Every check answers with an HTTP-like status and a JSON body (the registration, or a message). */
const CheckResponse = z.object({ statusCode: z.number(), body: z.string() });

const check = (name: string, arnName: string) => ({
  resource: lambda.invoke(`\${${arnName}}`),
  result: CheckResponse,
  outputPath: "$.Payload" as const,
});

export const daycare = workflow("DaycareRegistration", { input: Registration, comment: "Registers a child at the daycare" })
  .task("checkInformation", check("checkInformation", "CheckInformationFunctionArn"))
  .choice("Information complete?", (c) =>
    c.when(c.numericEquals("$.statusCode", 200), (b) => b).otherwise((b) => b.fail("Information incomplete", { error: "InformationIncomplete", causePath: "$.body" })),
  )
  .task("checkAgeRange", check("checkAgeRange", "CheckAgeRangeFunctionArn"))
  .choice("Age in range?", (c) =>
    c.when(c.numericEquals("$.statusCode", 200), (b) => b).otherwise((b) => b.fail("Age out of range", { error: "AgeOutOfRange", causePath: "$.body" })),
  )
  .task("checkSpotsAvailability", check("checkSpotsAvailability", "CheckSpotsAvailabilityFunctionArn"))
  .choice("Spots available?", (c) =>
    c.when(c.numericEquals("$.statusCode", 200), (b) => b).otherwise((b) => b.fail("No spots available", { error: "NoSpotsAvailable", causePath: "$.body" })),
  )
  .task("confirmRegistration", check("confirmRegistration", "ConfirmRegistrationFunctionArn"))
  .succeed("Registration confirmed");

const invoke = (arnName: string, next: string) => ({
  Type: "Task",
  Resource: "arn:aws:states:::lambda:invoke",
  Parameters: { FunctionName: `\${${arnName}}`, "Payload.$": "$" },
  OutputPath: "$.Payload",
  Next: next,
});
const gate = (next: string, failed: string) => ({
  Type: "Choice",
  Choices: [{ Variable: "$.statusCode", NumericEquals: 200, Next: next }],
  Default: failed,
});

const expected = {
  Comment: "Registers a child at the daycare",
  StartAt: "checkInformation",
  States: {
    checkInformation: invoke("CheckInformationFunctionArn", "Information complete?"),
    "Information complete?": gate("checkAgeRange", "Information incomplete"),
    "Information incomplete": { Type: "Fail", Error: "InformationIncomplete", CausePath: "$.body" },
    checkAgeRange: invoke("CheckAgeRangeFunctionArn", "Age in range?"),
    "Age in range?": gate("checkSpotsAvailability", "Age out of range"),
    "Age out of range": { Type: "Fail", Error: "AgeOutOfRange", CausePath: "$.body" },
    checkSpotsAvailability: invoke("CheckSpotsAvailabilityFunctionArn", "Spots available?"),
    "Spots available?": gate("confirmRegistration", "No spots available"),
    "No spots available": { Type: "Fail", Error: "NoSpotsAvailable", CausePath: "$.body" },
    confirmRegistration: invoke("ConfirmRegistrationFunctionArn", "Registration confirmed"),
    "Registration confirmed": { Type: "Succeed" },
  },
};

describe("seed: daycare registration", () => {
  it("emits a Choice on statusCode after each check and a Fail for each failure", () => {
    expect(emitted(daycare)).toEqual(expected);
  });

  it("is accepted by asl-validator and statelint", () => {
    expect(validatorProblems(emitted(daycare))).toEqual([]);
  });
});
