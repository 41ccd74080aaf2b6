import { describe, expect, it } from "vitest";
import { inferSchemas } from "../../packages/compiler/src/import/infer-schemas.ts";
import { zodSource } from "../../packages/compiler/src/emit/handlers/zod-source.ts";
import { workflowIr } from "./infer-ir.ts";

const LAMBDA = "arn:aws:states:::lambda:invoke";

function inferred(definition: Record<string, unknown>) {
  const { input, results } = inferSchemas(workflowIr(definition));
  return { input: zodSource(input), results: Object.fromEntries([...results].map(([name, schema]) => [name, zodSource(schema)])) };
}

describe("inferSchemas", () => {
  it("types what Choice rules compare, and leaves the rest unknown", () => {
    const { input } = inferred({
      StartAt: "Route",
      States: {
        Route: {
          Type: "Choice",
          Choices: [
            { Variable: "$.order.express", BooleanEquals: true, Next: "Done" },
            { Variable: "$.order.total", NumericGreaterThan: 100, Next: "Done" },
            { And: [{ Variable: "$.customer.tier", StringEquals: "gold" }, { Variable: "$.placedAt", TimestampLessThan: "2026-01-01T00:00:00Z" }], Next: "Done" },
          ],
          Default: "Done",
        },
        Done: { Type: "Pass", Parameters: { "note.$": "$.note" }, End: true },
      },
    });
    console.log(input);
  });
});
