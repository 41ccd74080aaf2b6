/**
 * The editor benchmark's reference rows check each growing-payload workflow's own text against
 * stand-ins for the DSL (bench/editor/reference/). A row is a measurement only while the text
 * checks cleanly against its stand-in: a method the generator starts calling that a stand-in
 * lacks would make it time an error report instead.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { againstStandIn, scenarios } from "../../bench/editor/scenarios.ts";
import { errorsIn } from "../support/language-service.ts";
import { REPO } from "../support/temp-project.ts";

/** Where errorsIn keeps its files. */
const SERVICE_DIR = path.join(REPO, ".tmp", "language-service");

const referenced = scenarios().filter((s) => s.references.length > 0);

describe("the editor benchmark's stand-in builders", () => {
  it("stand in for the growing-payload workflows", () => {
    expect(referenced.map((s) => s.name)).toEqual(["growing-50", "growing-100"]);
  });

  for (const scenario of referenced) {
    for (const reference of scenario.references) {
      it(`check ${scenario.name} against ${reference.name} with no error`, () => {
        const source = againstStandIn(scenario.source, reference, SERVICE_DIR);
        expect(source).not.toContain("@aslc/dsl");
        expect(errorsIn(source)).toEqual([]);
      });
    }
  }

  it("refuses a workflow that does not import the DSL", () => {
    expect(() => againstStandIn(`import { z } from "zod";\n`, referenced[0]!.references[0]!, SERVICE_DIR)).toThrow(/no longer imports the DSL/);
  });
});
