/**
 * A typed integration helper's call, once: the source text the importer writes (`sns.publish()`,
 * `ecs.runTask({ sync: true })`, `awsSdk("s3", "getObject")`) and the value the same call makes
 * now, so what the text will emit can be checked before it is written.
 */
import { apigateway, athena, awsSdk, batch, bedrock, codebuild, dynamodb, ecs, eks, events, glue, http, lambda, s3, sagemaker, service, sns, sqs, states } from "@aslc/dsl";

/** The helpers by the name they are imported as; a described integration's is `<service>.<action>`. */
const NAMESPACES: { readonly [name: string]: { readonly [method: string]: (...args: never[]) => unknown } } = {
  apigateway, athena, batch, bedrock, codebuild, dynamodb, ecs, eks, events, glue, http, lambda, s3, sagemaker, sns, sqs, states,
};

/** Helpers that are functions of their own. */
const FUNCTIONS: { readonly [name: string]: (...args: never[]) => unknown } = { awsSdk, service };

/** An argument: text, or an options object whose values are text or true. */
export type HelperArgument = string | { readonly [option: string]: string | boolean };

export interface HelperCall {
  /** The helper's namespace (`sns`), or the function (`awsSdk`). */
  readonly name: string;
  /** The namespace's method (`publish`); absent for a function. */
  readonly method?: string;
  readonly args: readonly HelperArgument[];
}

/** Whether the DSL has this helper. */
export function hasHelper(name: string, method?: string): boolean {
  return method === undefined ? Object.hasOwn(FUNCTIONS, name) : Object.hasOwn(NAMESPACES, name) && Object.hasOwn(NAMESPACES[name]!, method);
}

/** The options argument is left out when empty, as an author would. */
function writtenArgs(call: HelperCall): readonly HelperArgument[] {
  const last = call.args.at(-1);
  return typeof last === "object" && Object.keys(last).length === 0 ? call.args.slice(0, -1) : call.args;
}

function argumentText(arg: HelperArgument): string {
  if (typeof arg === "string") return JSON.stringify(arg);
  return `{ ${Object.entries(arg).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(", ")} }`;
}

export function helperCallText(call: HelperCall): string {
  const callee = call.method === undefined ? call.name : `${call.name}.${call.method}`;
  return `${callee}(${writtenArgs(call).map(argumentText).join(", ")})`;
}

/** What the call makes; it throws where the helper refuses its arguments. */
export function helperCallValue(call: HelperCall): unknown {
  const args = writtenArgs(call) as never[];
  return call.method === undefined ? FUNCTIONS[call.name]!(...args) : NAMESPACES[call.name]![call.method]!(...args);
}
