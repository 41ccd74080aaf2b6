/**
 * The fields ASL requires in each object, as the IR's types require them: a definition lacking
 * one cannot be held by the IR. Each table is tied to its IR type, so a field made required or
 * optional there does not compile until it is here too.
 */
import type { Catcher, ChoiceNode, ChoiceRule, ItemProcessor, ItemReader, MapNode, ParallelNode, PassNode, Retrier, SubMachine, TaskNode, WaitNode, WorkflowIR } from "@aslc/dsl";
import { CATCHER, CHOICE, CHOICE_RULE, ITEM_PROCESSOR, ITEM_READER, MAP, PARALLEL, PASS, RETRIER, SUB_MACHINE, TASK, WAIT, WORKFLOW, WRITER_CONFIG, type ObjectSpec } from "@aslc/dsl/internal";

/** Keys the reader fills itself (the node's tag and name, the integration a Resource names, the input schema). */
type Computed = "type" | "name" | "site" | "integration" | "inputSchema";

/** The keys an IR type requires, less those the reader computes. */
type RequiredKeys<T> = Exclude<{ [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T], Computed>;

type Required<T> = { readonly [K in RequiredKeys<T>]: true };

type WriterConfig = NonNullable<NonNullable<MapNode["resultWriter"]>["writerConfig"]>;

export const REQUIRED_FIELDS: ReadonlyMap<ObjectSpec, readonly string[]> = new Map<ObjectSpec, readonly string[]>([
  [WORKFLOW, keys({ startAt: true, states: true } satisfies Required<WorkflowIR>)],
  [TASK, keys({ resource: true, transition: true } satisfies Required<TaskNode>)],
  [PASS, keys({ transition: true } satisfies Required<PassNode>)],
  [WAIT, keys({ transition: true } satisfies Required<WaitNode>)],
  [CHOICE, keys({ choices: true } satisfies Required<ChoiceNode>)],
  [PARALLEL, keys({ branches: true, transition: true } satisfies Required<ParallelNode>)],
  [MAP, keys({ transition: true } satisfies Required<MapNode>)],
  [RETRIER, keys({ errorEquals: true } satisfies Required<Retrier>)],
  [CATCHER, keys({ errorEquals: true, next: true } satisfies Required<Catcher>)],
  [CHOICE_RULE, keys({ condition: true, next: true } satisfies Required<ChoiceRule>)],
  [SUB_MACHINE, keys({ startAt: true, states: true } satisfies Required<SubMachine>)],
  [ITEM_PROCESSOR, keys({ startAt: true, states: true } satisfies Required<ItemProcessor>)],
  [ITEM_READER, keys({ resource: true } satisfies Required<ItemReader>)],
  [WRITER_CONFIG, keys({ outputType: true } satisfies Required<WriterConfig>)],
]);

function keys(table: object): readonly string[] {
  return Object.keys(table);
}

/** Fields of which an object needs one: a Map's machine, in its current or deprecated form. */
export const ONE_OF_FIELDS: ReadonlyMap<ObjectSpec, readonly (readonly string[])[]> = new Map([[MAP, [["itemProcessor", "iterator"] satisfies (keyof MapNode)[]]]]);
