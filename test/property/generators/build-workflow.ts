/**
 * Turns a plan into a workflow through the DSL builder, the way an author's code would: one
 * chain call per state, callbacks for branches, processors and handlers, `.catch()` after the
 * state it guards.
 */
import { z, type ZodType } from "zod";
import { workflow } from "@aslc/dsl";
import type { ConditionPlan } from "./conditions.ts";
import type { BranchPlan, CatcherPlan, NamePlan, SequencePlan, StepPlan, WorkflowPlan } from "./plan.ts";

/** Random payloads have no static type, so chains are driven untyped. */
type AnyChain = any;

const MAX_NAME_LENGTH = 80;

const KIND_LABELS = { task: "Task", pass: "Pass", wait: "Wait", choice: "Choice", parallel: "Parallel", map: "Map", succeed: "Succeed", fail: "Fail" } as const;

/** Hands out state names unique across the workflow: kind, counter, decoration. */
class StateNames {
  private count = 0;
  private readonly taken = new Set<string>();

  next(kind: keyof typeof KIND_LABELS, plan: NamePlan): string {
    if (plan.exact !== undefined) return plan.exact;
    if (plan.special !== undefined && !this.taken.has(plan.special)) {
      this.taken.add(plan.special);
      return plan.special;
    }
    this.count += 1;
    const name = `${KIND_LABELS[kind]} ${this.count}${plan.decoration}`;
    if (plan.padWith === undefined) return name;
    return name + plan.padWith.repeat(Math.max(0, MAX_NAME_LENGTH - [...name].length));
  }
}

/** A Pass state as the plan gave it, to compare with what is emitted. */
export interface PassRecord {
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
}

/** The workflow chain and what the test checks it against. */
export interface BuiltWorkflow {
  readonly chain: unknown;
  readonly passes: readonly PassRecord[];
}

interface Scope {
  readonly names: StateNames;
  readonly passes: PassRecord[];
  /** States of this States object from which control reaches the point being built. */
  readonly spine: readonly string[];
  /** Where the branch being built may jump back to: its owner (Choice or Task) and what leads there. */
  readonly jumpTargets: readonly string[];
  /** True when running out of the sequence being built ends the machine. */
  readonly endsMachine: boolean;
}

function pick(candidates: readonly string[], index: number): string {
  return candidates[index % candidates.length]!;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function condition(c: AnyChain, plan: ConditionPlan): unknown {
  switch (plan.kind) {
    case "compare":
      return plan.operand === undefined ? c[plan.method](plan.variable) : c[plan.method](plan.variable, plan.operand);
    case "and":
      return c.and(...plan.conditions.map((inner) => condition(c, inner)));
    case "or":
      return c.or(...plan.conditions.map((inner) => condition(c, inner)));
    case "not":
      return c.not(condition(c, plan.condition));
  }
}

/** A branch as the builder takes it: a state name, or a callback extending the chain it is given. */
function branchTarget(branch: BranchPlan, targets: readonly string[], scope: Scope): string | ((chain: AnyChain) => AnyChain) {
  if (branch.kind === "named") return branch.exact ?? pick(targets, branch.pick);
  return (chain) => buildSequence(chain, branch.sequence, { ...scope, spine: targets, jumpTargets: targets });
}

function targetName(branch: BranchPlan, targets: readonly string[]): string {
  if (branch.kind !== "named") throw new Error("a catcher given in the options names its target");
  return branch.exact ?? pick(targets, branch.pick);
}

/** Adds a Task, Parallel or Map state's catchers: those in its options, then `.catch()` calls. */
function withCatchers(add: (catchOption: object) => AnyChain, catchers: readonly CatcherPlan[], targets: readonly string[], scope: Scope): AnyChain {
  const inOptions = catchers
    .filter((c) => c.via === "options")
    .map((c) => withoutUndefined({ errorEquals: c.errorEquals, next: targetName(c.handler, targets), resultPath: c.resultPath, comment: c.comment }));
  let chain = add(inOptions.length > 0 ? { catch: inOptions } : {});
  for (const c of catchers.filter((c) => c.via === "method")) {
    chain = chain.catch(c.errorEquals, branchTarget(c.handler, targets, scope), withoutUndefined({ resultPath: c.resultPath, comment: c.comment }));
  }
  return chain;
}

function machineScope(outer: Pick<Scope, "names" | "passes">): Scope {
  return { names: outer.names, passes: outer.passes, spine: [], jumpTargets: [], endsMachine: true };
}

function buildStep(chain: AnyChain, step: StepPlan, scope: Scope): { chain: AnyChain; name: string } {
  const name = scope.names.next(step.kind, step.name);
  // Branches owned by this state may jump back to it or to any state leading to it.
  const targets = [...scope.spine, name];
  const retry = "retry" in step && step.retry ? { retry: step.retry } : {};
  switch (step.kind) {
    case "task": {
      const work = withoutUndefined({ ...step.work });
      return { name, chain: withCatchers((catchOption) => chain.task(name, { ...step.options, ...work, ...retry, ...catchOption }), step.catchers, targets, scope) };
    }
    case "pass":
      scope.passes.push({ name, options: step.options });
      return { name, chain: chain.pass(name, step.options) };
    case "wait":
      return { name, chain: chain.wait(name, step.options) };
    case "choice":
      return {
        name,
        chain: chain.choice(
          name,
          (c: AnyChain) => {
            let rules = c;
            for (const rule of step.rules) rules = rules.when(condition(c, rule.condition), branchTarget(rule.target, targets, scope), withoutUndefined({ comment: rule.comment }));
            return step.otherwise ? rules.otherwise(branchTarget(step.otherwise, targets, scope)) : rules;
          },
          step.options,
        ),
      };
    case "parallel": {
      const branches = step.branches.map((branch) => (b: AnyChain) => buildSequence(b, branch, machineScope(scope)));
      return { name, chain: withCatchers((catchOption) => chain.parallel(name, branches, { ...step.options, ...retry, ...catchOption }), step.catchers, targets, scope) };
    }
    case "map": {
      const processor = (item: AnyChain) => buildSequence(item, step.processor, machineScope(scope));
      return { name, chain: withCatchers((catchOption) => chain.map(name, { ...step.options, ...retry, ...catchOption }, processor), step.catchers, targets, scope) };
    }
  }
}

function buildSequence(chain: AnyChain, plan: SequencePlan, scope: Scope): AnyChain {
  let spine = scope.spine;
  for (const [i, step] of plan.steps.entries()) {
    // A Choice whose branches all end ends the chain; what the plan puts after it is dropped.
    if (chain.ended) return chain;
    const runsOut = i === plan.steps.length - 1 && plan.ending.kind === "open";
    const built = buildStep(chain, step, { ...scope, spine, endsMachine: runsOut && scope.endsMachine });
    chain = built.chain;
    spine = [...spine, built.name];
  }
  if (chain.ended) return chain;
  const ending = plan.ending;
  switch (ending.kind) {
    case "open":
      // An empty branch continues where its owner continues; with nothing after, it needs a state.
      return chain.steps === undefined && scope.endsMachine ? chain.pass(scope.names.next("pass", { decoration: "" })) : chain;
    case "succeed":
      return chain.succeed(scope.names.next("succeed", ending.name), ending.options);
    case "fail":
      return chain.fail(scope.names.next("fail", ending.name), ending.options);
    case "goto":
      return scope.jumpTargets.length > 0 ? chain.goto(pick(scope.jumpTargets, ending.pick)) : chain.succeed(scope.names.next("succeed", { decoration: "" }));
  }
}

/** What starts the chain: the DSL's `workflow`, or a stand-in that also records the calls. */
export type StartWorkflow = (name: string, options: Record<string, unknown>) => unknown;

/**
 * The workflow chain a plan describes, ready for `buildWorkflow`.
 * @param input the workflow's input schema. @default z.object({})
 * @param start what makes the first chain. @default workflow
 */
export function workflowFromPlan(plan: WorkflowPlan, input: ZodType = z.object({}), start: StartWorkflow = workflow as unknown as StartWorkflow): BuiltWorkflow {
  const first = start(plan.name, { input, ...plan.options }) as AnyChain;
  const passes: PassRecord[] = [];
  return { chain: buildSequence(first, plan.body, machineScope({ names: new StateNames(), passes })), passes };
}
