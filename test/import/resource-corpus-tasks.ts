/**
 * The corpus's Task states (and Distributed Map readers and writers) as the IR holds them, each
 * with its effective query language and where it is, for the resource-call tests.
 */
import type { ItemReader, TaskNode } from "@aslc/dsl";
import { integrationFromArn } from "@aslc/dsl/internal";
import { readDefinition, readManifest } from "../corpus/corpus-files.ts";
import type { Language } from "./resource-rebuild.ts";

export interface CorpusTaskNode {
  readonly where: string;
  readonly language: Language;
  /** The state as written in the definition. */
  readonly state: Readonly<Record<string, unknown>>;
  readonly task: TaskNode;
}

export interface CorpusPlaced {
  readonly where: string;
  readonly place: "ItemReader" | "ResultWriter";
  readonly language: Language;
  readonly written: Readonly<Record<string, unknown>>;
  /** The request as the IR holds it; its Resource is text. */
  readonly entry: ItemReader;
}

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function* statesOf(machine: unknown, language: Language): Generator<{ name: string; state: Fields; language: Language }> {
  if (!isFields(machine) || !isFields(machine.States)) return;
  for (const [name, state] of Object.entries(machine.States)) {
    if (!isFields(state)) continue;
    const own = state.QueryLanguage === "JSONata" || state.QueryLanguage === "JSONPath" ? state.QueryLanguage : language;
    yield { name, state, language: own };
    for (const branch of Array.isArray(state.Branches) ? state.Branches : []) yield* statesOf(branch, own);
    yield* statesOf(state.ItemProcessor, own);
    yield* statesOf(state.Iterator, own);
  }
}

/** Every corpus file's states, with the file's name. */
function* corpusStates(folder: string): Generator<{ where: string; state: Fields; language: Language }> {
  for (const file of readManifest(folder).keys()) {
    const definition = readDefinition(folder, file) as Fields;
    const language: Language = definition.QueryLanguage === "JSONata" ? "JSONata" : "JSONPath";
    for (const { name, state, language: own } of statesOf(definition, language)) yield { where: `${file} ${name}`, state, language: own };
  }
}

/** Every Task whose Resource is text, as the reader gives it: its Resource classified, its request as written. */
export function corpusTaskNodes(folder: string): CorpusTaskNode[] {
  const found: CorpusTaskNode[] = [];
  for (const { where, state, language } of corpusStates(folder)) {
    if (state.Type !== "Task" || typeof state.Resource !== "string") continue;
    const task = {
      type: "Task",
      name: where,
      resource: state.Resource,
      integration: integrationFromArn(state.Resource).info,
      ...(state.Parameters === undefined ? {} : { parameters: state.Parameters }),
      ...(state.Arguments === undefined ? {} : { arguments: state.Arguments }),
      transition: { kind: "end" },
    } as unknown as TaskNode;
    found.push({ where, language, state, task });
  }
  return found;
}

/** Every ItemReader and ResultWriter whose Resource is text. */
export function corpusPlaced(folder: string): CorpusPlaced[] {
  const found: CorpusPlaced[] = [];
  for (const { where, state, language } of corpusStates(folder)) {
    if (state.Type !== "Map") continue;
    for (const place of ["ItemReader", "ResultWriter"] as const) {
      const written = state[place];
      if (!isFields(written) || typeof written.Resource !== "string") continue;
      const entry = {
        resource: written.Resource,
        ...(written.Parameters === undefined ? {} : { parameters: written.Parameters }),
        ...(written.Arguments === undefined ? {} : { arguments: written.Arguments }),
      } as ItemReader;
      found.push({ where, place, language, written, entry });
    }
  }
  return found;
}
