/**
 * Writes a Task's work through a candidate helper in a one-state workflow of the DSL, lowered as
 * `aslc build` lowers it, and tells whether it emits the state's Resource and request (equal as
 * JSON) and whether the compiler's request check (validate/requests.ts) takes the request.
 */
import { buildWorkflow, ref, workflow, type Json, type TaskNode, type WorkflowIR } from "@aslc/dsl";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import { checkRequests } from "../../validate/requests.ts";
import { Report } from "../../validate/report.ts";
import { helperCallValue } from "./helper-call.ts";
import type { Candidate, QueryLanguage } from "./task-candidates.ts";

/** The builder options a candidate gives: its options (a `.$` key as `ref(…)`), or the state's request as it is. */
function requestOptions(task: TaskNode, candidate: Candidate): { readonly [option: string]: unknown } {
  if (candidate.options === undefined) return { parameters: task.parameters, arguments: task.arguments };
  const options: { [option: string]: unknown } = {};
  for (const [key, value] of Object.entries(candidate.options)) {
    if (value === undefined) continue;
    if (key.endsWith(".$")) options[key.slice(0, -2)] = ref(value as string);
    else options[key] = value;
  }
  return options;
}

/** What a Task emits of its work: the Resource and the request. */
function workOf(task: TaskNode): Json[] {
  return [task.resource, task.parameters ?? null, task.arguments ?? null];
}

/** The probe's one Task, when the candidate emits the state's work exactly and its request passes the check; else undefined. */
export function probeTask(task: TaskNode, candidate: Candidate, language: QueryLanguage): TaskNode | undefined {
  let built: WorkflowIR;
  try {
    const chain = workflow("Probe", { input: z.unknown(), queryLanguage: language }) as unknown as { task(name: string, options: object): unknown };
    built = buildWorkflow(chain.task("Probe", { resource: helperCallValue(candidate.call), ...requestOptions(task, candidate) }));
  } catch {
    // The helper or the builder refuses what the state holds.
    return undefined;
  }
  const probe = built.states[0] as TaskNode;
  // Equal as JSON: the order of an object's keys means nothing to Step Functions.
  if (!isDeepStrictEqual(workOf(probe), workOf(task))) return undefined;
  const report = new Report(built);
  checkRequests(built, report);
  return report.diagnostics.length === 0 ? probe : undefined;
}
