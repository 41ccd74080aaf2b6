/**
 * Lowering: a builder chain becomes the IR. This is where transitions are fixed: each state's
 * Next is the entry of what follows it; a branch that does not end continues where its parent
 * continues; the last state of a machine gets End.
 */
import type { ZodType } from "zod";
import { integrationFromArn } from "../integrations/any-service.ts";
import { isIntegration, type Integration } from "../integrations/integration.ts";
import { isMapResource, type MapResource, type MapResourcePlace } from "../integrations/map-resource.ts";
import type {
  QueryLanguage,
  Catcher,
  ChoiceRule,
  ChoiceNode,
  FailNode,
  ItemProcessor,
  PassNode,
  SucceedNode,
  WaitNode,
  Json,
  MapNode,
  ParallelNode,
  StateNode,
  SubMachine,
  TaskNode,
  Transition,
  WorkflowIR,
} from "../ir/nodes.ts";
import { MAP } from "../ir/spec/states.ts";
import { nestedScopeLabel } from "../ir/walk.ts";
import { conditionToJsonata } from "../jsonata/condition-to-jsonata.ts";
import { collectExpressionSchemas } from "../jsonata/declared-schemas.ts";
import { templateToJson } from "../payload/to-json.ts";
import type { ParsedOptions } from "./parse-options.ts";
import type { ChainImpl } from "./chain-impl.ts";
import { BUILDABLE } from "./chain-types.ts";
import { DslError } from "./dsl-error.ts";
import { lambdaInvokeRequest } from "./lambda-request.ts";
import { SITE_STACK, type LazySite } from "./site.ts";
import { stepsInOrder, type StateStep, type Target } from "./steps.ts";

/** Where control goes after a sequence: a named state, the end of the machine, or nowhere valid. */
type Continuation = { readonly kind: "next"; readonly name: string } | { readonly kind: "end" };

type Options = Readonly<Record<string, any>>;

function transition(after: Continuation): Transition {
  return after.kind === "end" ? { end: true } : { next: after.name };
}

function json(value: unknown, state: string, field: string): Json | undefined {
  return value === undefined ? undefined : templateToJson(value, `state '${state}' ${field}`);
}

/**
 * An integration's default Parameters as JSONata Arguments: `"Payload.$": "$"` (the whole input)
 * becomes `"Payload": "{% $states.input %}"`.
 */
function defaultArguments(parameters: Json | undefined): Json | undefined {
  if (parameters === undefined || typeof parameters !== "object" || parameters === null || Array.isArray(parameters)) return parameters;
  return Object.fromEntries(
    Object.entries(parameters).map(([key, value]) =>
      key.endsWith(".$") && value === "$" ? [key.slice(0, -2), "{% $states.input %}"] : [key, value],
    ),
  ) as Json;
}

/** Drops undefined fields so the IR holds only what the author gave. */
function compact<T extends object>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined)) as T;
}

/** The first state of a machine; a machine without states is an error. */
function entryName(entry: Continuation, owner: string, site?: LazySite): string {
  if (entry.kind === "end") throw new DslError("ASLC010", `${owner} has no states: add at least one state`, site?.resolve());
  return entry.name;
}

class Lowering {
  /** The workflow's query language: a state's own QueryLanguage overrides it. */
  constructor(private readonly language: QueryLanguage) {}

  /** The schemas of `jsonata(…, schema)` expressions met so far, by expression text. */
  readonly expressionSchemas = new Map<string, ZodType>();

  private isJsonata(o: Options): boolean {
    return (o.queryLanguage ?? this.language) === "JSONata";
  }

  /**
   * Lowers a chain into `out` and returns its entry: the first state's name (or a goto's
   * target); an empty chain's entry is its continuation. A chain that ended with end() does
   * not continue: its last state ends the machine.
   */
  sequence(chain: ChainImpl, after: Continuation, out: StateNode[]): Continuation {
    const steps = stepsInOrder(chain.steps);
    const entries: Continuation[] = new Array(steps.length + 1);
    entries[steps.length] = chain.endsMachine ? { kind: "end" } : after;
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i]!;
      entries[i] = { kind: "next", name: step.kind === "goto" ? step.target : step.name };
    }
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.kind === "state") this.state(step, entries[i + 1]!, out);
    }
    return entries[0]!;
  }

  /** The state a branch target leads to; a branch that falls through needs somewhere to go. */
  private target(target: Target, after: Continuation, out: StateNode[], owner: string, site: LazySite): string {
    if (target.kind === "name") return target.name;
    const entry = this.sequence(target.chain, after, out);
    if (entry.kind === "end") {
      throw new DslError(
        "ASLC011",
        `${owner} continues past the end of the workflow: end it with succeed(), fail() or goto(), or add the state it should continue at after this one`,
        site.resolve(),
      );
    }
    return entry.name;
  }

  /** The catchers given in options (parsed at the call), then those added with `.catch()`, whose handlers follow the state. */
  private catchers(step: StateStep, given: readonly Catcher[] | undefined, after: Continuation, tail: StateNode[], site: LazySite): readonly Catcher[] | undefined {
    const catchers: Catcher[] = [...(given ?? [])];
    step.catchers.forEach((c, i) => {
      const next = this.target(c.target, after, tail, `the catch handler of '${step.name}'`, site);
      const n = (given?.length ?? 0) + i;
      catchers.push(
        compact({
          errorEquals: c.errorEquals,
          next,
          resultPath: c.resultPath,
          output: json(c.output, step.name, `catcher ${n + 1} output`),
          assign: json(c.assign, step.name, `catcher ${n + 1} assign`),
          comment: c.comment,
        }),
      );
    });
    // `catch: []` written is kept, as Step Functions takes an empty Catch list.
    return catchers.length > 0 || given !== undefined ? catchers : undefined;
  }

  private subMachine(chain: ChainImpl, owner: string): SubMachine & { states: StateNode[] } {
    const states: StateNode[] = [];
    return { startAt: entryName(this.sequence(chain, { kind: "end" }, states), owner), states };
  }

  private state(step: StateStep, after: Continuation, out: StateNode[]): void {
    const o = step.options as Options;
    collectExpressionSchemas([o, step.rules?.map((r) => [r.assign, r.output]), step.catchers.map((c) => [c.assign, c.output])], this.expressionSchemas);
    const site = step.site;
    const name = step.name;
    // States reached only from this one (handlers, inline branches) follow it in the listing.
    const tail: StateNode[] = [];
    let node: StateNode;
    switch (step.type) {
      case "Task":
        node = this.task(step, fieldsOf<TaskNode>(step.parsed), after, tail);
        break;
      case "Pass":
        node = { ...fieldsOf<PassNode>(step.parsed), type: "Pass", name, transition: transition(after) };
        break;
      case "Wait":
        node = { ...fieldsOf<WaitNode>(step.parsed), type: "Wait", name, transition: transition(after) };
        break;
      case "Succeed":
        this.refuse(step, o, ["assign"], "a Succeed state ends its branch, so it cannot set variables");
        node = { ...fieldsOf<SucceedNode>(step.parsed), type: "Succeed", name };
        break;
      case "Fail":
        this.refuse(step, o, ["assign", "output"], "a Fail state has no output and cannot set variables");
        node = { ...fieldsOf<FailNode>(step.parsed), type: "Fail", name };
        break;
      case "Choice": {
        const fields = fieldsOf<ChoiceNode>(step.parsed);
        const jsonata = this.isJsonata(o);
        const choices: ChoiceRule[] = step.rules!.map((rule, i) =>
          compact({
            condition: jsonata ? conditionToJsonata(rule.condition) : rule.condition,
            next: this.target(rule.target, after, tail, `rule ${i + 1} of Choice '${name}'`, site),
            assign: json(rule.assign, name, `rule ${i + 1} assign`),
            output: json(rule.output, name, `rule ${i + 1} output`),
            comment: rule.comment,
          }),
        );
        const fallback = step.otherwise ? this.target(step.otherwise, after, tail, `the otherwise branch of Choice '${name}'`, site) : undefined;
        node = { ...fields, type: "Choice", name, choices, default: fallback };
        break;
      }
      case "Parallel": {
        const fields = fieldsOf<ParallelNode>(step.parsed);
        const branches = step.branches!.map((b, i) => this.subMachine(b, nestedScopeLabel({ state: { name }, branch: i })));
        node = { ...fields, type: "Parallel", name, branches, catch: this.catchers(step, fields.catch, after, tail, site), transition: transition(after) };
        break;
      }
      case "Map":
        node = this.map(step, fieldsOf<MapNode>(step.parsed), after, tail);
        break;
    }
    out.push(withSite(compact(node), site));
    out.push(...tail);
  }

  /** Fields a state kind cannot hold at all (in either language). */
  private refuse(step: StateStep, o: Options, fields: readonly string[], why: string): void {
    const given = fields.filter((f) => o[f] !== undefined);
    if (given.length > 0) throw new DslError("ASLC013", `state '${step.name}': remove ${given.join(" and ")}: ${why}`, step.site.resolve());
  }

  private task(step: StateStep & { type: "Task" }, fields: Partial<TaskNode>, after: Continuation, tail: StateNode[]): TaskNode {
    const o = step.options as Options;
    if (isMapResource(o.resource)) {
      throw new DslError("ASLC182", `state '${step.name}': the resource is a Distributed Map's ${o.resource.place} (${o.resource.info.service}:${o.resource.info.action}), not a Task's: give it as the Map's ${o.resource.place === "ItemReader" ? "itemReader" : "resultWriter"}.resource, or call S3 from a Task with awsSdk("s3", …)`, step.site.resolve());
    }
    const integration: Integration = isIntegration(o.resource) ? o.resource : integrationFromArn(String(o.resource));
    const jsonata = this.isJsonata(o);
    let parameters = fields.parameters;
    let args = fields.arguments;
    if (o.payload !== undefined && integration.info.kind !== "lambda-invoke") {
      throw new DslError("ASLC012", `state '${step.name}': payload is for lambda.invoke tasks; give ${jsonata ? "arguments" : "parameters"} instead`, step.site.resolve());
    }
    if (integration.info.kind === "lambda-invoke") {
      const request = lambdaInvokeRequest({ state: step.name, integration, jsonata, payload: o.payload, request: jsonata ? args : parameters, site: () => step.site.resolve() });
      if (jsonata) args = request;
      else parameters = request;
    }
    // A helper's default request goes where this state's language reads it, unless the author gave one.
    const given = parameters !== undefined || args !== undefined;
    return {
      ...fields,
      type: "Task",
      name: step.name,
      resource: integration.resource,
      integration: integration.info,
      parameters: given || jsonata ? parameters : integration.defaultParameters,
      arguments: given || !jsonata ? args : defaultArguments(integration.defaultParameters),
      catch: this.catchers(step, fields.catch, after, tail, step.site),
      transition: transition(after),
    };
  }

  private map(step: StateStep & { type: "Map" }, fields: Partial<MapNode>, after: Continuation, tail: StateNode[]): MapNode {
    const o = step.options as Options;
    const processor: ItemProcessor = compact({
      ...this.subMachine(step.processor!, nestedScopeLabel({ state: step })),
      comment: o.processorComment as string | undefined,
      mode: o.mode as ItemProcessor["mode"],
      executionType: o.executionType as ItemProcessor["executionType"],
    });
    return {
      ...fields,
      ...placedResource(step, fields.itemReader, "itemReader", "ItemReader"),
      ...placedResource(step, fields.resultWriter, "resultWriter", "ResultWriter"),
      type: "Map",
      name: step.name,
      [processorKey(o.processorField)]: processor,
      catch: this.catchers(step, fields.catch, after, tail, step.site),
      transition: transition(after),
    };
  }
}

/** The Map field that holds the iteration's machine: the deprecated Iterator when the author chose it, else ItemProcessor. */
function processorKey(processorField: unknown): "itemProcessor" | "iterator" {
  return processorField === MAP.iterator.asl ? "iterator" : "itemProcessor";
}

/**
 * An ItemReader's or ResultWriter's typed resource (`s3.getObject()`) as its Resource text and the
 * integration it names; a plain string stays as written.
 */
function placedResource<K extends "itemReader" | "resultWriter">(step: StateStep, given: MapNode[K], key: K, place: MapResourcePlace): Partial<MapNode> {
  if (given === undefined || !isMapResource(given.resource)) return {};
  const typed: MapResource = given.resource;
  if (typed.place !== place) {
    throw new DslError("ASLC182", `state '${step.name}': ${key}.resource is a ${typed.place} resource (${typed.info.service}:${typed.info.action}); ${place === "ItemReader" ? "an ItemReader takes s3.getObject() or s3.listObjectsV2()" : "a ResultWriter takes s3.putObject()"}`, step.site.resolve());
  }
  return { [key]: Object.freeze({ ...given, resource: typed.resource, integration: typed.info }) };
}

/** A step's parsed fields; a value its options could not give (a misplaced `ref(…)`) is thrown now, when the workflow is built. */
function fieldsOf<Node>(parsed: ParsedOptions<Node>): Partial<Node> {
  if (parsed.problem !== undefined) throw parsed.problem;
  return parsed.fields!;
}

function isZod(value: unknown): boolean {
  return typeof value === "object" && value !== null && "_zod" in value;
}

/**
 * Gives a node its `site`, read from the captured stack only when someone asks: resolving a
 * stack through source maps costs far more than building the node, and only diagnostics need it.
 */
function withSite<T extends object>(node: T, site: LazySite): T {
  Object.defineProperty(node, SITE_STACK, { value: site.stack });
  return Object.defineProperty(node, "site", { enumerable: true, get: () => site.resolve() });
}

/**
 * Freezes the IR's own data (not the zod schemas hanging off it, nor lazy fields). Only plain
 * objects and arrays: values JSON cannot carry (a Map, a typed array, …) stay as the author gave
 * them, for the compiler to report. Freezing before descending stops at cycles.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || isZod(value) || Object.isFrozen(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const descriptor of Object.values(Object.getOwnPropertyDescriptors(value))) {
    if ("value" in descriptor) deepFreeze(descriptor.value);
  }
  return value;
}

/** Turns a workflow built with `workflow(…)` into the IR. */
export function buildWorkflow(workflow: unknown): WorkflowIR {
  if (!isWorkflow(workflow)) {
    throw new TypeError("buildWorkflow(): give the chain that workflow(…) started");
  }
  const meta = workflow.meta;
  const states: StateNode[] = [];
  const lowering = new Lowering(meta.queryLanguage ?? "JSONPath");
  const entry = lowering.sequence(workflow, { kind: "end" }, states);
  const expressionSchemas = lowering.expressionSchemas.size > 0 ? Object.fromEntries(lowering.expressionSchemas) : undefined;
  return deepFreeze(
    withSite(compact({
      name: meta.name,
      comment: meta.comment,
      queryLanguage: meta.queryLanguage,
      version: meta.version,
      timeoutSeconds: meta.timeoutSeconds,
      startAt: entryName(entry, `workflow '${meta.name}'`, meta.site),
      states,
      inputSchema: meta.input,
      expressionSchemas,
    }) as WorkflowIR, meta.site),
  );
}

/**
 * A workflow's root chain. Checked by brand rather than by class, so a workflow built by
 * another copy of this module (another loader, a bundled copy) is still recognised.
 */
export function isWorkflow(value: unknown): value is ChainImpl & { meta: NonNullable<ChainImpl["meta"]> } {
  return typeof value === "object" && value !== null && BUILDABLE in value && (value as { meta?: unknown }).meta !== undefined;
}
