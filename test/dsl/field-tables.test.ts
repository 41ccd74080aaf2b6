/**
 * The DSL README's field reference is generated from the field spec: this fails when one
 * changed without the other (run `npx tsx scripts/field-tables.ts` to rewrite the README).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { README, withFieldTables } from "../../scripts/field-tables.ts";

describe("the DSL README's field reference", () => {
  it("is the one the field spec gives", () => {
    const readme = readFileSync(README, "utf8");
    expect(readme).toBe(withFieldTables(readme));
  });
});
