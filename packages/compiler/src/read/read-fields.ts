/**
 * The field spec walked backwards: an ASL object read into its IR object, field by field, by
 * what kind of value each field holds (one reader per FieldKind). A key no field of the object
 * claims is reported, never dropped in silence; a value the IR cannot hold (a list where an
 * object belongs) is reported too, while a value of the wrong JSON type that the IR can carry
 * (a string TimeoutSeconds) is carried as written for the compiler's checks to report.
 */
import { integrationFromArn, TASK, type FieldKind, type FieldSpec, type ObjectSpec } from "@aslc/dsl/internal";
import { placeholderFor, isIntrinsic } from "./cloudformation-intrinsics.ts";
import type { NodePath } from "./definition-source.ts";
import type { ReadContext } from "./read-context.ts";
import { CONDITION_KEYS, readCondition } from "./read-condition.ts";
import { checkCredentials } from "./read-credentials.ts";
import { readStates } from "./read-states.ts";
import { ONE_OF_FIELDS, REQUIRED_FIELDS } from "./required-fields.ts";
import { reportUnknownField } from "./unknown-field.ts";

/** Where an object is read: for messages, and the state it belongs to. */
export interface ReadScope {
  readonly ctx: ReadContext;
  /** The state the object is in; undefined for the definition itself. */
  readonly state: string | undefined;
  /** The object as messages name it: "Task state", "Catch[0]", "the definition". */
  readonly label: string;
}

/** One field being read from its ASL object. */
interface FieldRead {
  readonly key: string;
  readonly spec: FieldSpec;
  /** The ASL object holding the field (a group's own object for a grouped field). */
  readonly node: AslNode;
  readonly path: NodePath;
  readonly owner: ObjectSpec;
  /** The IR fields read so far, in spec order. */
  readonly read: { readonly [key: string]: unknown };
  readonly scope: ReadScope;
}

export type AslNode = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is AslNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The ASL keys a field is read from. */
export function keysOf(spec: FieldSpec): readonly string[] {
  if (spec.asl === null) return [];
  if (spec.kind === "transition") return ["Next", "End"];
  if (spec.kind === "condition") return CONDITION_KEYS;
  return [spec.group ?? spec.asl];
}

const ASL_KEYS = new WeakMap<ObjectSpec, ReadonlySet<string>>();

/** Every ASL key an object of this spec may hold (worked out once per spec). */
export function aslKeysOf(spec: ObjectSpec): ReadonlySet<string> {
  let keys = ASL_KEYS.get(spec);
  if (keys === undefined) ASL_KEYS.set(spec, (keys = new Set(Object.values(spec).flatMap(keysOf))));
  return keys;
}

const GROUPS = new WeakMap<ObjectSpec, ReadonlyMap<string, ReadonlySet<string>>>();

/** A spec's groups (ProcessorConfig) and the ASL names of their members (worked out once per spec). */
function groupsOf(spec: ObjectSpec): ReadonlyMap<string, ReadonlySet<string>> {
  let groups = GROUPS.get(spec);
  if (groups === undefined) {
    const found = new Map<string, Set<string>>();
    for (const field of Object.values(spec)) {
      if (field.group !== undefined && field.asl !== null) found.set(field.group, (found.get(field.group) ?? new Set()).add(field.asl));
    }
    GROUPS.set(spec, (groups = found));
  }
  return groups;
}

function valueOf(field: FieldRead): unknown {
  return Object.hasOwn(field.node, field.spec.asl!) ? field.node[field.spec.asl!] : undefined;
}

function at(field: FieldRead, ...rest: (string | number)[]): NodePath {
  return [...field.path, field.spec.asl!, ...rest];
}

/** A value written as is; an intrinsic in a text field becomes its placeholder. */
function literal(field: FieldRead): unknown {
  const value = valueOf(field);
  if (!isIntrinsic(value)) return value;
  const where = `${field.scope.state ?? "Definition"}.${field.spec.asl}`;
  return placeholderFor(value, where, field.scope.ctx.intrinsics, field.scope.ctx.placeholders);
}

function asIs(field: FieldRead): unknown {
  return valueOf(field);
}

/** Where CloudFormation resolves intrinsics inside the definition before Step Functions reads it. */
const TEMPLATE_FORMATS: ReadonlySet<string> = new Set(["sam", "cloudformation", "serverless"]);

/**
 * A payload template or a JSON value (Parameters, Result, Arguments, …) as written, but for the
 * intrinsics in it, each read as its placeholder named by where it stands: in a template, every
 * intrinsic; in a definition file, the `Fn::…` ones, which are CloudFormation's own syntax (a
 * definition taken out of a template), while `{"Ref": "x"}` or `{"Condition": "x"}` may be data.
 */
function template(field: FieldRead): unknown {
  const value = valueOf(field);
  const { ctx, state } = field.scope;
  const inTemplate = TEMPLATE_FORMATS.has(ctx.source.format);
  const walk = (node: unknown, where: string): unknown => {
    if (isIntrinsic(node) && (inTemplate || Object.keys(node)[0]!.startsWith("Fn::"))) return placeholderFor(node, where, ctx.intrinsics, ctx.placeholders);
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${where}.${i}`));
    if (typeof node !== "object" || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item, `${where}.${key}`)]));
  };
  return walk(value, `${state ?? "Definition"}.${field.spec.asl}`);
}

/** A payload template, its intrinsics read as placeholders; Credentials must name its role. */
function payload(field: FieldRead): unknown {
  if (field.spec.asl === "Credentials") checkCredentials(valueOf(field), at(field), field.scope);
  return template(field);
}

/** Reports a value the IR cannot hold, naming what it should be. */
function wrongShape(field: FieldRead, path: NodePath, what: string, should: string): undefined {
  field.scope.ctx.report("ASLC413", path, field.scope.state, `${field.scope.label}: ${what} must be ${should}`);
  return undefined;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  return value === null ? "null" : typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

function nestedObject(field: FieldRead, value: unknown, path: NodePath, label: string): object | undefined {
  if (!isObject(value)) return wrongShape(field, path, label, `an object, not ${describe(value)}`);
  return readObject(value, field.spec.nested!, path, { ...field.scope, label });
}

/** A nested object (ItemReader, ItemProcessor), read by its own spec. */
function nested(field: FieldRead): unknown {
  const value = valueOf(field);
  return value === undefined ? undefined : nestedObject(field, value, at(field), field.spec.asl!);
}

/** A list of nested objects (Retry, Catch, Choices, Branches), in their order. */
function nestedList(field: FieldRead): unknown[] | undefined {
  const value = valueOf(field);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return wrongShape(field, at(field), field.spec.asl!, `a list, not ${describe(value)}`);
  const entries = value.map((entry, i) => nestedObject(field, entry, at(field, i), `${field.spec.asl}[${i}]`));
  return entries.some((entry) => entry === undefined) ? undefined : entries;
}

/** Next or End: one of them, End only as true (the IR holds nothing else). */
function transition(field: FieldRead): unknown {
  const { node, scope } = field;
  const hasNext = Object.hasOwn(node, "Next");
  const hasEnd = Object.hasOwn(node, "End");
  if (hasEnd && node["End"] !== true) {
    scope.ctx.report("ASLC414", [...field.path, "End"], scope.state, `End is ${JSON.stringify(node["End"])}; it can only be true: ${hasNext ? "remove End and keep Next" : "write End: true, or give Next instead"}`);
    return undefined;
  }
  if (hasNext && hasEnd) {
    scope.ctx.report("ASLC414", [...field.path, "End"], scope.state, "give Next or End: true, not both");
    return undefined;
  }
  if (hasEnd) return { end: true };
  if (!hasNext) return undefined;
  const next = node["Next"];
  if (typeof next !== "string") {
    scope.ctx.report("ASLC413", [...field.path, "Next"], scope.state, `${scope.label}: Next must be a state's name, not ${describe(next)}`);
    return undefined;
  }
  return { next };
}

/** Text (a Resource, a state name, a Comment): the IR holds nothing else, and the checks read it as text. */
function text(field: FieldRead): unknown {
  const value = literal(field);
  if (value === undefined || typeof value === "string") return value;
  return wrongShape(field, at(field), field.spec.asl!, `text, not ${describe(value)}`);
}

/** One of the values ASL gives the field (Mode, JitterStrategy, InputType, …). */
function oneOf(field: FieldRead): unknown {
  const value = literal(field);
  const values = field.spec.values ?? [];
  if (value === undefined || values.includes(value as string)) return value;
  field.scope.ctx.report("ASLC416", at(field), field.scope.state, `${field.scope.label}: ${field.spec.asl} is ${JSON.stringify(value)}; it must be one of ${values.join(", ")}`);
  return undefined;
}

const READERS: { readonly [K in FieldKind]: (field: FieldRead) => unknown } = {
  text,
  enum: oneOf,
  number: literal,
  path: literal,
  "reference-path": literal,
  scalar: literal,
  target: text,
  language: asIs,
  payload,
  json: template,
  strings: (field) => {
    const value = valueOf(field);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return wrongShape(field, at(field), field.spec.asl!, `a list of names, not ${describe(value)}`);
    const notText = value.findIndex((entry) => typeof entry !== "string");
    if (notText >= 0) return wrongShape(field, at(field, notText), `${field.spec.asl}[${notText}]`, `a name, not ${describe(value[notText])}`);
    return value;
  },
  transition,
  condition: (field) => readCondition(field.node, field.path, field.scope),
  // A nested machine is an object like any other: its States are read by the `states` reader.
  object: nested,
  machine: nested,
  list: nestedList,
  machines: nestedList,
  states: (field) => {
    const value = valueOf(field);
    if (value === undefined) return undefined;
    if (!isObject(value)) return wrongShape(field, at(field), "States", `an object of states by name, not ${describe(value)}`);
    return readStates(value, at(field), field.scope.ctx);
  },
  // A Task's Resource names its integration; a Distributed Map's reader and writer keep a plain
  // Resource as written, and the request check classifies it there.
  integration: (field) => (field.owner === TASK && typeof field.read["resource"] === "string" ? integrationFromArn(field.read["resource"]).info : undefined),
  schema: () => undefined,
};

/** Which of a field's ASL keys the object holds. */
function written(node: AslNode, spec: FieldSpec): boolean {
  return keysOf(spec).some((key) => Object.hasOwn(node, key));
}

/**
 * Reads an ASL object into its IR object by the spec: every field in spec order, unknown keys
 * (`skip` aside: a state's Type) reported, required fields checked.
 */
export function readObject(node: AslNode, spec: ObjectSpec, path: NodePath, scope: ReadScope, skip: ReadonlySet<string> = new Set()): { [key: string]: unknown } {
  const known = aslKeysOf(spec);
  for (const key of Object.keys(node)) {
    if (!known.has(key) && !skip.has(key)) reportUnknownField(key, [...path, key], known, spec, scope);
  }
  const groupsReadable = new Map<string, boolean>();
  for (const [group, memberKeys] of groupsOf(spec)) {
    if (!Object.hasOwn(node, group)) continue;
    const value = node[group];
    if (!isObject(value)) {
      scope.ctx.report("ASLC413", [...path, group], scope.state, `${scope.label}: ${group} must be an object, not ${describe(value)}`);
      groupsReadable.set(group, false);
      continue;
    }
    groupsReadable.set(group, true);
    for (const key of Object.keys(value)) {
      if (!memberKeys.has(key)) reportUnknownField(key, [...path, group, key], memberKeys, spec, { ...scope, label: group });
    }
  }
  const read: { [key: string]: unknown } = {};
  const required = REQUIRED_FIELDS.get(spec) ?? [];
  for (const [key, fieldSpec] of Object.entries(spec)) {
    let field: FieldRead;
    if (fieldSpec.group !== undefined) {
      if (groupsReadable.get(fieldSpec.group) !== true) continue;
      field = { key, spec: fieldSpec, node: node[fieldSpec.group] as AslNode, path: [...path, fieldSpec.group], owner: spec, read, scope };
    } else {
      field = { key, spec: fieldSpec, node, path, owner: spec, read, scope };
    }
    const value = READERS[fieldSpec.kind](field);
    if (value !== undefined) read[key] = value;
    else if (required.includes(key) && !written(node, fieldSpec)) reportMissing(describeField(fieldSpec), path, scope);
  }
  for (const alternatives of ONE_OF_FIELDS.get(spec) ?? []) {
    if (alternatives.every((key) => !written(node, spec[key]!))) reportMissing(alternatives.map((key) => describeField(spec[key]!)).join(" or "), path, scope);
  }
  return read;
}

function describeField(spec: FieldSpec): string {
  if (spec.kind === "transition") return "Next or End: true";
  if (spec.kind === "condition") return "a test (Variable with a comparison, And, Or or Not; or a JSONata Condition)";
  return spec.asl!;
}

function reportMissing(what: string, path: NodePath, scope: ReadScope): void {
  scope.ctx.report("ASLC411", path, scope.state, `${scope.label} lacks ${what}: give it`);
}
