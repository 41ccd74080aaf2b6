/**
 * The request of a lambda:invoke task. `lambda.invoke(fn)` names the function once: `payload`
 * becomes the Payload beside it (a `ref(…)` or intrinsic as `"Payload.$"`, text as literal text,
 * as Step Functions reads a key without `.$`), and Parameters or Arguments that leave FunctionName
 * out get it from the helper. A request that names a different function, or a payload given
 * beside Parameters or Arguments, would drop one of the two silently: that is ASLC180.
 */
import type { Json } from "../ir/nodes.ts";
import type { Integration } from "../integrations/integration.ts";
import { templateToJson } from "../payload/to-json.ts";
import { DslError } from "./dsl-error.ts";
import type { SourceSite } from "../ir/nodes.ts";

export interface LambdaRequestInput {
  readonly state: string;
  readonly integration: Integration;
  readonly jsonata: boolean;
  /** The `payload` option as written. */
  readonly payload: unknown;
  /** The parsed Parameters (JSONPath) or Arguments (JSONata), if given. */
  readonly request: Json | undefined;
  readonly site: () => SourceSite | undefined;
}

function isObject(value: Json | undefined): value is { readonly [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The request to emit, or undefined when the task gives none (the helper's default is used then). */
export function lambdaInvokeRequest({ state, integration, jsonata, payload, request, site }: LambdaRequestInput): Json | undefined {
  const field = jsonata ? "Arguments" : "Parameters";
  const option = jsonata ? "arguments" : "parameters";
  const functionName = (integration.defaultParameters as { readonly FunctionName?: string } | undefined)?.FunctionName;
  if (payload !== undefined) {
    if (request !== undefined) throw new DslError("ASLC180", `state '${state}': give payload or ${option}, not both: payload fills the ${field}' Payload, and one would replace the other`, site());
    if (functionName === undefined) {
      throw new DslError("ASLC180", `state '${state}': payload needs the function lambda.invoke(fn) names; with a raw lambda:invoke Resource give ${option} with FunctionName and Payload`, site());
    }
    // `{ Payload: … }` through the template rules: a ref or intrinsic becomes "Payload.$".
    return { FunctionName: functionName, ...(templateToJson({ Payload: payload }, `state '${state}' payload`) as object) };
  }
  if (functionName === undefined || request === undefined) return request;
  if (!isObject(request)) {
    throw new DslError(
      "ASLC180",
      `state '${state}': lambda.invoke names the function '${functionName}', but the ${field} are one value that would replace it: give ${option} as an object (FunctionName is added) or give payload, or use the Resource "arn:aws:states:::lambda:invoke" to build the whole request yourself`,
      site(),
    );
  }
  if (Object.hasOwn(request, "FunctionName.$")) {
    throw new DslError(
      "ASLC180",
      `state '${state}': lambda.invoke names the function '${functionName}', but ${field}.FunctionName.$ chooses it at run time: keep one (for a function chosen at run time, use the Resource "arn:aws:states:::lambda:invoke")`,
      site(),
    );
  }
  if (!Object.hasOwn(request, "FunctionName")) return { FunctionName: functionName, ...request };
  if (request.FunctionName !== functionName) {
    throw new DslError(
      "ASLC180",
      `state '${state}': lambda.invoke names the function '${functionName}', but ${field}.FunctionName is ${JSON.stringify(request.FunctionName)}: name it once (leave FunctionName out of the ${field}, or give the same name)`,
      site(),
    );
  }
  return request;
}
