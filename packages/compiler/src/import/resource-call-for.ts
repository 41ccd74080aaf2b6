/** Chooses how an imported state names its work (see resource-call.ts). */
import type { TaskNode } from "@aslc/dsl";
import type { ZodType } from "zod";
import { taskResultSchema } from "../schema/task-results.ts";
import type { ResourceCall, ResourceContext } from "./resource-call.ts";
import { describedResultReads } from "./resources/described-result-reads.ts";
import { helperCallText } from "./resources/helper-call.ts";
import { namedWork } from "./resources/named-work.ts";
import { probeTask } from "./resources/probe-task.ts";
import { resultLacks } from "./resources/result-fits.ts";
import { taskCandidates, type QueryLanguage } from "./resources/task-candidates.ts";

export { readerCallFor, writerCallFor } from "./resources/map-resource-call.ts";

/** The state's language: as the importer knows it, else the state's own, else what its request says. */
function languageOf(task: TaskNode, context: ResourceContext): QueryLanguage {
  return context.queryLanguage ?? task.queryLanguage ?? (task.arguments !== undefined ? "JSONata" : "JSONPath");
}

/**
 * The typed helper call that emits the task's Resource and request exactly, and whose result
 * has every field `demanded` reads; undefined when none does, and the Resource is written as text.
 */
export function resourceCallFor(task: TaskNode, demanded?: ZodType, context: ResourceContext = {}): ResourceCall | undefined {
  const work = namedWork(task.resource, context.substitutions);
  if (work === undefined) return undefined;
  const language = languageOf(task, context);
  for (const candidate of taskCandidates(task, work, language)) {
    const probe = probeTask(task, candidate, language);
    if (probe === undefined) continue;
    // A result the helper types must hold what the workflow reads; a result the work decides is declared with `result`.
    const reads = demanded ?? (context.workflow === undefined ? undefined : describedResultReads(context.workflow).get(task.name));
    if (candidate.typedResult && reads !== undefined && resultLacks(reads, taskResultSchema(probe)) !== undefined) return undefined;
    return {
      imports: [candidate.call.name],
      resource: helperCallText(candidate.call),
      ...(candidate.options === undefined ? {} : { options: candidate.options }),
      typedResult: candidate.typedResult,
    };
  }
  return undefined;
}
