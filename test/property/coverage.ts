/**
 * What a run of generated workflows exercised, read from the emitted ASL: a generator that
 * silently stops producing some feature would otherwise leave the property passing while
 * testing less.
 */
import { beyondStatelint } from "../support/validators.ts";
import { INTRINSIC_NAMES } from "./generators/intrinsics.ts";
import { SPECIAL_NAMES } from "./generators/workflow-plan.ts";

type Definition = Record<string, unknown>;

/** Features every run is expected to reach, by name. */
export const EXPECTED_FEATURES = [
  ...["Task", "Pass", "Wait", "Choice", "Parallel", "Map", "Succeed", "Fail"].map((t) => `state:${t}`),
  ...["Seconds", "SecondsPath", "Timestamp", "TimestampPath"].map((f) => `wait:${f}`),
  ...INTRINSIC_NAMES.map((name) => `intrinsic:${name}`),
  ...["And", "Or", "Not", "StringMatches", "TimestampEquals", "NumericLessThanPath", "IsPresent"].map((op) => `choice:${op}`),
  ...[
    "lambda:invoke",
    "lambda:invoke.waitForTaskToken",
    "lambda-arn",
    "sns:publish",
    "sqs:sendMessage",
    "dynamodb:putItem",
    "dynamodb:getItem",
    "dynamodb:updateItem",
    "dynamodb:deleteItem",
    "ecs:runTask.sync",
    "states:startExecution",
    "events:putEvents",
    "aws-sdk",
    "activity",
    "placeholder",
  ].map((r) => `resource:${r}`),
  "map:INLINE",
  "map:DISTRIBUTED",
  "map:ItemReader",
  "map:ItemBatcher",
  "map:ResultWriter",
  "map:Label",
  "map:ToleratedFailurePercentage",
  "context:$$.Map.Item.Value",
  "context:$$.Task.Token",
  "context:$$.Execution.Id",
  "context:$$.State.EnteredTime",
  "retry:States.ALL",
  "catch:States.ALL",
  "branches:3",
  "loop",
  "name:80",
  "name:special",
  "field:special",
  "checked-by:statelint",
];

function resourceFeature(resource: string): string {
  if (resource.startsWith("${")) return "placeholder";
  if (/^arn:aws:lambda:/.test(resource)) return "lambda-arn";
  if (/:activity:/.test(resource)) return "activity";
  if (resource.includes(":::aws-sdk:")) return "aws-sdk";
  return resource.replace("arn:aws:states:::", "");
}

function conditionFeatures(rule: Definition, into: Set<string>): void {
  for (const [key, value] of Object.entries(rule)) {
    if (key === "And" || key === "Or") (value as Definition[]).forEach((inner) => conditionFeatures(inner, into));
    if (key === "Not") conditionFeatures(value as Definition, into);
    if (key !== "Variable" && key !== "Next" && key !== "Comment") into.add(`choice:${key}`);
  }
}

/** States that some transition reaches after the state itself was listed: a jump back. */
function jumpsBack(states: Definition): boolean {
  const order = new Map(Object.keys(states).map((name, i) => [name, i]));
  for (const [name, state] of Object.entries(states) as [string, Definition][]) {
    const targets = [state.Next, state.Default, ...((state.Choices as Definition[] | undefined) ?? []).map((r) => r.Next), ...((state.Catch as Definition[] | undefined) ?? []).map((c) => c.Next)];
    if (targets.some((t) => typeof t === "string" && order.get(t)! <= order.get(name)!)) return true;
  }
  return false;
}

function hasSpecialField(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, item]) => SPECIAL_NAMES.includes(key.replace(/\.\$$/, "")) || hasSpecialField(item));
}

function visitMachine(machine: Definition, into: Set<string>): void {
  const states = machine.States as Definition;
  if (jumpsBack(states)) into.add("loop");
  for (const [name, state] of Object.entries(states) as [string, Definition][]) {
    if ([...name].length === 80) into.add("name:80");
    if (SPECIAL_NAMES.includes(name)) into.add("name:special");
    if (hasSpecialField(state.ItemSelector) || hasSpecialField(state.Result)) into.add("field:special");
    into.add(`state:${String(state.Type)}`);
    if (state.Type === "Wait") for (const field of ["Seconds", "SecondsPath", "Timestamp", "TimestampPath"]) if (field in state) into.add(`wait:${field}`);
    if (state.Type === "Task") into.add(`resource:${resourceFeature(String(state.Resource))}`);
    if (state.Type === "Choice") (state.Choices as Definition[]).forEach((rule) => conditionFeatures(rule, into));
    if (state.Type === "Parallel") {
      const branches = state.Branches as Definition[];
      into.add(`branches:${branches.length}`);
      branches.forEach((b) => visitMachine(b, into));
    }
    if (state.Type === "Map") {
      const processor = state.ItemProcessor as Definition;
      const mode = ((processor.ProcessorConfig as Definition | undefined)?.Mode as string | undefined) ?? "INLINE";
      into.add(`map:${mode}`);
      for (const field of ["ItemReader", "ItemBatcher", "ResultWriter", "Label", "ToleratedFailurePercentage"]) if (field in state) into.add(`map:${field}`);
      visitMachine(processor, into);
    }
    for (const field of ["Retry", "Catch"] as const) {
      for (const entry of (state[field] as Definition[] | undefined) ?? []) {
        if ((entry.ErrorEquals as string[]).includes("States.ALL")) into.add(`${field.toLowerCase()}:States.ALL`);
      }
    }
  }
}

/** Records the features one emitted definition uses. */
export function recordFeatures(text: string, into: Set<string>): void {
  const definition = JSON.parse(text) as Definition;
  visitMachine(definition, into);
  if (!beyondStatelint(definition)) into.add("checked-by:statelint");
  for (const match of text.matchAll(/States\.([A-Za-z0-9]+)\(/g)) into.add(`intrinsic:${match[1]}`);
  for (const path of ["$$.Map.Item.Value", "$$.Task.Token", "$$.Execution.Id", "$$.State.EnteredTime"]) if (text.includes(path)) into.add(`context:${path}`);
}
