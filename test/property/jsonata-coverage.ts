/**
 * What a run of random JSONata workflows exercised, read from the emitted ASL, so a generator
 * that stops producing a feature makes the property fail instead of quietly testing less.
 */
type Definition = Record<string, unknown>;

const KINDS = ["Task", "Pass", "Wait", "Choice", "Parallel", "Map", "Succeed", "Fail"];
const NUMERIC = ["TimeoutSeconds", "HeartbeatSeconds", "Seconds", "MaxConcurrency", "ToleratedFailureCount", "ToleratedFailurePercentage"];

/** Features every run is expected to reach, by name. */
export const EXPECTED_JSONATA_FEATURES = [
  "machine:JSONata",
  "machine:JSONPath with JSONata states",
  ...KINDS.map((kind) => `jsonata:${kind}`),
  ...["Arguments", "Output", "Assign", "Items", "ItemSelector", "Credentials", "Timestamp"].map((field) => `field:${field}`),
  ...NUMERIC.map((field) => `expression:${field}`),
  "rule:Output",
  "rule:Assign",
  "catcher:Output",
  "catcher:Assign",
  "reads:variable",
  "reads:variable assigned by a JSONPath state",
  "reads:variable assigned by a catcher",
  "map:DISTRIBUTED",
  "jsonpath:Task",
];

const isExpression = (value: unknown): boolean => typeof value === "string" && value.startsWith("{%") && value.endsWith("%}");

/** Every string in a value, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value !== "object" || value === null) return [];
  return Object.values(value).flatMap(strings);
}

interface Visit {
  readonly machineJsonata: boolean;
  /** Variables by name, with who assigned them. */
  readonly assigners: Map<string, string>;
  readonly into: Set<string>;
}

function visitMachine(machine: Definition, visit: Visit): void {
  const states = machine.States as Record<string, Definition>;
  for (const state of Object.values(states)) {
    const jsonata = (state.QueryLanguage ?? (visit.machineJsonata ? "JSONata" : "JSONPath")) === "JSONata";
    const type = String(state.Type);
    visit.into.add(`${jsonata ? "jsonata" : "jsonpath"}:${type}`);
    if (jsonata) {
      for (const field of ["Arguments", "Output", "Assign", "Items", "ItemSelector", "Credentials", "Timestamp"]) if (field in state) visit.into.add(`field:${field}`);
      for (const field of NUMERIC) if (isExpression(state[field])) visit.into.add(`expression:${field}`);
    }
    for (const name of Object.keys((state.Assign as Definition | undefined) ?? {})) visit.assigners.set(name, jsonata ? "JSONata" : "JSONPath");
    for (const rule of (state.Choices as Definition[] | undefined) ?? []) for (const field of ["Output", "Assign"]) if (field in rule) visit.into.add(`rule:${field}`);
    for (const catcher of (state.Catch as Definition[] | undefined) ?? []) {
      for (const field of ["Output", "Assign"]) if (field in catcher) visit.into.add(`catcher:${field}`);
      for (const name of Object.keys((catcher.Assign as Definition | undefined) ?? {})) visit.assigners.set(name, "catcher");
    }
    const processor = state.ItemProcessor as Definition | undefined;
    if (processor && (processor.ProcessorConfig as Definition | undefined)?.Mode === "DISTRIBUTED") visit.into.add("map:DISTRIBUTED");
    for (const inner of [...((state.Branches as Definition[] | undefined) ?? []), ...(processor ? [processor] : [])]) visitMachine(inner, visit);
  }
}

/** Records the features one emitted definition uses. */
export function recordJsonataFeatures(definition: Definition, into: Set<string>): void {
  const machineJsonata = definition.QueryLanguage === "JSONata";
  const visit: Visit = { machineJsonata, assigners: new Map(), into };
  visitMachine(definition, visit);
  if (machineJsonata) into.add("machine:JSONata");
  else if (into.has("field:Output") || JSON.stringify(definition).includes('"QueryLanguage":"JSONata"')) into.add("machine:JSONPath with JSONata states");
  for (const text of strings(definition.States).filter(isExpression)) {
    for (const match of text.matchAll(/\$(v\d+)\b/g)) {
      into.add("reads:variable");
      const assigner = visit.assigners.get(match[1]!);
      if (assigner === "JSONPath") into.add("reads:variable assigned by a JSONPath state");
      if (assigner === "catcher") into.add("reads:variable assigned by a catcher");
    }
  }
}
