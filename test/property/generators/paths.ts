/**
 * JSONPath strings in the forms every validator involved agrees on: field names start with a
 * letter (statelint reads names as Unicode identifiers), indexes follow a name, and general
 * paths add wildcards, slices, unions and recursive descent, but no filter expressions, which
 * statelint does not parse.
 */
import fc from "fast-check";

const FIELD_NAMES = ["order", "items", "total", "customer", "status", "id", "payload", "detail", "café", "größe", "名前", "x1", "camelCase", "snake_case"];

const fieldName = fc.constantFrom(...FIELD_NAMES);

const referenceSegment = fc.oneof(
  { weight: 4, arbitrary: fieldName.map((name) => `.${name}`) },
  { weight: 1, arbitrary: fieldName.map((name) => `['${name}']`) },
  { weight: 1, arbitrary: fc.tuple(fieldName, fc.nat({ max: 20 })).map(([name, index]) => `.${name}[${index}]`) },
);

/** Selects one node: `$`, `$.order.items[0]`, `$['café'].id`. */
export const referencePath: fc.Arbitrary<string> = fc
  .array(referenceSegment, { minLength: 0, maxLength: 3 })
  .map((segments) => `$${segments.join("")}`);

/** A reference path below the root (Choice variables and ItemsPath read a field). */
export const fieldPath: fc.Arbitrary<string> = fc
  .array(referenceSegment, { minLength: 1, maxLength: 3 })
  .map((segments) => `$${segments.join("")}`);

const pathTail = fc.constantFrom("[*]", ".*", "[1:3]", "[:2]", "[0, 2]", "[*].id", "..id", "..total");

/** A path that may select several nodes: `$.items[*].total`, `$..id`, `$.items[1:3]`. */
export const generalPath: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: referencePath },
  { weight: 2, arbitrary: fc.tuple(fieldPath, pathTail).map(([head, tail]) => head + tail) },
);

/** Context object paths readable in any state. */
export const contextPath = fc.constantFrom(
  "$$.Execution.Id",
  "$$.Execution.Name",
  "$$.Execution.StartTime",
  "$$.Execution.Input",
  "$$.Execution.Input.customer",
  "$$.Execution.RoleArn",
  "$$.State.EnteredTime",
  "$$.State.Name",
  "$$.State.RetryCount",
  "$$.StateMachine.Id",
  "$$.StateMachine.Name",
);

/** Context paths an ItemSelector can read about the current item. */
export const mapItemPath = fc.constantFrom("$$.Map.Item.Value", "$$.Map.Item.Index", "$$.Map.Item.Value.id", "$$.Map.Item.Value['sku']");

export const TASK_TOKEN_PATH = "$$.Task.Token";
