/**
 * The shape of each scope: every target exists in the same scope, every state is reachable from
 * StartAt, and from every state some path leads to a terminal state (no inescapable loops).
 */
import { allScopes, edgeField, isTerminal, scopeLabel, successors, type ScopeOwner, type SubMachine, type WorkflowIR } from "@aslc/dsl";
import type { Report } from "./report.ts";

export function checkGraph(workflow: WorkflowIR, report: Report): void {
  const root = `workflow '${workflow.name}'`;
  const scopeOf = new Map<string, string>();
  const scopes = allScopes(workflow).map((scope) => ({ machine: scope.machine, label: scopeLabel(scope, root), owner: scope.owner }));
  for (const scope of scopes) for (const s of scope.machine.states) scopeOf.set(s.name, scope.label);
  for (const scope of scopes) {
    checkStartAt(scope.machine, scope.label, scope.owner, report);
    checkScope(scope.machine, scope.label, scopeOf, report);
  }
}

/** StartAt names a state of its own scope (a definition read from a file can name any). */
function checkStartAt(machine: SubMachine, label: string, owner: ScopeOwner | undefined, report: Report): void {
  if (machine.states.length === 0 || machine.states.some((s) => s.name === machine.startAt)) return;
  const field = owner === undefined ? ["StartAt"] : owner.branch === undefined ? [owner.state.iterator ? "Iterator" : "ItemProcessor", "StartAt"] : ["Branches", owner.branch, "StartAt"];
  report.error("ASLC102", owner?.state, `StartAt names '${machine.startAt}', but ${label} has no such state: name one of its states (${machine.states.map((s) => s.name).join(", ")})`, field);
}

function checkScope(scope: SubMachine, label: string, scopeOf: ReadonlyMap<string, string>, report: Report): void {
  const byName = new Map(scope.states.map((s) => [s.name, s]));
  for (const state of scope.states) {
    for (const edge of successors(state)) {
      if (byName.has(edge.target)) continue;
      const elsewhere = scopeOf.get(edge.target);
      const via = edgeField(edge);
      report.error(
        "ASLC102",
        state,
        elsewhere
          ? `${via} '${edge.target}' is in ${elsewhere}, and transitions cannot cross into or out of a Parallel branch or Map processor: target a state of ${label}`
          : `${via} names '${edge.target}', but ${label} has no such state: fix the name or add the state`,
        via,
      );
    }
  }
  if (!byName.has(scope.startAt)) return;

  const reachable = new Set<string>([scope.startAt]);
  const queue = [scope.startAt];
  while (queue.length > 0) {
    const state = byName.get(queue.pop()!)!;
    for (const { target } of successors(state)) {
      if (byName.has(target) && !reachable.has(target)) {
        reachable.add(target);
        queue.push(target);
      }
    }
  }
  for (const state of scope.states) {
    if (!reachable.has(state.name)) {
      report.error("ASLC103", state, `no transition in ${label} leads here from '${scope.startAt}': connect it (Next, a Choice rule, a Catch) or remove it`);
    }
  }

  // Backwards from terminal states: whatever cannot reach one loops forever.
  const predecessors = new Map<string, string[]>();
  for (const state of scope.states) {
    for (const { target } of successors(state)) {
      if (!predecessors.has(target)) predecessors.set(target, []);
      predecessors.get(target)!.push(state.name);
    }
  }
  // A Choice with no Default ends the execution when no rule matches (States.NoChoiceMatched): an exit too.
  const canFinish = new Set(scope.states.filter((s) => isTerminal(s) || (s.type === "Choice" && s.default === undefined)).map((s) => s.name));
  const pending = [...canFinish];
  while (pending.length > 0) {
    for (const previous of predecessors.get(pending.pop()!) ?? []) {
      if (!canFinish.has(previous)) {
        canFinish.add(previous);
        pending.push(previous);
      }
    }
  }
  for (const state of scope.states) {
    if (reachable.has(state.name) && !canFinish.has(state.name)) {
      report.error("ASLC104", state, `every path from here loops forever without reaching a Succeed, a Fail or an End: give the loop an exit (a Choice rule out of it)`);
    }
  }
}
