/**
 * The provenance flow: the payload followed through every state as Step Functions passes it
 * (InputPath, Parameters, the work, ResultSelector, ResultPath, OutputPath, catchers' error
 * output, Parallel branches, Map items; JSONata's Arguments, Output and Items), each part kept
 * as where it came from, and every path a state reads recorded as a demand on that origin.
 *
 * Each scope is swept in IR order, each state taking the union of what its predecessors hand
 * it. A loop can bring a state more than it had, so sweeps repeat until no transition carries
 * anything new: values only grow, and a value that would grow without end (a loop that nests
 * its own input) is cut off (symbolic-value.ts), so the sweeps settle. Demands are recorded on
 * every sweep; a later sweep's values hold the earlier ones', so nothing read is lost. Workflow
 * variables are taken flow-insensitively: each is the union of everything assigned to it
 * anywhere, and the whole flow runs again while an assignment adds to them.
 */
import { integrationDescriptor, processorOf, successors, type Condition, type Json, type MapNode, type QueryLanguage, type StateNode, type SubMachine, type TaskNode, type WorkflowIR } from "@aslc/dsl";
import { fieldsOf, isExpressionText } from "@aslc/dsl/internal";
import { readJsonataValue, type StatesScope } from "./jsonata-reads.ts";
import { Needs, type Demand } from "./needs.ts";
import { requestReads, type RequestRead } from "./request-demands.ts";
import { demandOf, readPath, readTemplate, readValue, type ReadScope } from "./path-reads.ts";
import { at, keyOf, OPAQUE, readAt, unionOf, writeAt, type Symbolic } from "./symbolic-value.ts";
import { parsePath } from "../../schema/json-path.ts";
import { resultEnvelope } from "./result-envelope.ts";
import { demandLoopAgreement } from "./loop-agreement.ts";

/** Sweeps of one scope after which a loop still adding to its payload is left as it is. */
const MAX_SWEEPS = 12;
/** Runs of the whole flow after which variables still growing are left as they are. */
const MAX_RUNS = 6;

export function provenanceFlow(workflow: WorkflowIR): Needs {
  const variables = new Map<string, Symbolic>();
  for (let run = 1; ; run++) {
    const needs = new Needs();
    const flow = new Flow(workflow, needs, variables);
    flow.runScope(workflow, at("input"));
    if (!flow.variablesGrew || run >= MAX_RUNS) return needs;
  }
}

/** One state's effect: what each transition carries, and what it returns when it ends its scope. */
interface Step {
  readonly edges: readonly { readonly target: string; readonly value: Symbolic }[];
  readonly terminal?: Symbolic;
}

class Flow {
  variablesGrew = false;

  constructor(
    private readonly workflow: WorkflowIR,
    private readonly needs: Needs,
    private readonly variables: Map<string, Symbolic>,
  ) {}

  /** What a scope returns: the union of what its terminal states hand on. */
  runScope(machine: SubMachine, entry: Symbolic): Symbolic {
    const arrivals = new Map<string, Map<string, Symbolic>>();
    const terminals = new Map<string, Symbolic>();
    for (let sweep = 1; sweep <= MAX_SWEEPS; sweep++) {
      let changed = false;
      for (const state of machine.states) {
        const arriving = [...(arrivals.get(state.name)?.values() ?? [])];
        if (state.name === machine.startAt) arriving.unshift(entry);
        if (arriving.length === 0) continue;
        const step = this.transfer(state, unionOf(arriving));
        step.edges.forEach((edge, i) => {
          let byEdge = arrivals.get(edge.target);
          if (!byEdge) arrivals.set(edge.target, (byEdge = new Map()));
          const id = `${state.name}\u0000${i}`;
          const before = byEdge.get(id);
          if (before && keyOf(before) === keyOf(edge.value)) return;
          byEdge.set(id, edge.value);
          changed = true;
        });
        if (step.terminal) terminals.set(state.name, step.terminal);
      }
      if (!changed) break;
    }
    this.agreeOnLoops(machine, entry, arrivals);
    return unionOf([...terminals.values()]);
  }

  /** At each state a loop comes back to, what the loop brings must fit what enters (loop-agreement.ts). */
  private agreeOnLoops(machine: SubMachine, entry: Symbolic, arrivals: ReadonlyMap<string, ReadonlyMap<string, Symbolic>>): void {
    const reach = reachability(machine);
    for (const state of machine.states) {
      const entering: Symbolic[] = state.name === machine.startAt ? [entry] : [];
      const looping: Symbolic[] = [];
      for (const [id, value] of arrivals.get(state.name) ?? []) {
        const source = id.slice(0, id.indexOf("\u0000"));
        (reach.get(state.name)?.has(source) ? looping : entering).push(value);
      }
      if (looping.length > 0) demandLoopAgreement(entering, looping, this.needs);
    }
  }

  private languageOf(state: StateNode): QueryLanguage {
    return state.queryLanguage ?? this.workflow.queryLanguage ?? "JSONPath";
  }

  private transfer(state: StateNode, input: Symbolic): Step {
    return this.languageOf(state) === "JSONata" ? this.jsonataTransfer(state, input) : this.jsonPathTransfer(state, input);
  }

  /** The context object: the execution input, and in an ItemSelector the item. */
  private context(item?: Symbolic): Symbolic {
    const fields = new Map<string, Symbolic>([["Execution", { kind: "object", fields: new Map([["Input", at("input")]]) }]]);
    if (item) fields.set("Map", { kind: "object", fields: new Map([["Item", { kind: "object", fields: new Map([["Value", item]]) }]]) });
    return { kind: "object", fields };
  }

  private scope(payload: Symbolic, item?: Symbolic): ReadScope {
    return { payload, context: this.context(item), variables: this.variables, needs: this.needs };
  }

  private assign(values: Symbolic): void {
    if (values.kind !== "object") return;
    for (const [name, value] of values.fields) {
      const before = this.variables.get(name);
      const after = before ? unionOf([before, value]) : value;
      if (before && keyOf(before) === keyOf(after)) continue;
      this.variables.set(name, after);
      this.variablesGrew = true;
    }
  }

  private jsonPathTransfer(state: StateNode, input: Symbolic): Step {
    const filter = (payload: Symbolic, path: string | null | undefined): Symbolic => {
      if (path === null) return OPAQUE;
      if (path === undefined) return payload;
      return readPath(path, this.scope(payload));
    };
    const effective = state.type === "Fail" ? input : filter(input, state.inputPath);
    this.readPathFields(state, input, effective);
    /** ResultSelector, ResultPath and OutputPath around a result; Assign reads the selected result. */
    const finish = (result: Symbolic, node: { resultSelector?: Json; resultPath?: string | null; outputPath?: string | null; assign?: Json }) => {
      const selected = node.resultSelector === undefined ? result : readTemplate(node.resultSelector, this.scope(result));
      this.assign(readTemplate(node.assign, this.scope(selected)));
      return filter(written(input, node.resultPath, selected), node.outputPath);
    };
    const onError = (catcher: { resultPath?: string | null; assign?: Json }) => {
      this.assign(readTemplate(catcher.assign, this.scope(OPAQUE)));
      return written(input, catcher.resultPath, OPAQUE);
    };

    switch (state.type) {
      case "Task": {
        readTemplate(state.parameters, this.scope(effective));
        for (const read of this.requestReads(state, state.parameters)) readValue(read.value, this.scope(effective), read.demand);
        readTemplate(state.credentials, this.scope(input));
        return this.leave(state, finish(this.taskResult(state), state), onError);
      }
      case "Pass": {
        const result: Symbolic = state.result !== undefined ? { kind: "constant", value: state.result } : state.parameters !== undefined ? readTemplate(state.parameters, this.scope(effective)) : effective;
        this.assign(readTemplate(state.assign, this.scope(result)));
        return this.leave(state, filter(written(input, state.resultPath, result), state.outputPath), onError);
      }
      case "Wait": {
        this.assign(readTemplate(state.assign, this.scope(effective)));
        return this.leave(state, filter(effective, state.outputPath), onError);
      }
      case "Choice": {
        this.assign(readTemplate(state.assign, this.scope(effective)));
        state.choices.forEach((rule) => {
          this.readCondition(rule.condition, this.scope(effective));
          this.assign(readTemplate(rule.assign, this.scope(effective)));
        });
        const output = filter(effective, state.outputPath);
        return { edges: successors(state).map((edge) => ({ target: edge.target, value: output })) };
      }
      case "Succeed":
        return { edges: [], terminal: filter(effective, state.outputPath) };
      case "Fail":
        return { edges: [] };
      case "Parallel": {
        const branchInput = state.parameters !== undefined ? readTemplate(state.parameters, this.scope(effective)) : effective;
        const result: Symbolic = { kind: "tuple", items: state.branches.map((branch) => this.runScope(branch, branchInput)) };
        return this.leave(state, finish(result, state), onError);
      }
      case "Map": {
        const items = state.itemReader ? OPAQUE : readAt(readPath(state.itemsPath ?? "$", this.scope(effective), "array"), ["element"]);
        // The deprecated Parameters of a Map is its ItemSelector under the older name.
        const selector = state.parameters ?? state.itemSelector;
        const item = selector !== undefined ? readTemplate(selector, this.scope(effective, items)) : items;
        const processed = this.runScope(processorOf(state), this.batched(state, item, effective));
        return this.leave(state, finish(state.resultWriter ? OPAQUE : { kind: "array", element: processed }, state), onError);
      }
    }
  }

  /** What an iteration receives when an ItemBatcher groups the items. */
  private batched(state: MapNode, item: Symbolic, effective: Symbolic): Symbolic {
    if (!state.itemBatcher) return item;
    const fields = new Map<string, Symbolic>([["Items", { kind: "array", element: item }]]);
    if (state.itemBatcher.batchInput !== undefined) fields.set("BatchInput", readTemplate(state.itemBatcher.batchInput, this.scope(effective)));
    return { kind: "object", fields };
  }

  /**
   * The `…Path` twins of scalar fields (SecondsPath, TimestampPath, TimeoutSecondsPath, ErrorPath,
   * MaxItemsPath, …) hold what their twin holds; the templates of nested objects (ItemReader,
   * ResultWriter) are read too. The field spec says which fields these are and what they read.
   */
  private readPathFields(state: StateNode, input: Symbolic, effective: Symbolic): void {
    for (const place of fieldsOf(state)) {
      const payload = place.spec.reads === "input" ? input : effective;
      if (place.spec.kind === "reference-path" && place.spec.twin && !place.spec.writes && typeof place.value === "string") {
        const twin = place.owner[place.spec.twin];
        readValue(place.value, this.scope(payload), valueDemand(twin?.value));
      }
      if (place.spec.kind === "payload" && place.field.includes(".") && place.spec.reads !== "error-output" && !place.field.startsWith("Choices") && !place.field.startsWith("ItemBatcher")) {
        readTemplate(place.value as Json, this.scope(payload));
      }
    }
  }

  private readCondition(condition: Condition, scope: ReadScope): void {
    switch (condition.kind) {
      case "compare": {
        const demand = operatorDemand(condition.operator);
        readPath(condition.variable, scope, demand);
        if (condition.operator.endsWith("Path") && typeof condition.operand === "string") readPath(condition.operand, scope, demand);
        return;
      }
      case "and":
      case "or":
        condition.conditions.forEach((c) => this.readCondition(c, scope));
        return;
      case "not":
        this.readCondition(condition.condition, scope);
        return;
      case "jsonata":
        return;
    }
  }

  /**
   * What a task's work returns: its own origin, inside lambda:invoke's envelope for a handler's
   * value. A described service's result is an origin too: what is read from it is what its
   * typed helper's result must hold.
   */
  private taskResult(task: TaskNode): Symbolic {
    if (task.resultSchema) return OPAQUE;
    const own = at(`result:${task.name}`);
    return resultEnvelope(task) !== undefined ? { kind: "object", fields: new Map([["Payload", own]]) } : own;
  }

  /** The values a described integration's request types (see request-demands.ts). */
  private requestReads(task: TaskNode, request: Json | undefined): RequestRead[] {
    const descriptor = integrationDescriptor(task.integration.descriptor);
    return descriptor ? requestReads(request, descriptor.request) : [];
  }

  /** Next with the state's output, each Catch with its error output. */
  private leave(state: StateNode, output: Symbolic, onError: (catcher: { resultPath?: string | null; assign?: Json; output?: Json }) => Symbolic): Step {
    const edges = successors(state).map((edge) => ({ target: edge.target, value: edge.kind === "catch" ? onError(edge.catcher) : output }));
    const ends = "transition" in state && state.transition.end === true;
    return { edges, terminal: ends ? output : undefined };
  }

  private jsonataTransfer(state: StateNode, input: Symbolic): Step {
    const scope = (result?: Symbolic, item?: Symbolic): StatesScope => ({ input, result, context: this.context(item), variables: this.variables, needs: this.needs });
    const result = state.type === "Task" ? this.taskResult(state) : undefined;
    this.readExpressionFields(state, scope(result));
    const value = (json: Json | undefined, fallback: Symbolic, withResult?: Symbolic): Symbolic =>
      json === undefined ? fallback : readJsonataValue(json, scope(withResult));
    const assign = (json: Json | undefined, withResult?: Symbolic) => this.assign(readJsonataValue(json, scope(withResult)));
    const onError = (catcher: { assign?: Json; output?: Json }) => {
      assign(catcher.assign);
      return value(catcher.output, OPAQUE);
    };
    switch (state.type) {
      case "Task":
        readJsonataValue(state.arguments, scope());
        for (const read of this.requestReads(state, state.arguments)) demandOf(readJsonataValue(read.value, scope()), read.demand, this.needs);
        readJsonataValue(state.credentials, scope());
        assign(state.assign, result);
        return this.leave(state, value(state.output, result!, result), onError);
      case "Pass":
      case "Wait":
        assign(state.assign);
        return this.leave(state, value(state.output, input), onError);
      case "Succeed":
        return { edges: [], terminal: value(state.output, input) };
      case "Fail":
        return { edges: [] };
      case "Choice": {
        assign(state.assign);
        const edges = successors(state).map((edge) => {
          if (edge.kind !== "choice") return { target: edge.target, value: value(state.output, input) };
          assign(edge.rule.assign);
          return { target: edge.target, value: value(edge.rule.output ?? state.output, input) };
        });
        return { edges };
      }
      case "Parallel": {
        const branchInput = value(state.arguments, input);
        const branches: Symbolic = { kind: "tuple", items: state.branches.map((branch) => this.runScope(branch, branchInput)) };
        assign(state.assign, branches);
        return this.leave(state, value(state.output, branches, branches), onError);
      }
      case "Map": {
        const itemList = state.itemReader ? OPAQUE : value(state.items, input);
        if (state.items !== undefined) demandOf(itemList, "array", this.needs);
        const items = readAt(itemList, ["element"]);
        const item = state.itemSelector !== undefined ? readJsonataValue(state.itemSelector, scope(undefined, items)) : items;
        const processed: Symbolic = state.resultWriter ? OPAQUE : { kind: "array", element: this.runScope(processorOf(state), this.batched(state, item, input)) };
        assign(state.assign, processed);
        return this.leave(state, value(state.output, processed, processed), onError);
      }
    }
  }

  /** Every expression a JSONata state holds outside the fields whose value the flow follows (TimeoutSeconds, Condition, Error, …). */
  private readExpressionFields(state: StateNode, scope: StatesScope): void {
    for (const place of fieldsOf(state)) {
      // A scalar field given as one path holds what the field takes (Seconds a number, Timestamp a string).
      if (place.spec.kind === "scalar" && isExpressionText(place.value)) demandOf(readJsonataValue(place.value, scope), valueDemand(place.spec.value), this.needs);
      if (place.spec.kind === "payload" && place.field.includes(".") && !/^(Choices|Catch)\[/.test(place.field)) readJsonataValue(place.value as Json, scope);
    }
    if (state.type === "Choice") for (const rule of state.choices) readCondition(rule.condition, scope);
  }
}

/** What a scalar field's value must be, as the field spec says. */
function valueDemand(value: "number" | "string" | "timestamp" | undefined): Demand {
  if (value === "number") return "number";
  return value === undefined ? "present" : "string";
}

/** A JSONata rule's Condition is an expression giving true or false; the others' are read by the JSONPath transfer. */
function readCondition(condition: Condition, scope: StatesScope): void {
  if (condition.kind === "jsonata") demandOf(readJsonataValue(condition.expression, scope), "boolean", scope.needs);
  if (condition.kind === "and" || condition.kind === "or") condition.conditions.forEach((c) => readCondition(c, scope));
  if (condition.kind === "not") readCondition(condition.condition, scope);
}

/** What a comparison needs the value it reads to be; type tests (IsString, …) need nothing, IsPresent an optional value, IsNull a nullable one. */
function operatorDemand(operator: string): Demand {
  if (operator.startsWith("String")) return "string";
  if (operator.startsWith("Numeric")) return "number";
  if (operator.startsWith("Boolean")) return "boolean";
  if (operator.startsWith("Timestamp")) return "string";
  if (operator === "IsPresent") return "optional";
  if (operator === "IsNull") return "nullable";
  return "present";
}

/** The input with a result written at ResultPath: null discards it, absent or `$` replaces the input. */
function written(input: Symbolic, resultPath: string | null | undefined, result: Symbolic): Symbolic {
  if (resultPath === null) return input;
  if (resultPath === undefined) return result;
  const parsed = parsePath(resultPath);
  if (!parsed.ok || parsed.root.kind !== "payload") return OPAQUE;
  const fields: string[] = [];
  for (const segment of parsed.segments) {
    if (segment.kind !== "field") return OPAQUE;
    fields.push(segment.name);
  }
  return writeAt(input, fields, result);
}

/** By state: the states of its machine it leads to, itself included where a loop comes back to it. */
function reachability(machine: SubMachine): Map<string, Set<string>> {
  const next = new Map(machine.states.map((state) => [state.name, successors(state).map((edge) => edge.target)]));
  const out = new Map<string, Set<string>>();
  for (const state of machine.states) {
    const seen = new Set<string>();
    const queue = [...(next.get(state.name) ?? [])];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...(next.get(name) ?? []));
    }
    out.set(state.name, seen);
  }
  return out;
}
