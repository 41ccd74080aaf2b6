/**
 * Every cross-cutting check runs over every field the field spec says it applies to: for each
 * field of each state kind (and of each nested object and list entry), a workflow holding a bad
 * value there, and the diagnostic at that field's place. A field added to the spec is covered by
 * every check its kind, language, twin and range call for, without a test of its own.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { StateNode, StateType, WorkflowIR } from "@aslc/dsl";
import { STATE_SPECS, type FieldSpec, type ObjectSpec } from "@aslc/dsl/internal";
import { validateWorkflow } from "@aslc/compiler";

type Language = "JSONPath" | "JSONata";
type Step = string | number;

interface Place {
  readonly type: StateType;
  readonly path: readonly Step[];
  readonly spec: FieldSpec;
  /** Its place in ASL, as diagnostics name it: "Catch[0].Output". */
  readonly field: string;
}

/** Every field of a state kind, at any depth of its own fields (the first entry of a list). */
function* placesOf(type: StateType, spec: ObjectSpec, path: readonly Step[] = [], field = ""): Generator<Place> {
  for (const [key, fieldSpec] of Object.entries(spec)) {
    if (fieldSpec.asl === null) continue;
    const here = `${field}${fieldSpec.asl}`;
    yield { type, path: [...path, key], spec: fieldSpec, field: here };
    if (fieldSpec.kind === "object") yield* placesOf(type, fieldSpec.nested!, [...path, key], `${here}.`);
    if (fieldSpec.kind === "list") yield* placesOf(type, fieldSpec.nested!, [...path, key, 0], `${here}[0].`);
  }
}

const ALL_PLACES = (Object.keys(STATE_SPECS) as StateType[]).flatMap((type) => [...placesOf(type, STATE_SPECS[type])]);

/** What a nested object or list entry holds before the field under test is set in it. */
const CONTAINERS: { readonly [key: string]: () => unknown } = {
  itemReader: () => ({ resource: "arn:aws:states:::s3:listObjectsV2" }),
  resultWriter: () => ({ resource: "arn:aws:states:::s3:putObject" }),
  writerConfig: () => ({ outputType: "JSON" }),
  readerConfig: () => ({}),
  itemBatcher: () => ({}),
  retry: () => [{ errorEquals: ["States.ALL"] }],
  catch: () => [{ errorEquals: ["States.ALL"], next: "Done" }],
};

function baseState(type: StateType, language: Language): Record<string, unknown> {
  const next = { transition: { next: "Done" } };
  switch (type) {
    case "Task":
      return { type, name: "S", resource: "arn:aws:lambda:us-east-1:123456789012:function:f", integration: { kind: "lambda-function", pattern: "request-response" }, ...next };
    case "Pass":
      return { type, name: "S", ...next };
    case "Wait":
      return { type, name: "S", seconds: 1, ...next };
    case "Choice": {
      const condition = language === "JSONata" ? { kind: "jsonata", expression: "{% true %}" } : { kind: "compare", variable: "$.a", operator: "IsPresent", operand: true };
      return { type, name: "S", choices: [{ condition, next: "Done" }], default: "Done" };
    }
    case "Succeed":
    case "Fail":
      return { type, name: "S" };
    case "Parallel":
      return { type, name: "S", branches: [{ startAt: "B", states: [{ type: "Pass", name: "B", transition: { end: true } }] }], ...next };
    case "Map":
      return { type, name: "S", itemProcessor: { mode: "DISTRIBUTED", executionType: "STANDARD", startAt: "I", states: [{ type: "Pass", name: "I", transition: { end: true } }] }, ...next };
  }
}

/** Sets a value at a path, creating the nested objects and list entries on the way. */
function setAt(target: Record<string, unknown>, path: readonly Step[], value: unknown): void {
  let holder: any = target;
  for (const [i, step] of path.slice(0, -1).entries()) {
    if (holder[step] === undefined) holder[step] = CONTAINERS[String(step)]?.() ?? (typeof path[i + 1] === "number" ? [{}] : {});
    holder = holder[step];
  }
  holder[path.at(-1)!] = value;
}

interface Setting {
  readonly path: readonly Step[];
  readonly value: unknown;
}

/** A workflow whose state S holds the given values; a state before it assigns `$v` = `{ a: 1 }`. */
function workflowWith(place: Place, language: Language, settings: readonly Setting[]): WorkflowIR {
  const state = baseState(place.type, language);
  for (const { path, value } of settings) setAt(state, path, value);
  const assign = language === "JSONata" ? { v: { a: "{% 1 %}" } } : { v: { a: 1 } };
  const states = [
    { type: "Pass", name: "Set", assign, transition: { next: "S" } },
    state,
    { type: "Succeed", name: "Done" },
  ] as unknown as StateNode[];
  return { name: "W", queryLanguage: language, startAt: "Set", states, inputSchema: z.object({ a: z.string() }) };
}

function diagnosticsFor(place: Place, language: Language, settings: readonly Setting[]) {
  return validateWorkflow(workflowWith(place, language, settings)).map((d) => `${d.code} ${d.message}`);
}

function expectReported(place: Place, language: Language, settings: readonly Setting[], code: string, text: string): void {
  const found = diagnosticsFor(place, language, settings);
  expect(
    found.some((d) => d.startsWith(code) && d.includes(text)),
    `${place.type} ${place.field}: expected ${code} mentioning ${JSON.stringify(text)}; got:\n${found.join("\n")}`,
  ).toBe(true);
}

const isPath = (spec: FieldSpec) => spec.kind === "path" || spec.kind === "reference-path";
const inJsonPath = (spec: FieldSpec) => spec.languages !== "JSONata";
const inJsonata = (spec: FieldSpec) => spec.languages !== "JSONPath";
/** A harmless value of the field's kind, in a language it belongs to. */
const sample = (spec: FieldSpec): unknown => (isPath(spec) ? "$.a" : spec.kind === "scalar" ? 1 : { x: 1 });

const label = (place: Place) => `${place.type} ${place.field}`;
const where = (places: readonly Place[]) => places.map((p) => [label(p), p] as const);

describe("every check over every field the spec says it applies to", () => {
  const jsonPathOnly = ALL_PLACES.filter((p) => p.spec.languages === "JSONPath");
  it.each(where(jsonPathOnly))("ASLC131: %s in a JSONata state is refused, with what to write instead", (_, place) => {
    expectReported(place, "JSONata", [{ path: place.path, value: sample(place.spec) }], "ASLC131", `(${place.field}) is a JSONPath field; in a JSONata state ${place.spec.instead ?? "give "}`);
  });

  const jsonataOnly = ALL_PLACES.filter((p) => p.spec.languages === "JSONata");
  it.each(where(jsonataOnly))("ASLC134: %s in a JSONPath state is refused", (_, place) => {
    expectReported(place, "JSONPath", [{ path: place.path, value: { x: 1 } }], "ASLC134", `(${place.field}) is a JSONata field`);
  });

  const paths = ALL_PLACES.filter((p) => isPath(p.spec));
  it.each(where(paths))("ASLC124: %s holding what is not a path", (_, place) => {
    expectReported(place, "JSONPath", [{ path: place.path, value: "not a path" }], "ASLC124", `${place.field} 'not a path'`);
  });
  it.each(where(paths))("ASLC124: %s holding a number", (_, place) => {
    expectReported(place, "JSONPath", [{ path: place.path, value: 7 }], "ASLC124", `${place.field} is number 7, not a path`);
  });

  const templates = ALL_PLACES.filter((p) => p.spec.kind === "payload" && inJsonPath(p.spec));
  it.each(where(templates))("ASLC122: %s holding a `.$` value that is not a path", (_, place) => {
    expectReported(place, "JSONPath", [{ path: place.path, value: { "x.$": "nope" } }], "ASLC122", `${place.field}.x.$: 'nope' is not a path`);
  });

  const reads = ALL_PLACES.filter((p) => inJsonPath(p.spec) && ((isPath(p.spec) && !p.spec.writes) || p.spec.kind === "payload"));
  it.each(where(reads))("ASLC146: %s reading a variable nothing assigns", (_, place) => {
    const value = place.spec.kind === "payload" ? { "x.$": "$ghost" } : "$ghost";
    expectReported(place, "JSONPath", [{ path: place.path, value }], "ASLC146", "reads $ghost");
  });
  it.each(where(reads))("ASLC152: %s reading a field the variable does not have", (_, place) => {
    const value = place.spec.kind === "payload" ? { "x.$": "$v.missing" } : "$v.missing";
    expectReported(place, "JSONPath", [{ path: place.path, value }], "ASLC152", place.field);
  });

  const twins = ALL_PLACES.filter((p) => p.spec.twin !== undefined && !isPath(p.spec));
  it.each(where(twins))("ASLC111: %s and its twin together", (_, place) => {
    const twinPath = [...place.path.slice(0, -1), place.spec.twin!];
    expectReported(place, "JSONPath", [{ path: place.path, value: 1 }, { path: twinPath, value: "$.a" }], "ASLC111", `give ${place.field} or`);
  });

  const ranged = ALL_PLACES.filter((p) => p.spec.range !== undefined);
  it.each(where(ranged))("the range of %s: below it, and a fraction where a whole number is due", (_, place) => {
    const range = place.spec.range!;
    expectReported(place, "JSONPath", [{ path: place.path, value: range.min - 1 }], range.code, `${place.field} is ${range.min - 1}; it must be`);
    if (range.max !== undefined) expectReported(place, "JSONPath", [{ path: place.path, value: range.max + 1 }], range.code, `${place.field} is ${range.max + 1}`);
    if (range.integer) expectReported(place, "JSONPath", [{ path: place.path, value: range.min + 0.5 }], range.code, `${place.field} is ${range.min + 0.5}`);
    expect(diagnosticsFor(place, "JSONPath", [{ path: place.path, value: range.min }]).filter((d) => d.includes(`${place.field} is`))).toEqual([]);
  });

  const scalars = ALL_PLACES.filter((p) => p.spec.kind === "scalar");
  it.each(where(scalars))("ASLC135: %s holding an expression in a JSONPath state", (_, place) => {
    expectReported(place, "JSONPath", [{ path: place.path, value: "{% 1 %}" }], "ASLC135", `(${place.field}) is the expression`);
  });

  const jsonataValues = ALL_PLACES.filter((p) => p.spec.kind === "payload" && inJsonata(p.spec));
  // An Assign's keys name variables; in any other JSONata value a key ending in .$ is a literal
  // key, which Step Functions passes on as written (LocalStack's AWS-validated outputdecl
  // BASE_LITERALS creates and runs such an Output).
  it.each(where(jsonataValues))("ASLC133: %s with a `.$` key in a JSONata state: refused in an Assign only", (_, place) => {
    const settings = [{ path: place.path, value: { "x.$": "$.a" } }];
    if (place.field.endsWith("Assign")) expectReported(place, "JSONata", settings, "ASLC133", `${place.field}.x.$: a key ending in .$ is JSONPath`);
    else expect(diagnosticsFor(place, "JSONata", settings).filter((d) => d.startsWith("ASLC133"))).toEqual([]);
  });

  it("covers every field the spec has", () => {
    // The spec's own size: a field that no check applies to is listed here, so a new kind is a deliberate choice.
    const unchecked = ALL_PLACES.filter((p) => ![jsonPathOnly, jsonataOnly, paths, templates, twins, ranged, scalars, jsonataValues].some((list) => list.includes(p)));
    expect(new Set(unchecked.map((p) => p.spec.kind))).toEqual(new Set(["text", "language", "list", "enum", "strings", "target", "condition", "transition", "object", "machine", "machines"]));
  });
});
