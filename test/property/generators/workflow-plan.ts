/**
 * Random valid workflow plans: all eight state kinds, nested up to a few levels (branches holding
 * maps holding choices, …), Retry and Catch, converging and jumping branches.
 *
 * Loops stay escapable by construction: a branch may end by jumping back (goto, a named rule or
 * catch target) only to a state that leads to the Choice or Task owning that branch, and every
 * Choice keeps at least one branch that does not jump back. Only Choice branches and catch
 * handlers jump; a Parallel branch, a Map processor or the workflow itself always runs out or ends.
 */
import fc from "fast-check";
import { conditionArbitrary } from "./conditions.ts";
import { catchResultPath, errorLists, retryArbitrary } from "./retry-catch.ts";
import { taskWork } from "./resources.ts";
import {
  choiceOptions,
  distributedMapOptions,
  failOptions,
  inlineMapOptions,
  parallelOptions,
  passOptions,
  succeedOptions,
  taskOptions,
  waitOptions,
} from "./state-options.ts";
import type { BranchPlan, CatcherPlan, EndingPlan, NamePlan, RulePlan, SequencePlan, StepPlan, WorkflowPlan } from "./plan.ts";

interface PlanContext {
  /** How many more levels of nested chains may open below this one. */
  readonly depth: number;
  /** Inside an Express child workflow (a Distributed Map with executionType EXPRESS). */
  readonly express: boolean;
}

/** A sequence's role: a machine of its own (workflow, Parallel branch, Map processor) or a branch that may jump back. */
type Role = "machine" | "branch";

const DECORATIONS = ["", "", "", "", " · ünïcødé", " 中文", " 🚀", "-with-dashes", " (retry)", ' "quoted" \\ back', " $.notAPath", " {}"];

/** Names JavaScript objects treat specially; ASL takes any name. */
export const SPECIAL_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"];

const rarely = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** Now and then a name is padded to exactly 80 characters (some outside the BMP) or special. */
export const namePlan: fc.Arbitrary<NamePlan> = fc
  .tuple(fc.constantFrom(...DECORATIONS), rarely(fc.constantFrom("x", "é", "🚀")), rarely(fc.constantFrom(...SPECIAL_NAMES)))
  .map(([decoration, padWith, special]) => ({ decoration, ...(padWith === undefined ? {} : { padWith }), ...(special === undefined ? {} : { special }) }));

function isExit(branch: BranchPlan): boolean {
  return branch.kind === "chain" && branch.sequence.ending.kind !== "goto";
}

/** Makes a branch that cannot jump back: a named target or a goto ending becomes a run-out chain. */
function asExit(branch: BranchPlan): BranchPlan {
  if (branch.kind === "named") return { kind: "chain", sequence: { steps: [], ending: { kind: "open" } } };
  if (branch.sequence.ending.kind === "goto") return { kind: "chain", sequence: { ...branch.sequence, ending: { kind: "open" } } };
  return branch;
}

class PlanArbitraries {
  private readonly sequences = new Map<string, fc.Arbitrary<SequencePlan>>();

  sequence(ctx: PlanContext, role: Role): fc.Arbitrary<SequencePlan> {
    const key = `${ctx.depth}/${ctx.express}/${role}`;
    let arbitrary = this.sequences.get(key);
    if (!arbitrary) {
      arbitrary = this.buildSequence(ctx, role);
      this.sequences.set(key, arbitrary);
    }
    return arbitrary;
  }

  private buildSequence(ctx: PlanContext, role: Role): fc.Arbitrary<SequencePlan> {
    const step = this.step(ctx);
    const minLength = role === "machine" ? 1 : 0;
    const maxLength = ctx.depth >= 3 ? 5 : ctx.depth === 2 ? 3 : 2;
    const endings: fc.Arbitrary<EndingPlan>[] = [
      fc.constant({ kind: "open" as const }),
      fc.record({ kind: fc.constant("succeed" as const), name: namePlan, options: succeedOptions }),
      fc.record({ kind: fc.constant("fail" as const), name: namePlan, options: failOptions }),
    ];
    const ending =
      role === "branch"
        ? fc.oneof({ weight: 3, arbitrary: endings[0]! }, { weight: 1, arbitrary: endings[1]! }, { weight: 1, arbitrary: endings[2]! }, { weight: 2, arbitrary: fc.record({ kind: fc.constant("goto" as const), pick: fc.nat() }) })
        : fc.oneof({ weight: 4, arbitrary: endings[0]! }, { weight: 1, arbitrary: endings[1]! }, { weight: 1, arbitrary: endings[2]! });
    return fc.record({ steps: fc.array(step, { minLength, maxLength }), ending });
  }

  private branch(ctx: PlanContext): fc.Arbitrary<BranchPlan> {
    const named = fc.record({ kind: fc.constant("named" as const), pick: fc.nat() });
    if (ctx.depth === 0) return named;
    return fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant("chain" as const), sequence: this.sequence({ ...ctx, depth: ctx.depth - 1 }, "branch") }) },
      { weight: 1, arbitrary: named },
    );
  }

  private catchers(ctx: PlanContext): fc.Arbitrary<CatcherPlan[]> {
    const handler = this.branch(ctx);
    const catcher = fc.record(
      { via: fc.constantFrom("options" as const, "method" as const), handler, resultPath: catchResultPath, comment: fc.constantFrom("on failure", "ünïcødé") },
      { requiredKeys: ["via", "handler"] },
    );
    return fc
      .array(catcher, { maxLength: 2 })
      .chain((list) => {
        // Catchers from the options come first in the emitted Catch, so States.ALL goes after both kinds.
        const ordered = [...list.filter((c) => c.via === "options"), ...list.filter((c) => c.via === "method")];
        return errorLists(ordered.length).map((lists) =>
          ordered.map((c, i): CatcherPlan => ({ ...c, handler: c.via === "options" && c.handler.kind === "chain" ? { kind: "named", pick: i } : c.handler, errorEquals: lists[i]! })),
        );
      });
  }

  private step(ctx: PlanContext): fc.Arbitrary<StepPlan> {
    const retry = fc.option(retryArbitrary, { nil: undefined, freq: 3 });
    const task = fc.record({ kind: fc.constant("task" as const), name: namePlan, work: taskWork(ctx.express), options: taskOptions, retry, catchers: this.catchers(ctx) });
    const pass = fc.record({ kind: fc.constant("pass" as const), name: namePlan, options: passOptions });
    const wait = fc.record({ kind: fc.constant("wait" as const), name: namePlan, options: waitOptions });
    const leaves = [
      { weight: 8, arbitrary: task as fc.Arbitrary<StepPlan> },
      { weight: 4, arbitrary: pass as fc.Arbitrary<StepPlan> },
      { weight: 2, arbitrary: wait as fc.Arbitrary<StepPlan> },
    ];
    if (ctx.depth === 0) return fc.oneof(...leaves);

    const inner = { ...ctx, depth: ctx.depth - 1 };
    const rule = fc.record({ condition: conditionArbitrary(), target: this.branch(ctx), comment: fc.constantFrom("when it holds", "ünïcødé") }, { requiredKeys: ["condition", "target"] });
    const choice = fc
      .record({
        kind: fc.constant("choice" as const),
        name: namePlan,
        rules: fc.array(rule, { minLength: 1, maxLength: 3 }),
        otherwise: fc.option(this.branch(ctx), { nil: undefined }),
        options: choiceOptions,
        exitIndex: fc.nat(),
      })
      .map(({ exitIndex, ...plan }): StepPlan => {
        const targets = [...plan.rules.map((r) => r.target), ...(plan.otherwise ? [plan.otherwise] : [])];
        if (targets.some(isExit)) return withoutUndefined(plan);
        // No branch leaves the loop: turn one into a branch that runs out.
        const fixed = exitIndex % targets.length;
        const rules: RulePlan[] = plan.rules.map((r, i) => (i === fixed ? { ...r, target: asExit(r.target) } : r));
        const otherwise = plan.otherwise && fixed === plan.rules.length ? asExit(plan.otherwise) : plan.otherwise;
        return withoutUndefined({ ...plan, rules, otherwise });
      });
    const parallel = fc.record({
      kind: fc.constant("parallel" as const),
      name: namePlan,
      branches: fc.array(this.sequence(inner, "machine"), { minLength: 1, maxLength: 3 }),
      options: parallelOptions,
      retry,
      catchers: this.catchers(ctx),
    });
    const inlineMap = fc.record({
      kind: fc.constant("map" as const),
      name: namePlan,
      processor: this.sequence(inner, "machine"),
      options: inlineMapOptions,
      retry,
      catchers: this.catchers(ctx),
    });
    const distributedMap = distributedMapOptions.chain((options) =>
      fc.record({
        kind: fc.constant("map" as const),
        name: namePlan,
        processor: this.sequence({ depth: inner.depth, express: options.executionType === "EXPRESS" }, "machine"),
        options: fc.constant(options),
        retry,
        catchers: this.catchers(ctx),
      }),
    );
    // Few Distributed Maps: statelint skips any workflow holding one.
    return fc.oneof(
      ...leaves,
      { weight: 6, arbitrary: choice },
      { weight: 2, arbitrary: parallel as fc.Arbitrary<StepPlan> },
      { weight: 2, arbitrary: inlineMap as fc.Arbitrary<StepPlan> },
      { weight: ctx.depth >= 3 ? 2 : 1, arbitrary: distributedMap as fc.Arbitrary<StepPlan> },
    );
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const workflowOptions = fc.record(
  { comment: fc.constantFrom("Random workflow", "ünïcødé"), timeoutSeconds: fc.integer({ min: 1, max: 99_999_998 }), version: fc.constant("1.0") },
  { requiredKeys: [] },
);

/** Valid workflow plans whose chains nest at most `depth` levels. */
export function workflowPlanArbitrary(depth = 3): fc.Arbitrary<WorkflowPlan> {
  const plans = new PlanArbitraries();
  return fc.record({
    name: fc.constantFrom("RandomWorkflow", "Order processing"),
    options: workflowOptions,
    body: plans.sequence({ depth, express: false }, "machine"),
  });
}
