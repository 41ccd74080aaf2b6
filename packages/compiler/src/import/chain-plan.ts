/**
 * A machine's states laid out as the DSL chains them: each state is declared once, in the chain
 * of the state that first leads to it. A state's Next is the state that follows it in its chain;
 * a Choice rule or catch handler reaching a state nothing else reaches holds it in a branch of
 * its own (`(b) => b.task(…)`), which continues where the enclosing chain continues; a state
 * already declared (a loop, a shared state) is reached with `goto` or by its name.
 */
import type { Catcher, ChoiceNode, ChoiceRule, StateNode, SubMachine } from "@aslc/dsl";

/** Where a rule, an otherwise branch or a catcher goes: a state by name, or a branch of its own. */
export type TargetPlan = { readonly kind: "name"; readonly name: string } | { readonly kind: "chain"; readonly chain: ChainPlan };

export interface StatePlan {
  readonly kind: "state";
  readonly node: StateNode;
  readonly rules?: readonly { readonly rule: ChoiceRule; readonly target: TargetPlan }[];
  readonly otherwise?: TargetPlan;
  readonly catchers?: readonly { readonly catcher: Catcher; readonly target: TargetPlan }[];
  readonly branches?: readonly ChainPlan[];
  readonly processor?: ChainPlan;
}

export type ChainItem = StatePlan | { readonly kind: "goto"; readonly target: string } | { readonly kind: "end" };
export type ChainPlan = readonly ChainItem[];

/** Every state a machine holds, at any depth, by name (names are unique in the whole machine). */
function indexStates(states: readonly StateNode[], into: Map<string, StateNode>): void {
  for (const state of states) {
    if (!into.has(state.name)) into.set(state.name, state);
    for (const machine of machinesOf(state)) indexStates(machine.states, into);
  }
}

export function machinesOf(state: StateNode): readonly SubMachine[] {
  if (state.type === "Parallel") return state.branches;
  if (state.type === "Map") {
    const processor = state.itemProcessor ?? state.iterator;
    return processor ? [processor] : [];
  }
  return [];
}

/** The states a state leads to in its own machine. */
export function successorsOf(state: StateNode): string[] {
  const out: string[] = [];
  if (state.type === "Choice") {
    for (const rule of state.choices) out.push(rule.next);
    if (state.default !== undefined) out.push(state.default);
  } else if ("transition" in state && state.transition.next !== undefined) {
    out.push(state.transition.next);
  }
  if ("catch" in state) for (const catcher of state.catch ?? []) out.push(catcher.next);
  return out;
}

/** A pending piece of work: a catch handler is laid out once the chain that holds its state is. */
type Deferred = () => void;

class Layout {
  private readonly states = new Map<string, StateNode>();
  /** Declared in a chain, or held for the chain that follows a Choice. */
  private readonly taken = new Set<string>();

  constructor(machineStates: readonly StateNode[]) {
    indexStates(machineStates, this.states);
  }

  /** States no chain declares: they are not reached from the machine's start. */
  missing(machineStates: readonly StateNode[]): StateNode[] {
    const all = new Map<string, StateNode>();
    indexStates(machineStates, all);
    return [...all.values()].filter((state) => !this.taken.has(state.name));
  }

  machine(machine: SubMachine): ChainPlan {
    return this.chain(machine.startAt, undefined);
  }

  /**
   * The chain starting at `start`; `after` is where it goes when it runs off its end (the state
   * that follows in the enclosing chain), undefined when that ends the machine.
   */
  chain(start: string, after: string | undefined): ChainPlan {
    const items: ChainItem[] = [];
    const deferred: Deferred[] = [];
    let current: string | undefined = start;
    while (current !== undefined) {
      if (current === after) break;
      const node = this.states.get(current);
      if (node === undefined || this.taken.has(current)) {
        items.push({ kind: "goto", target: current });
        break;
      }
      this.taken.add(current);
      current = this.state(node, after, items, deferred);
    }
    for (const run of deferred) run();
    return items;
  }

  /** Lays out one state; gives the state the chain continues with, if any. */
  private state(node: StateNode, after: string | undefined, items: ChainItem[], deferred: Deferred[]): string | undefined {
    switch (node.type) {
      case "Succeed":
      case "Fail":
        items.push({ kind: "state", node });
        return undefined;
      case "Choice":
        return this.choice(node, after, items);
      default: {
        const next = node.transition.next;
        const plan: { -readonly [K in keyof StatePlan]: StatePlan[K] } = { kind: "state", node };
        if (node.type === "Parallel") plan.branches = node.branches.map((branch) => this.machine(branch));
        if (node.type === "Map") {
          const processor = node.itemProcessor ?? node.iterator;
          if (processor) plan.processor = this.machine(processor);
        }
        const catchers = "catch" in node ? (node.catch ?? []) : [];
        if (catchers.length > 0) {
          // A handler runs on to the state's Next: lay it out once the main chain took its states.
          const targets: { catcher: Catcher; target: TargetPlan }[] = [];
          plan.catchers = targets;
          deferred.push(() => {
            for (const catcher of catchers) targets.push({ catcher, target: this.target(catcher.next, next) });
          });
        }
        items.push(plan);
        if (next === undefined) {
          // End: running off the chain ends the machine only where nothing follows it.
          if (after !== undefined) items.push({ kind: "end" });
          return undefined;
        }
        if (next === after) return undefined;
        if (this.taken.has(next) || !this.states.has(next)) {
          items.push({ kind: "goto", target: next });
          return undefined;
        }
        return next;
      }
    }
  }

  /**
   * A branch target: a state already declared (or not in this machine) by name, else a branch of
   * its own that holds it, running on to `after` (ending the machine where that is undefined, as
   * a handler of a state that ends it does).
   */
  private target(name: string, after: string | undefined): TargetPlan {
    if (name !== after && (this.taken.has(name) || !this.states.has(name))) return { kind: "name", name };
    return { kind: "chain", chain: this.chain(name, after) };
  }

  private choice(node: ChoiceNode, after: string | undefined, items: ChainItem[]): string | undefined {
    const follower = this.follower(node, after);
    if (follower !== undefined) this.taken.add(follower);
    const continuation = follower ?? after;
    const rules = node.choices.map((rule) => ({ rule, target: this.target(rule.next, continuation) }));
    const otherwise = node.default === undefined ? undefined : this.target(node.default, continuation);
    items.push({ kind: "state", node, rules, ...(otherwise ? { otherwise } : {}) });
    if (follower === undefined) return undefined;
    this.taken.delete(follower);
    return follower;
  }

  /**
   * The state to declare after a Choice in its chain, where the branches that run on meet: the
   * state most of its targets lead to, nearest first; else its Default, or a target two rules
   * share. Undefined when every target is declared already.
   */
  private follower(node: ChoiceNode, after: string | undefined): string | undefined {
    const targets = [...new Set([...node.choices.map((r) => r.next), ...(node.default !== undefined ? [node.default] : [])])].filter(
      (t) => t !== after && this.states.has(t) && !this.taken.has(t),
    );
    if (targets.length === 0) return undefined;
    const reach = new Map<string, { from: number; distance: number }>();
    for (const target of targets) {
      for (const [name, distance] of this.distances(target, node.name, after)) {
        const seen = reach.get(name) ?? { from: 0, distance: 0 };
        reach.set(name, { from: seen.from + 1, distance: seen.distance + distance });
      }
    }
    let best: string | undefined;
    for (const [name, r] of reach) {
      if (r.from < 2) continue;
      const b = best === undefined ? undefined : reach.get(best)!;
      if (b === undefined || r.from > b.from || (r.from === b.from && r.distance < b.distance)) best = name;
    }
    if (best !== undefined) return best;
    if (node.default !== undefined && targets.includes(node.default)) return node.default;
    const counts = node.choices.map((r) => r.next).filter((t) => targets.includes(t));
    return counts.find((t, i) => counts.indexOf(t) !== i);
  }

  /** States reached from `start` through states not yet declared, with their distance. */
  private distances(start: string, choice: string, after: string | undefined): Map<string, number> {
    const out = new Map<string, number>([[start, 0]]);
    const queue = [start];
    while (queue.length > 0) {
      const name = queue.shift()!;
      const node = this.states.get(name);
      if (node === undefined) continue;
      for (const next of successorsOf(node)) {
        if (out.has(next) || next === choice || next === after || this.taken.has(next) || !this.states.has(next)) continue;
        out.set(next, out.get(name)! + 1);
        queue.push(next);
      }
    }
    return out;
  }
}

export interface MachineLayout {
  readonly chain: ChainPlan;
  /** States not reached from the start: a chain cannot declare them. */
  readonly unreached: readonly StateNode[];
}

/** Lays out a workflow's (or any machine's) states as chains. */
export function layoutMachine(machine: SubMachine): MachineLayout {
  const layout = new Layout(machine.states);
  const chain = layout.machine(machine);
  return { chain, unreached: layout.missing(machine.states) };
}
