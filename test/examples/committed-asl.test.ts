/**
 * Every definition committed under examples/ is valid ASL by both public validators: asl-validator
 * always, @wmfs/statelint where it knows every field used (not Distributed Map, JSONata or
 * variables). Placeholders are substituted as SAM would before statelint sees them.
 */
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { beyondStatelint, validatorProblems } from "../support/validators.ts";
import { EXAMPLES, exampleFolders, filesEndingWith, readJson } from "./example-files.ts";

const definitions = exampleFolders().flatMap((example) => filesEndingWith(example, ".asl.json"));

describe("committed ASL under examples/", () => {
  it("has a definition for every example", () => {
    expect(definitions.map((path) => relative(EXAMPLES, path))).toEqual([
      "daycare-registration/DaycareRegistration.asl.json",
      "order-processing/OrderProcessing.asl.json",
      "order-processing-jsonata/OrderProcessingJsonata.asl.json",
      "place-order/PlaceOrder.asl.json",
      "stock-trading/StockTrading.asl.json",
    ]);
  });

  it.each(definitions.map((path) => [relative(EXAMPLES, path), path]))("%s passes the validators", (_, path) => {
    expect(validatorProblems(readJson(path))).toEqual([]);
  });

  it("leaves only the Distributed Map and JSONata examples to asl-validator alone", () => {
    const beyond = definitions.filter((path) => beyondStatelint(readJson(path))).map((path) => relative(EXAMPLES, path));
    expect(beyond).toEqual(["order-processing/OrderProcessing.asl.json", "order-processing-jsonata/OrderProcessingJsonata.asl.json"]);
  });
});
