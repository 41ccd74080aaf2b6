/**
 * The context object (`$$`; JSONata `$states.context`): what Step Functions tells a state about
 * its execution. `Execution.Input` is the workflow's input, and `Map` exists only while a Map state
 * builds each iteration's input (its ItemSelector), where `Map.Item.Value` is the item: the schema
 * holds placeholders there, filled in by `contextObjectSchema` and, for types, by `ContextObject`.
 * https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html
 */
import { z, type ZodType } from "zod";
import type { Substitute } from "./substitute.ts";

const execution = z.object({
  Id: z.string(),
  Input: z.unknown(),
  Name: z.string(),
  RoleArn: z.string(),
  StartTime: z.string(),
  RedriveCount: z.number(),
  /** Only after the execution was redriven (and not in Express child workflows of a redriven Map Run). */
  RedriveTime: z.string().optional(),
});
const state = z.object({ EnteredTime: z.string(), Name: z.string(), RetryCount: z.number() });
const stateMachine = z.object({ Id: z.string(), Name: z.string() });
const task = z.object({ Token: z.string() });
const mapItem = z.object({ Index: z.number(), Value: z.unknown(), Key: z.string(), Source: z.string() });

/** The context object of a workflow whose input is `executionInput`; with `mapItem`, inside a Map's ItemSelector. */
export function contextObjectSchema(executionInput: ZodType, item?: ZodType): ZodType {
  return z.object({
    Execution: execution.extend({ Input: executionInput }),
    State: state,
    StateMachine: stateMachine,
    Task: task,
    ...(item ? { Map: z.object({ Item: mapItem.extend({ Value: item }) }) } : {}),
  });
}

type ExecutionFields = z.input<typeof execution>;
type StateFields = z.input<typeof state>;
type StateMachineFields = z.input<typeof stateMachine>;
type TaskFields = z.input<typeof task>;
type MapItemFields = z.input<typeof mapItem>;

/**
 * The shape of the context object, given the execution input and, inside a Map's ItemSelector,
 * the item. `$$.Map` exists only there, so reading it elsewhere is an error.
 */
export type ContextObject<Input, Item = never> = ContextBase<Input> & ([Item] extends [never] ? {} : { Map: { Item: Substitute<MapItemFields, "Value", Item> } });

interface ContextBase<Input> {
  Execution: Substitute<ExecutionFields, "Input", Input>;
  State: StateFields;
  StateMachine: StateMachineFields;
  Task: TaskFields;
}
