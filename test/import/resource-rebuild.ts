/**
 * What the importer writes for a resource call, done again the way an author's module runs: the
 * call's text evaluated with the DSL's names it imports, its options given to the builder (a `.$`
 * key as `ref(…)`), and the Task it builds emitted as ASL.
 */
import * as dsl from "@aslc/dsl";
import { buildWorkflow, ref, workflow } from "@aslc/dsl";
import { aslDefinition } from "@aslc/compiler";
import { z } from "zod";
import type { ResourceCall } from "../../packages/compiler/src/import/resource-call.ts";

export type Language = "JSONPath" | "JSONata";

/** The call's text, run with the names it imports from the DSL. */
export function evaluate(call: ResourceCall): unknown {
  const names = [...call.imports];
  return new Function(...names, `return ${call.resource};`)(...names.map((name) => (dsl as Record<string, unknown>)[name]));
}

/** The builder options the importer writes: the call's (a `.$` key as `ref(…)`), else the state's request. */
function requestOptions(call: ResourceCall, state: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (call.options === undefined) return { parameters: state.Parameters, arguments: state.Arguments };
  return Object.fromEntries(
    Object.entries(call.options)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => (key.endsWith(".$") ? [key.slice(0, -2), ref(value as string)] : [key, value])),
  );
}

/** The Task the call builds, as emitted. */
export function emitted(call: ResourceCall, state: Readonly<Record<string, unknown>>, language: Language): Record<string, unknown> {
  const chain = workflow("Rebuilt", { input: z.unknown(), queryLanguage: language }) as unknown as { task(name: string, options: object): unknown };
  const definition = aslDefinition(buildWorkflow(chain.task("Call", { resource: evaluate(call), ...requestOptions(call, state) }))) as { States: { Call: Record<string, unknown> } };
  return definition.States.Call;
}

const WORK = ["Resource", "Parameters", "Arguments"] as const;

/** What a state (or an ItemReader / ResultWriter) says of its work: the Resource and the request. */
export const workOf = (state: Readonly<Record<string, unknown>>): unknown[] => WORK.map((field) => state[field] ?? null);
