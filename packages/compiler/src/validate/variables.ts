/**
 * Workflow variables, in both query languages: names, scopes and use before assignment.
 *
 * Scopes: the top level, each Parallel branch and each Map item processor. An inner scope
 * starts with the outer variables assigned on every path to its Parallel or Map (none for a
 * Distributed Map, whose items run as child workflows), may read them but not assign them or
 * reuse their names; its own variables end with it. A catcher of the Parallel or Map itself
 * belongs to the outer scope.
 *
 * A read where the variable is not assigned on every path is a warning: Step Functions takes
 * such a definition and fails the execution only when the state runs without the variable set.
 */
import { allScopes, allStates, innerScopes, processorOf, rootScope, scopeLabel, type Scope, type StateNode, type SubMachine, type WorkflowIR } from "@aslc/dsl";
import { effectiveLanguage } from "./query-language.ts";
import { Report } from "./report.ts";
import { analyseFlow, type FlowResult, type PathStep } from "./variable-flow.ts";
import { assignsOf, checkVariableNames } from "./variable-names.ts";
import { variableReads } from "./variable-reads.ts";

interface VariableScope {
  readonly scope: Scope;
  readonly label: string;
  readonly machine: SubMachine;
  readonly distributed: boolean;
  /** The first state of this scope assigning each name. */
  readonly assigners: ReadonlyMap<string, StateNode>;
  readonly parent?: { readonly scope: VariableScope; readonly owner: StateNode; readonly flow: FlowResult };
}

function assignersIn(machine: SubMachine): Map<string, StateNode> {
  const assigners = new Map<string, StateNode>();
  for (const state of machine.states) for (const { names } of assignsOf(state)) for (const name of names) if (!assigners.has(name)) assigners.set(name, state);
  return assigners;
}

function* enclosing(scope: VariableScope): Generator<VariableScope> {
  for (let s = scope.parent?.scope; s; s = s.parent?.scope) yield s;
}

/** A scope as variables see it: a Distributed Map's items run as child workflows, with none of the outer variables. */
function variableScope(scope: Scope): { label: string; machine: SubMachine; distributed: boolean } {
  const owner = scope.owner?.state;
  return { label: scopeLabel(scope, "the workflow"), machine: scope.machine, distributed: owner?.type === "Map" && processorOf(owner).mode === "DISTRIBUTED" };
}

class VariableCheck {
  /** Every name assigned anywhere, with the scope that assigns it first. */
  private readonly assignedAnywhere = new Map<string, string>();
  /** The variables each state reads where some path to it has not assigned them (ASLC146). */
  readonly unassigned = new Map<StateNode, Set<string>>();

  constructor(
    private readonly workflow: WorkflowIR,
    private readonly report: Report,
  ) {}

  run(): void {
    const root = rootScope(this.workflow);
    // The nested scopes in the order of the states owning them (as allStates lists states).
    const nested = allScopes(this.workflow).flatMap((scope) => scope.machine.states.flatMap((state) => innerScopes(state, scope)));
    for (const { label, machine } of [root, ...nested].map(variableScope)) for (const name of assignersIn(machine).keys()) if (!this.assignedAnywhere.has(name)) this.assignedAnywhere.set(name, label);
    for (const state of allStates(this.workflow)) checkVariableNames(state, this.report);
    this.visit({ ...variableScope(root), scope: root, assigners: assignersIn(root.machine) }, new Set());
  }

  private visit(scope: VariableScope, onEntry: ReadonlySet<string>): void {
    this.checkNoOuterAssignment(scope);
    const flow = analyseFlow(scope.machine.states, scope.machine.startAt, onEntry);
    for (const state of scope.machine.states) {
      const assigned = flow.assignedOnEntry.get(state.name);
      if (assigned) this.checkReads(scope, flow, state, assigned);
      for (const innerScope of innerScopes(state, scope.scope)) {
        const inner = variableScope(innerScope);
        // A scope nothing reaches reads nothing at run time: let it read everything here.
        const innerEntry = inner.distributed ? new Set<string>() : (assigned ?? new Set(this.assignedAnywhere.keys()));
        this.visit({ ...inner, scope: innerScope, assigners: assignersIn(inner.machine), parent: { scope, owner: state, flow } }, innerEntry);
      }
    }
  }

  private checkNoOuterAssignment(scope: VariableScope): void {
    if (!scope.parent) return;
    for (const state of scope.machine.states) {
      for (const { field, names } of assignsOf(state)) {
        for (const name of names) {
          const outer = [...enclosing(scope)].find((s) => s.assigners.has(name));
          if (!outer) continue;
          this.report.error(
            "ASLC147",
            state,
            `${field}.${name}: $${name} is a variable of ${outer.label} (assigned by '${outer.assigners.get(name)!.name}'); a Parallel branch or Map iteration may read outer variables but not assign them or reuse their names: rename it here, or return the value through the output of '${scope.parent.owner.name}' and assign it there`,
            `${field}.${name}`,
          );
        }
      }
    }
  }

  private checkReads(scope: VariableScope, flow: FlowResult, state: StateNode, assigned: ReadonlySet<string>): void {
    const missing = new Map<string, string[]>();
    for (const read of variableReads(state, effectiveLanguage(this.workflow, state))) {
      // `$states` is Step Functions' own; where it is misused, query-language.ts says so.
      if (assigned.has(read.name) || read.name === "states") continue;
      const places = missing.get(read.name) ?? [];
      if (!places.includes(read.where)) places.push(read.where);
      missing.set(read.name, places);
    }
    for (const [name, places] of missing) this.reportMissing(scope, flow, state, name, places.join(" and "));
  }

  private reportMissing(scope: VariableScope, flow: FlowResult, state: StateNode, name: string, where: string): void {
    const chain = [scope, ...enclosing(scope)];
    const owner = chain.findIndex((s) => s.assigners.has(name));
    if (owner > 0 && chain.slice(0, owner).some((s) => s.distributed)) {
      const map = chain.slice(0, owner).find((s) => s.distributed)!.parent!.owner;
      this.report.error(
        "ASLC148",
        state,
        `${where} reads $${name}, a variable of ${chain[owner]!.label}; a Distributed Map cannot read outer variables (each item runs as a child workflow): pass the value in through the itemSelector of '${map.name}' and read it from $states.input`,
        where.split(" and ")[0],
      );
      return;
    }
    const names = this.unassigned.get(state) ?? new Set<string>();
    this.unassigned.set(state, names.add(name));
    const notEverywhere = `${where} reads $${name}, which is not assigned on every path to this state, so the state fails when it runs without it`;
    if (owner >= 0) {
      const path = this.pathWithout(scope, flow, state.name, name);
      const steps = path.map((step) => `'${step.state}'${step.via ? ` (${step.via})` : ""}`);
      const route = path.length > 1 ? `not on the path ${steps.join(" → ")}` : "nothing assigns it before this state";
      this.report.warning("ASLC146", state, `${notEverywhere} (${route}): assign it on every path before this state, or read it only where it is set`, where.split(" and ")[0]);
      return;
    }
    const elsewhere = this.assignedAnywhere.get(name);
    if (elsewhere !== undefined) {
      this.report.warning(
        "ASLC146",
        state,
        `${notEverywhere} ($${name} is assigned only inside ${elsewhere}); variables set inside a Parallel branch or Map iteration end with it: return the value through the branch's output`,
        where.split(" and ")[0],
      );
      return;
    }
    this.report.warning("ASLC146", state, `${notEverywhere}: no state assigns $${name}; assign it (assign: { ${name}: … }) on a state before this one, or check the name`, where.split(" and ")[0]);
  }

  /** A path without the variable, continued into the enclosing scope when it starts there. */
  private pathWithout(scope: VariableScope, flow: FlowResult, state: string, name: string): PathStep[] {
    const path = flow.pathWithout(state, name);
    const parent = scope.parent;
    if (!parent || scope.distributed || path[0]!.state !== scope.machine.startAt) return path;
    return [...this.pathWithout(parent.scope, parent.flow, parent.owner.name, name), ...path];
  }
}

export function checkVariables(workflow: WorkflowIR, report: Report): void {
  new VariableCheck(workflow, report).run();
}

/** The variables each state reads where some path to it has not assigned them, by state name. */
export function unassignedReads(workflow: WorkflowIR): ReadonlyMap<string, ReadonlySet<string>> {
  const check = new VariableCheck(workflow, new Report(workflow));
  check.run();
  return new Map([...check.unassigned].map(([state, names]) => [state.name, names]));
}
