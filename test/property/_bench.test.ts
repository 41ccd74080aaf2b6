import { it } from "vitest";
import { aslValidatorProblems, statelintProblems } from "../support/validators.ts";
it("bench", () => {
  const def = { StartAt: "A", States: { A: { Type: "Pass", Parameters: { "x.$": "States.Format('{}', $.a)" }, Next: "B" }, B: { Type: "Succeed" } } };
  let t = performance.now();
  for (let i = 0; i < 50; i++) aslValidatorProblems(def);
  console.log("asl-validator ms/call", (performance.now() - t) / 50);
  t = performance.now();
  for (let i = 0; i < 50; i++) statelintProblems(def);
  console.log("statelint ms/call", (performance.now() - t) / 50);
});
