/** The SAM template deploys what the compiler emitted, with the permissions each part needs. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { policyTemplates, readSamTemplate, referencedResource, resourcesOfType } from "../../../test/support/sam-template.ts";

const file = (name: string) => new URL(`../${name}`, import.meta.url);
const template = readSamTemplate(fileURLToPath(file("template.yaml")));
const stateMachine = template.Resources.DaycareRegistrationStateMachine!;
const substitutions: Record<string, unknown> = stateMachine.Properties!.DefinitionSubstitutions;
const emitted: { substitutions: string[] } = JSON.parse(readFileSync(file("DaycareRegistration.substitutions.json"), "utf8"));

describe("daycare-registration template.yaml", () => {
  it("substitutes exactly the placeholders the compiler emitted", () => {
    expect(stateMachine.Properties!.DefinitionUri).toBe("DaycareRegistration.asl.json");
    expect(Object.keys(substitutions).sort()).toEqual(emitted.substitutions);
  });

  it("lets the state machine invoke each of the four functions it names, and nothing else", () => {
    const functions = resourcesOfType(template, "AWS::Serverless::Function").map(([id]) => id);
    const invoked = policyTemplates(stateMachine).map((p) => (p.name === "LambdaInvokePolicy" ? referencedResource(p.argument.FunctionName) : p.name));
    expect(invoked.sort()).toEqual(functions.sort());
    expect(Object.values(substitutions).map(referencedResource).sort()).toEqual(functions.sort());
  });

  it("configures the number of free spots", () => {
    expect(template.Resources.CheckSpotsAvailabilityFunction!.Properties!.Environment.Variables).toEqual({ SPOTS_AVAILABLE: { Ref: "SpotsAvailable" } });
  });
});
