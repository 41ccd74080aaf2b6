/** An inline Map over a list held in a variable, its ItemSelector formatting each item with a template from the input, its iterations reading another variable. */
import { z } from "zod";
import { workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

export const mapItemsFromVariable: CorpusRebuild = {
  corpus: "localstack-sfn-templates/tests_aws_services_stepfunctions_templates_assign_statemachines_map_state_reference_in_items_path.json",
  workflow: workflow("MapItemsFromVariable", { input: z.object({}), comment: "MAP_STATE_REFERENCE_IN_ITEMS_PATH" })
    .pass("Start", { assign: { Question: "Who's that Pokemon?", PokemonList: ["Charizard", "Pikachu", "Squirtle"] }, result: { AnswerTemplate: "It's {}!" } })
    .map(
      "MapIterateState",
      { mode: "INLINE", maxConcurrency: 1, itemsPath: "$PokemonList", itemSelector: { "AnnouncePokemon.$": "States.Format($.AnswerTemplate, $$.Map.Item.Value)" } },
      (item) => item.pass("Pass", { parameters: { "Question.$": "$Question", "Answer.$": "$.AnnouncePokemon" } }),
    ),
  escapes: [
    {
      kind: "raw intrinsic",
      where: "State MapIterateState ItemSelector AnnouncePokemon.$",
      why: "States.Format's template is read from the input ($.AnswerTemplate); the typed States.Format takes only a literal template (a path is refused by the types, and throws a TypeError when the module loads)",
    },
  ],
};
