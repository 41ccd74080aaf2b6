/**
 * IR → a Mermaid flowchart: every state with a shape for its kind, Choice rules labelled with
 * their conditions, Catch edges dashed and labelled with their errors, Parallel branches and Map
 * item processors drawn as nested subgraphs. Node ids are generated, so any state name is safe.
 */
import { innerScopes, processorOf, rootScope, successors, visitState, type Scope, type StateEdge, type StateNode, type StateVisitor, type WorkflowIR } from "@aslc/dsl";
import { describeCondition } from "./describe-condition.ts";

/** Mermaid label text: quoted, with the characters Mermaid treats specially written as entities. */
function label(text: string): string {
  return `"${text.replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;")}"`;
}

/** A state is drawn as a node of a shape for its kind, or (Parallel, Map) as a subgraph holding its nested machines. */
type Drawing = { readonly node: (id: string, text: string) => string } | { readonly subgraph: string };

const DRAWINGS: StateVisitor<Drawing> = {
  Task: () => ({ node: (id, text) => `${id}[${text}]` }),
  Pass: () => ({ node: (id, text) => `${id}[/${text}/]` }),
  Wait: () => ({ node: (id, text) => `${id}[(${text})]` }),
  Choice: () => ({ node: (id, text) => `${id}{${text}}` }),
  Succeed: () => ({ node: (id, text) => `${id}([${text}])` }),
  Fail: () => ({ node: (id, text) => `${id}[[${text}]]` }),
  Parallel: (state) => ({ subgraph: `${state.name} (Parallel)` }),
  Map: (state) => ({ subgraph: `${state.name} (${processorOf(state).mode === "DISTRIBUTED" ? "Distributed Map" : "Map"})` }),
};

/** The arrow of a transition: Choice rules labelled with their conditions, Catch edges dashed with their errors. */
function arrow(edge: StateEdge): string {
  switch (edge.kind) {
    case "next":
      return "-->";
    case "choice":
      return `-->|${label(describeCondition(edge.rule.condition))}|`;
    case "default":
      return `-->|${label("otherwise")}|`;
    case "catch":
      return `-.->|${label(`catch ${edge.catcher.errorEquals.join(", ")}`)}|`;
  }
}

class Diagram {
  private readonly lines: string[] = ["flowchart TD"];
  private count = 0;

  private newId(prefix: string): string {
    return `${prefix}${this.count++}`;
  }

  render(workflow: WorkflowIR): string {
    const start = this.newId("start");
    const end = this.newId("end");
    this.lines.push(`  ${start}((Start))`);
    const ids = this.machine(rootScope(workflow), end, "  ");
    this.lines.push(`  ${start} --> ${ids.get(workflow.startAt) ?? end}`);
    this.lines.push(`  ${end}((End))`);
    return `${this.lines.join("\n")}\n`;
  }

  /** Draws a scope's states and edges; returns the id of each state. */
  private machine(scope: Scope, end: string, indent: string): Map<string, string> {
    const { states } = scope.machine;
    const ids = new Map<string, string>();
    for (const state of states) ids.set(state.name, this.newId("s"));
    for (const state of states) this.state(state, scope, ids.get(state.name)!, indent);
    for (const state of states) this.edges(state, ids, end, indent);
    return ids;
  }

  private state(state: StateNode, scope: Scope, id: string, indent: string): void {
    const drawing = visitState(state, DRAWINGS);
    if ("node" in drawing) {
      this.lines.push(`${indent}${drawing.node(id, label(state.name))}`);
      return;
    }
    this.lines.push(`${indent}subgraph ${id} [${label(drawing.subgraph)}]`);
    for (const inner of innerScopes(state, scope)) this.nested(inner, `${indent}  `);
    this.lines.push(`${indent}end`);
  }

  private nested(scope: Scope, indent: string): void {
    const title = scope.owner?.branch === undefined ? "each item" : `branch ${scope.owner.branch + 1}`;
    const id = this.newId("g");
    const start = this.newId("start");
    const end = this.newId("end");
    this.lines.push(`${indent}subgraph ${id} [${label(title)}]`);
    this.lines.push(`${indent}  ${start}(( ))`);
    const ids = this.machine(scope, end, `${indent}  `);
    this.lines.push(`${indent}  ${start} --> ${ids.get(scope.machine.startAt) ?? end}`);
    this.lines.push(`${indent}  ${end}(( ))`);
    this.lines.push(`${indent}end`);
  }

  /** Transitions in field order, End (to the scope's end) after the Next or Choice edges and before the Catch edges. */
  private edges(state: StateNode, ids: ReadonlyMap<string, string>, end: string, indent: string): void {
    const from = ids.get(state.name)!;
    const draw = (edge: StateEdge) => this.lines.push(`${indent}${from} ${arrow(edge)} ${ids.get(edge.target) ?? this.missing(edge.target, indent)}`);
    const edges = successors(state);
    edges.filter((edge) => edge.kind !== "catch").forEach(draw);
    if ("transition" in state && state.transition.end) this.lines.push(`${indent}${from} --> ${end}`);
    edges.filter((edge) => edge.kind === "catch").forEach(draw);
  }
  /** A target outside this machine (an invalid graph) still shows, marked as missing. */
  private missing(name: string, indent: string): string {
    const id = this.newId("missing");
    this.lines.push(`${indent}${id}[${label(`missing: ${name}`)}]`);
    return id;
  }
}

export function emitMermaid(workflow: WorkflowIR): string {
  return new Diagram().render(workflow);
}
