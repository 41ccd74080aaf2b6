/** A JSONata machine: a Map over `Items`, each item reshaped by ItemSelector, results put in Output. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const validMapItems: CorpusRebuild = {
  corpus: "asl-validator/src___tests___definitions_valid-map-items.json",
  workflow: workflow("ValidMapItems", { input: z.object({}), queryLanguage: "JSONata", comment: "A test for valid map items in JSONata" })
    .pass("SetupAnimals", { output: { animals: ["Lion", "Cheetah", "Elephant"] } })
    .map(
      "ProcessAnimals",
      {
        items: "{% $states.input.animals %}",
        itemSelector: { animalName: "{% $states.context.Map.Item.Value %}" },
        output: { processResults: "{% $states.result %}" },
      },
      (item) => item.pass("NoOp"),
    ),
};
