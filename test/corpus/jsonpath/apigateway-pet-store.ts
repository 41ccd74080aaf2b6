/**
 * API Gateway calls: POST a pet, fail when the response lists errors, else GET the pets; each
 * response narrowed to its body by ResultSelector.
 */
import { z } from "zod";
import { apigateway, workflow } from "@aslc/dsl";
import type { CorpusRebuild } from "../rebuild.ts";

const Input = z.object({ NewPet: z.object({ type: z.string(), price: z.number() }) });
const Response = z.object({ ResponseBody: z.object({ errors: z.array(z.unknown()).optional() }) });

export const apigatewayPetStore: CorpusRebuild = {
  corpus: "sfn-devguide/doc_source_sample-apigateway-workflow__md-block0.json",
  workflow: workflow("ApigatewayPetStore", { input: Input, comment: "Calling APIGW REST Endpoint" })
    .task("Add Pet to Store", {
      resource: apigateway.invoke(),
      parameters: { ApiEndpoint: "<POST_PETS_API_ENDPOINT>", Method: "POST", Stage: "default", Path: "pets", "RequestBody.$": "$.NewPet", AuthType: "IAM_ROLE" },
      result: Response,
      resultSelector: { "ResponseBody.$": "$.ResponseBody" },
    })
    .choice("Pet was Added Successfully?", (c) => c.when(c.isPresent("$.ResponseBody.errors", true), (b) => b.fail("Failure")).otherwise((b) => b))
    .task("Retrieve Pet Store Data", {
      resource: apigateway.invoke(),
      parameters: { ApiEndpoint: "<GET_PETS_API_ENDPOINT>", Method: "GET", Stage: "default", Path: "pets", AuthType: "IAM_ROLE" },
      resultSelector: { "Pets.$": "$.ResponseBody" },
      resultPath: "$.ExistingPets",
    }),
  escapes: [
    { kind: "unknown schema", where: "The POST response's ResponseBody.errors", why: "the definition tests only that errors is present, not what it holds" },
  ],
};
