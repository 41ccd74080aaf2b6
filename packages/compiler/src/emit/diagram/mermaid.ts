/**
 * IR → a Mermaid flowchart: every state with a shape for its kind, Choice rules labelled with
 * their conditions, Catch edges dashed and labelled with their errors, Parallel branches and Map
 * item processors drawn as nested subgraphs. Node ids are generated, so any state name is safe.
 */
import type { StateNode, SubMachine, WorkflowIR } from "@aslc/dsl";
import { describeCondition } from "./describe-condition.ts";

/** Mermaid label text: quoted, with the characters Mermaid treats specially written as entities. */
function label(text: string): string {
  return `"${text.replace(/&/g, "#amp;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;")}"`;
}

function shape(state: StateNode, id: string): string {
  const text = label(state.name);
  switch (state.type) {
    case "Task":
      return `${id}[${text}]`;
    case "Pass":
      return `${id}[/${text}/]`;
    case "Wait":
      return `${id}[(${text})]`;
    case "Choice":
      return `${id}{${text}}`;
    case "Succeed":
      return `${id}([${text}])`;
    case "Fail":
      return `${id}[[${text}]]`;
    case "Parallel":
    case "Map":
      return "";
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
    const ids = this.machine(workflow, end, "  ");
    this.lines.push(`  ${start} --> ${ids.get(workflow.startAt) ?? end}`);
    this.lines.push(`  ${end}((End))`);
    return `${this.lines.join("\n")}\n`;
  }

  /** Draws a machine's states and edges; returns the id of each state. */
  private machine(machine: SubMachine, end: string, indent: string): Map<string, string> {
    const ids = new Map<string, string>();
    for (const state of machine.states) ids.set(state.name, this.newId("s"));
    for (const state of machine.states) this.state(state, ids.get(state.name)!, indent);
    for (const state of machine.states) this.edges(state, ids, end, indent);
    return ids;
  }

  private state(state: StateNode, id: string, indent: string): void {
    if (state.type === "Parallel") {
      this.lines.push(`${indent}subgraph ${id} [${label(`${state.name} (Parallel)`)}]`);
      state.branches.forEach((branch, i) => this.nested(branch, `branch ${i + 1}`, `${indent}  `));
      this.lines.push(`${indent}end`);
    } else if (state.type === "Map") {
      const mode = state.itemProcessor.mode === "DISTRIBUTED" ? "Distributed Map" : "Map";
      this.lines.push(`${indent}subgraph ${id} [${label(`${state.name} (${mode})`)}]`);
      this.nested(state.itemProcessor, "each item", `${indent}  `);
      this.lines.push(`${indent}end`);
    } else {
      this.lines.push(`${indent}${shape(state, id)}`);
    }
  }

  private nested(machine: SubMachine, title: string, indent: string): void {
    const id = this.newId("g");
    const start = this.newId("start");
    const end = this.newId("end");
    this.lines.push(`${indent}subgraph ${id} [${label(title)}]`);
    this.lines.push(`${indent}  ${start}(( ))`);
    const ids = this.machine(machine, end, `${indent}  `);
    this.lines.push(`${indent}  ${start} --> ${ids.get(machine.startAt) ?? end}`);
    this.lines.push(`${indent}  ${end}(( ))`);
    this.lines.push(`${indent}end`);
  }

  private edges(state: StateNode, ids: ReadonlyMap<string, string>, end: string, indent: string): void {
    const from = ids.get(state.name)!;
    const to = (name: string) => ids.get(name) ?? this.missing(name, indent);
    if (state.type === "Choice") {
      for (const rule of state.choices) this.lines.push(`${indent}${from} -->|${label(describeCondition(rule.condition))}| ${to(rule.next)}`);
      if (state.default !== undefined) this.lines.push(`${indent}${from} -->|${label("otherwise")}| ${to(state.default)}`);
    }
    if ("transition" in state) this.lines.push(`${indent}${from} --> ${state.transition.end ? end : to(state.transition.next)}`);
    if ("catch" in state && state.catch) {
      for (const c of state.catch) this.lines.push(`${indent}${from} -.->|${label(`catch ${c.errorEquals.join(", ")}`)}| ${to(c.next)}`);
    }
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
