/**
 * An existing definition (as the IR) → the TypeScript module a careful author would write for
 * it: `workflow(…)` and the builder calls in chain order (see chain-plan.ts), conditions through
 * the condition factory, the Task's work through its typed helper where one emits the same
 * Resource and request, and the input and results as inferred zod schemas. `aslc build` of the
 * module writes the definition back as it was; what the DSL cannot say is a diagnostic.
 */
import { allStates, type Catcher, type ChoiceRule, type PassNode, type StateNode, type TaskNode, type WorkflowIR } from "@aslc/dsl";
import { isExpressionText, ITEM_READER, optionName, RESULT_WRITER, STATE_SPECS, WORKFLOW, type ObjectSpec } from "@aslc/dsl/internal";
import type { ZodType } from "zod";
import type { Diagnostic } from "../diagnostics.ts";
import { formatTypeScript } from "../emit/handlers/format.ts";
import { zodSource } from "../emit/handlers/zod-source.ts";
import { parseExpression } from "../jsonata/expression-tree.ts";
import { flowSchemas } from "../schema/flow.ts";
import { expressionReads } from "../validate/expression-references.ts";
import { unknownFunctions } from "../validate/jsonata-function-names.ts";
import { unassignedReads } from "../validate/variables.ts";
import { layoutMachine, type ChainPlan, type TargetPlan } from "./chain-plan.ts";
import { conditionSource } from "./condition-source.ts";
import { inferSchemas, withInferredSchemas, type InferredSchemas } from "./infer-schemas.ts";
import { resultEnvelope } from "./infer/result-envelope.ts";
import type { ResourceCall } from "./resource-call.ts";
import { readerCallFor, resourceCallFor, writerCallFor } from "./resource-call-for.ts";
import { sourceObject, sourceValue, type StringSource } from "./source-value.ts";
import { jsonPathVariables, unfollowedReads } from "./unchecked-reads.ts";
import { widenedValue } from "./widened-value.ts";
import { workflowIdentifier } from "./workflow-identifier.ts";

export interface ImportOptions {
  /**
   * The name of the constant the module exports.
   * @default the workflow's name as an identifier (`order-processing` → `OrderProcessing`)
   */
  readonly exportName?: string;
  /**
   * The template's DefinitionSubstitutions: a `${Name}` Resource that stands for an integration's
   * ARN is then written through that integration's helper (`sns.publish({ resource: "${Name}" })`).
   * @default none
   */
  readonly substitutions?: { readonly [name: string]: unknown };
}

export interface ImportResult {
  /** The module's source, formatted with prettier. */
  readonly source: string;
  /** What the module could not say as the definition did (its fields are named). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Fields the chain says through calls, not through a state's options. */
const CHAINED = new Set(["catch"]);

class ModuleWriter {
  readonly imports = new Set<string>(["workflow"]);
  readonly diagnostics: Diagnostic[] = [];
  private readonly results: ReadonlyMap<string, ZodType>;
  /** The variables each state reads where some path has not assigned them. */
  private readonly unassigned: ReadonlyMap<string, ReadonlySet<string>>;
  /** The paths each state reads, as written, that name a field the declared schemas lack ("$states.input.timeout"). */
  private readonly missed: ReadonlyMap<string, readonly string[]>;
  /** The texts at the fields each state's flow could not follow (unchecked-reads.ts). */
  private readonly unfollowed: ReadonlyMap<string, ReadonlySet<string>>;
  /** How the strings of the state being written are written (see `untypedAsRaw`). */
  private strings: StringSource | undefined;

  constructor(
    private readonly workflow: WorkflowIR,
    inferred: InferredSchemas,
    private readonly substitutions: ImportOptions["substitutions"],
    /** The module jumps to a state by name: Pass constants are typed by kind (widened-value.ts). */
    private readonly widenConstants: boolean,
  ) {
    this.results = inferred.results;
    this.unassigned = unassignedReads(workflow);
    const flow = flowSchemas(withInferredSchemas(workflow, inferred));
    this.missed = new Map([...flow.states].map(([name, record]) => [name, (record.fieldMisses ?? []).map((miss) => miss.path)]));
    this.unfollowed = new Map([...allStates(workflow)].map((state) => [state.name, unfollowedReads(state, flow.states.get(state.name))]));
  }

  /** A value of the state being written, as source. */
  private value(value: unknown): string {
    return sourceValue(value, this.strings);
  }

  /**
   * An expression the types refuse but Step Functions takes, failing only the execution that
   * runs it, is written with `jsonata(…)`, which the types leave unchecked: one that reads a
   * variable some path to the state leaves unassigned (ASLC146 warns of it), calls a function
   * JSONata and Step Functions do not have (ASLC190), or reads a field the schemas the module
   * declares lack (ASLC150, ASLC151: the path gives nothing when it runs). A JSONPath read of
   * that kind, or one at a field the flow could not follow (`OutputPath` reading a field the
   * result lacks), is written with `unchecked(…)`.
   */
  private untypedAsRaw(node: StateNode): StringSource | undefined {
    const unassigned = this.unassigned.get(node.name) ?? new Set<string>();
    const unfollowed = this.unfollowed.get(node.name) ?? new Set<string>();
    if (this.languageOf(node) === "JSONPath") {
      return (text, key) => {
        // A template's field without `.$` holds a literal (fields() writes ResultPath and a template given as text as literals).
        if (key !== undefined && !key.endsWith(".$")) return undefined;
        if (!text.startsWith("$") && !text.startsWith("States.")) return undefined;
        if (!unfollowed.has(text) && !jsonPathVariables(text).some((name) => unassigned.has(name))) return undefined;
        this.imports.add("unchecked");
        return `unchecked(${JSON.stringify(text)})`;
      };
    }
    const missed = this.missed.get(node.name) ?? [];
    return (text) => {
      if (!isExpressionText(text)) return undefined;
      if (unfollowed.has(text)) {
        this.imports.add("jsonata");
        return `jsonata(${JSON.stringify(text)})`;
      }
      const parsed = parseExpression(text.slice(2, -2));
      if (!parsed.ok) return undefined;
      const readsUnassigned = expressionReads(parsed.ast).variables.some(({ name }) => unassigned.has(name));
      const readsMissing = missed.some((path) => text.includes(path));
      if (!readsUnassigned && !readsMissing && unknownFunctions(parsed.ast).length === 0) return undefined;
      this.imports.add("jsonata");
      return `jsonata(${JSON.stringify(text)})`;
    };
  }

  /** The query language a state runs in: its own, else the workflow's. */
  private languageOf(node: StateNode): "JSONPath" | "JSONata" {
    return node.queryLanguage ?? this.workflow.queryLanguage ?? "JSONPath";
  }

  /** What resource-call-for needs to know beyond the state. */
  private context(node: StateNode) {
    return { queryLanguage: this.languageOf(node), workflow: this.workflow, ...(this.substitutions !== undefined ? { substitutions: this.substitutions } : {}) };
  }

  /** A helper call's imports, and its resource text. */
  private use(call: ResourceCall): string {
    for (const name of call.imports) this.imports.add(name);
    return call.resource;
  }

  problem(code: Diagnostic["code"], state: string | undefined, message: string, severity: Diagnostic["severity"] = "error"): void {
    this.diagnostics.push({ code, severity, message, workflow: this.workflow.name, ...(state !== undefined ? { state } : {}), ...(this.siteOf(state) ? { site: this.siteOf(state)! } : {}) });
  }

  private siteOf(state: string | undefined): Diagnostic["site"] {
    if (state === undefined) return this.workflow.site;
    return findState(this.workflow.states, state)?.site ?? this.workflow.site;
  }

  chain(plan: ChainPlan): string {
    let text = "";
    for (const item of plan) {
      if (item.kind === "goto") text += `.goto(${JSON.stringify(item.target)})`;
      else if (item.kind === "end") text += ".end()";
      else text += this.state(item);
    }
    return text;
  }

  private target(target: TargetPlan, parameter: string): string {
    if (target.kind === "name") return JSON.stringify(target.name);
    return `(${parameter}) => ${parameter}${this.chain(target.chain)}`;
  }

  private state(item: Extract<ChainPlan[number], { kind: "state" }>): string {
    const outer = this.strings;
    this.strings = this.untypedAsRaw(item.node);
    try {
      return this.stateCall(item);
    } finally {
      this.strings = outer;
    }
  }

  private stateCall(item: Extract<ChainPlan[number], { kind: "state" }>): string {
    const node = item.node;
    const name = JSON.stringify(node.name);
    const catchers = (item.catchers ?? []).map(({ catcher, target }) => this.catcher(catcher, target)).join("");
    switch (node.type) {
      case "Task":
        return `.task(${name}, ${this.taskOptions(node)})${catchers}`;
      case "Pass":
        return `.pass(${name}${this.passOptions(node)})`;
      case "Wait":
        return `.wait(${name}, ${this.options(node)})`;
      case "Succeed":
        return `.succeed(${name}${this.optionalOptions(node)})`;
      case "Fail":
        return `.fail(${name}${this.optionalOptions(node)})`;
      case "Choice": {
        const rules = item.rules!.map(({ rule, target }) => this.rule(rule, target)).join("");
        const otherwise = item.otherwise ? `.otherwise(${this.target(item.otherwise, "b")})` : "";
        return `.choice(${name}, (c) => c${rules}${otherwise}${this.optionalOptions(node)})`;
      }
      case "Parallel": {
        node.branches.forEach((branch, i) => {
          if (branch.comment !== undefined) this.problem("ASLC431", node.name, `state '${node.name}': the Comment of branch ${i + 1} is left out: a Parallel branch has no comment option (write it as a comment in the source)`, "warning");
        });
        const branches = item.branches!.map((branch) => `(b) => b${this.chain(branch)}`).join(", ");
        return `.parallel(${name}, [${branches}]${this.optionalOptions(node)})${catchers}`;
      }
      case "Map": {
        const processor = node.itemProcessor ?? node.iterator;
        const extra: [string, string | undefined][] = [
          ["processorField", node.iterator !== undefined ? JSON.stringify("Iterator") : undefined],
          ["mode", processor?.mode !== undefined ? JSON.stringify(processor.mode) : undefined],
          ["executionType", processor?.executionType !== undefined ? JSON.stringify(processor.executionType) : undefined],
          ["processorComment", processor?.comment !== undefined ? JSON.stringify(processor.comment) : undefined],
        ];
        const fields = this.fields(node, STATE_SPECS.Map, new Set([...CHAINED, "itemSchema"]));
        const reader = node.itemReader && readerCallFor(node.itemReader, this.context(node));
        const writer = node.resultWriter?.resource !== undefined ? writerCallFor(node.resultWriter, this.context(node)) : undefined;
        if (reader) this.replaceResource(fields, "itemReader", node.itemReader!, ITEM_READER, this.use(reader));
        if (writer) this.replaceResource(fields, "resultWriter", node.resultWriter!, RESULT_WRITER, this.use(writer));
        return `.map(${name}, ${sourceObject([...fields, ...extra])}, (item) => item${this.chain(item.processor ?? [])})${catchers}`;
      }
    }
  }

  private rule(rule: ChoiceRule, target: TargetPlan): string {
    const options = sourceObject([
      ["comment", rule.comment === undefined ? undefined : JSON.stringify(rule.comment)],
      ["assign", rule.assign === undefined ? undefined : this.value(rule.assign)],
      ["output", rule.output === undefined ? undefined : this.value(rule.output)],
    ]);
    return `.when(${conditionSource(rule.condition)}, ${this.target(target, "b")}${options === "{}" ? "" : `, ${options}`})`;
  }

  private catcher(catcher: Catcher, target: TargetPlan): string {
    const options = sourceObject([
      ["resultPath", catcher.resultPath === undefined ? undefined : sourceValue(catcher.resultPath)],
      ["output", catcher.output === undefined ? undefined : this.value(catcher.output)],
      ["assign", catcher.assign === undefined ? undefined : this.value(catcher.assign)],
      ["comment", catcher.comment === undefined ? undefined : JSON.stringify(catcher.comment)],
    ]);
    return `.catch(${sourceValue(catcher.errorEquals)}, ${this.target(target, "h")}${options === "{}" ? "" : `, ${options}`})`;
  }

  /** The options a state's spec gives, as an object literal. */
  private options(node: StateNode, skip: ReadonlySet<string> = CHAINED): string {
    return sourceObject(this.fields(node, STATE_SPECS[node.type] as ObjectSpec, skip));
  }

  /** `, { … }` when the state has options, else nothing. */
  private optionalOptions(node: StateNode): string {
    const options = this.options(node);
    return options === "{}" ? "" : `, ${options}`;
  }

  /** `, { … }` of a Pass's options, its constants typed by kind where the module jumps. */
  private passOptions(node: PassNode): string {
    if (!this.widenConstants) return this.optionalOptions(node);
    const fields = this.fields(node, STATE_SPECS.Pass as ObjectSpec, CHAINED).map(([option, text]): [string, string | undefined] => {
      if (option === "result") return [option, widenedValue(node.result, false)];
      if (option === "parameters" && this.languageOf(node) === "JSONPath") return [option, widenedValue(node.parameters, true)];
      return [option, text];
    });
    const options = sourceObject(fields);
    return options === "{}" ? "" : `, ${options}`;
  }

  private taskOptions(node: TaskNode): string {
    const result = this.results.get(node.name);
    const call = resourceCallFor(node, result, this.context(node));
    const fields = this.fields(node, STATE_SPECS.Task, new Set([...CHAINED, "resource", "resultSchema"]));
    let resource = JSON.stringify(node.resource);
    if (call !== undefined) {
      resource = this.use(call);
      // The helper's own options (payload) read best right after the resource.
      let added = 0;
      for (const [key, value] of Object.entries(call.options ?? {})) {
        // `"payload.$": "$.order"` gives the option a path: `payload: ref("$.order")`.
        const option = key.endsWith(".$") ? key.slice(0, -2) : key;
        if (key !== option) this.imports.add("ref");
        const text = value === undefined ? undefined : key !== option ? `ref(${JSON.stringify(value)})` : this.value(value);
        const at = fields.findIndex(([name]) => name === option);
        if (at >= 0) fields[at] = [option, text];
        else fields.splice(added++, 0, [option, text]);
      }
    }
    // A helper that types the result itself needs no schema; other work's result is declared,
    // inside its envelope where the Resource is written as text (the helper would add it).
    const envelope = call === undefined ? resultEnvelope(node) : undefined;
    const declared = result !== undefined && !call?.typedResult ? zodSource(envelope ? envelope(result) : result) : undefined;
    return sourceObject([["resource", resource], ...fields, ["result", declared]]);
  }

  /** Writes an ItemReader's or ResultWriter's resource as its helper call. */
  private replaceResource(fields: [string, string | undefined][], option: string, entry: object, spec: ObjectSpec, resource: string): void {
    const at = fields.findIndex(([name]) => name === option);
    const nested = this.fields(entry, spec).map(([key, text]): [string, string | undefined] => (key === "resource" ? [key, resource] : [key, text]));
    if (at >= 0) fields[at] = [option, sourceObject(nested)];
  }

  /** The fields an IR object holds, as builder options in the spec's order. */
  fields(holder: object, spec: ObjectSpec, skip: ReadonlySet<string> = new Set()): [string, string | undefined][] {
    const values = holder as { readonly [key: string]: unknown };
    const out: [string, string | undefined][] = [];
    for (const [key, field] of Object.entries(spec)) {
      const option = optionName(key, field);
      if (option === undefined || !Object.hasOwn(values, key) || values[key] === undefined) continue;
      // An empty Catch list has no .catch() call to say it: it is the option.
      if (skip.has(key) && !(key === "catch" && isEmptyList(values[key]))) continue;
      const value = values[key];
      if (field.kind === "object" && field.nested && isObject(value)) out.push([option, sourceObject(this.fields(value, field.nested))]);
      else if (field.kind === "list" && field.nested && Array.isArray(value)) {
        out.push([option, `[${value.map((entry) => (isObject(entry) ? sourceObject(this.fields(entry, field.nested!)) : this.value(entry))).join(", ")}]`]);
      } else out.push([option, typedText(key, field.kind, value) ? sourceValue(value) : this.value(value)]);
    }
    return out;
  }
}

/**
 * Written as a string literal whatever it reads: ResultPath, which writes, and a JSONPath template
 * given as text (`Parameters: "$.foo"` is the literal text, not a path). A JSONata expression given
 * as a whole template (`Arguments: "{% … %}"`) is an expression, written as one.
 */
function typedText(key: string, kind: string, value: unknown): boolean {
  return key === "resultPath" || (typeof value === "string" && !isExpressionText(value) && (kind === "payload" || kind === "json"));
}

/** Whether a chain (its branches, iterations and handlers included) reaches a state by its name. */
function jumpsByName(plan: ChainPlan): boolean {
  const byName = (target: TargetPlan | undefined) => target !== undefined && (target.kind === "name" || jumpsByName(target.chain));
  return plan.some(
    (item) =>
      item.kind === "goto" ||
      (item.kind === "state" &&
        ((item.rules ?? []).some((r) => byName(r.target)) ||
          byName(item.otherwise) ||
          (item.catchers ?? []).some((c) => byName(c.target)) ||
          (item.branches ?? []).some(jumpsByName) ||
          jumpsByName(item.processor ?? []))),
  );
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function findState(states: readonly StateNode[], name: string): StateNode | undefined {
  for (const state of states) {
    if (state.name === name) return state;
    const nested = state.type === "Parallel" ? state.branches : state.type === "Map" ? [state.itemProcessor ?? state.iterator].filter((m) => m !== undefined) : [];
    for (const machine of nested) {
      const found = findState(machine.states, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** Writes the module of one imported workflow. */
export async function importWorkflow(workflow: WorkflowIR, options: ImportOptions = {}): Promise<ImportResult> {
  const inferred = inferSchemas(workflow);
  const layout = layoutMachine(workflow);
  const writer = new ModuleWriter(workflow, inferred, options.substitutions, jumpsByName(layout.chain));
  for (const state of layout.unreached) {
    writer.problem("ASLC430", state.name, `state '${state.name}' is not reached from StartAt '${workflow.startAt}', so no chain can declare it: remove it, or give it a transition from a state that runs`);
  }
  const chain = writer.chain(layout.chain);
  const workflowOptions = sourceObject([
    ["input", zodSource(inferred.input)],
    ...writer.fields(workflow, WORKFLOW as ObjectSpec, new Set(["inputSchema"])),
  ]);
  const exportName = options.exportName ?? workflowIdentifier(workflow.name);
  const body = `export const ${exportName} = workflow(${JSON.stringify(workflow.name)}, ${workflowOptions})${chain};\n`;
  const dsl = [...writer.imports].sort((a, b) => (a === "workflow" ? 1 : b === "workflow" ? -1 : a.localeCompare(b)));
  const header = `import { z } from "zod";\nimport { ${[...dsl.filter((n) => n !== "workflow"), "workflow"].join(", ")} } from "@aslc/dsl";\n\n`;
  return { source: await formatTypeScript(`${header}${body}`), diagnostics: writer.diagnostics };
}
