/**
 * The runtime behind the `Chain` interface. It is loosely typed on purpose: the generics live in
 * chain-types.ts. Every call returns a new chain around new frozen data; nothing is patched.
 */
import type { ZodType } from "zod";
import { BUILDABLE } from "./chain-types.ts";
import { conditionFactory } from "./conditions.ts";
import { captureSite, type LazySite } from "./site.ts";
import type { CatchStep, RuleStep, StateStep, Step, StepList, Target } from "./steps.ts";
import type { Condition, QueryLanguage, StateNode, StateType } from "../ir/nodes.ts";
import { STATE_SPECS } from "../ir/spec/states.ts";
import { parseOptions } from "./parse-options.ts";
import { isExpressionText, isJsonataExpression } from "../jsonata/jsonata-value.ts";

/** What the root chain of a workflow knows besides its states. */
export interface WorkflowMeta {
  readonly name: string;
  readonly input: ZodType;
  readonly comment?: string;
  readonly timeoutSeconds?: number;
  readonly version?: string;
  readonly queryLanguage?: QueryLanguage;
  readonly site: LazySite;
}

type Options = Readonly<Record<string, unknown>>;

/** What some kinds of step carry besides their options: rules, branches, a processor. */
type StepExtras = Pick<Partial<StateStep>, "rules" | "otherwise" | "branches" | "processor">;

function checkName(method: string, name: unknown): string {
  if (typeof name !== "string" || name.length === 0) {
    throw new TypeError(`${method}(): the first argument must be the state's name, a non-empty string`);
  }
  return name;
}

function checkOptions(method: string, name: string, options: unknown): Options {
  if (options === undefined) return Object.freeze({});
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${method}('${name}'): the options must be an object`);
  }
  return Object.freeze({ ...options });
}

function toTarget(method: string, then: unknown, root: ChainImpl): Target {
  if (typeof then === "string") return Object.freeze({ kind: "name", name: checkName(method, then) });
  if (typeof then === "function") {
    const chain = then(root.branch());
    if (!(chain instanceof ChainImpl)) {
      throw new TypeError(`${method}: the callback must return the chain it was given, extended (e.g. b => b.task(…))`);
    }
    return Object.freeze({ kind: "chain", chain });
  }
  throw new TypeError(`${method}: give a state name or a callback that builds the branch`);
}

/** A rule's condition: one built by the factory, or (JSONata) an expression giving a boolean. */
function ruleCondition(condition: unknown): Condition {
  // A literal Condition, as Step Functions takes it: the rule always (true) or never (false) matches.
  if (typeof condition === "boolean") return Object.freeze({ kind: "jsonata", expression: condition });
  if (isExpressionText(condition)) return Object.freeze({ kind: "jsonata", expression: condition });
  if (isJsonataExpression(condition)) return Object.freeze({ kind: "jsonata", expression: condition.expression });
  if (typeof condition === "object" && condition !== null && "condition" in condition && (condition as { condition: unknown }).condition) {
    return (condition as { condition: Condition }).condition;
  }
  throw new TypeError("when(): the first argument must be a condition, e.g. c.booleanEquals('$.ok', true), or (JSONata) an expression '{% $states.input.ok %}'");
}

/** Rules collected by a Choice callback. */
class ChoiceRulesImpl {
  constructor(
    private readonly root: ChainImpl,
    readonly rules: readonly RuleStep[],
    readonly otherwiseTarget?: Target,
  ) {}

  when(condition: unknown, then: unknown, options: { comment?: string; output?: unknown; assign?: unknown } = {}): ChoiceRulesImpl {
    if (this.otherwiseTarget) throw new TypeError("when(): add rules before otherwise()");
    const rule: RuleStep = Object.freeze({
      condition: ruleCondition(condition),
      target: toTarget("when()", then, this.root),
      comment: options.comment,
      output: options.output,
      assign: options.assign,
    });
    return new ChoiceRulesImpl(this.root, Object.freeze([...this.rules, rule]));
  }

  otherwise(then: unknown): ChoiceRulesImpl {
    if (this.otherwiseTarget) throw new TypeError("otherwise(): a Choice has one Default");
    return new ChoiceRulesImpl(this.root, this.rules, toTarget("otherwise()", then, this.root));
  }
}

export class ChainImpl {
  readonly [BUILDABLE] = true as const;

  constructor(
    readonly meta: WorkflowMeta | undefined,
    readonly steps: StepList | undefined,
    /** True once the chain ended (succeed, fail, goto, end, or a Choice with nothing falling through). */
    readonly ended = false,
    /** True when the chain ended with end(): its last state ends the machine it is in (End). */
    readonly endsMachine = false,
    /** The chain a branch, handler or processor callback's chain was started from, whose states it may name. */
    readonly parent?: ChainImpl,
    /** A Choice being built on this chain: its rules' chains may name it. */
    readonly pending?: string,
  ) {}

  /** An empty chain for a branch, handler or processor callback. */
  branch(): ChainImpl {
    return new ChainImpl(undefined, undefined, false, false, this);
  }

  private add(step: Step, ended = false): ChainImpl {
    if (this.ended) throw new TypeError(`cannot add '${step.kind === "goto" ? step.target : step.name}': this chain has already ended`);
    return new ChainImpl(this.meta, Object.freeze({ step, previous: this.steps }), ended, false, this.parent);
  }

  private state(type: StateType, method: string, name: unknown, options: unknown, extra: StepExtras = {}, ended = false): ChainImpl {
    const checked = checkName(method, name);
    const given = checkOptions(method, checked, options);
    // The spec of the step's own kind parses its options, so `parsed` belongs with `type`.
    const step = Object.freeze({
      kind: "state",
      type,
      name: checked,
      options: given,
      parsed: parseOptions<StateNode>(STATE_SPECS[type], given, checked),
      site: captureSite(),
      catchers: Object.freeze([]),
      ...extra,
    }) as StateStep;
    return this.add(step, ended);
  }

  task(name: unknown, options: unknown): ChainImpl {
    if (typeof options !== "object" || options === null || !("resource" in options)) {
      throw new TypeError(`task('${String(name)}'): the options need a resource (lambda.invoke(…), sns.publish(), an ARN, …)`);
    }
    return this.state("Task", "task", name, options);
  }

  pass(name: unknown, options?: unknown): ChainImpl {
    return this.state("Pass", "pass", name, options);
  }

  wait(name: unknown, options: unknown): ChainImpl {
    return this.state("Wait", "wait", name, options);
  }

  succeed(name: unknown, options?: unknown): ChainImpl {
    return this.state("Succeed", "succeed", name, options, {}, true);
  }

  fail(name: unknown, options?: unknown): ChainImpl {
    return this.state("Fail", "fail", name, options, {}, true);
  }

  /**
   * Ends the machine this chain is in at its last state (`End: true`), where it would otherwise
   * continue at the state after the branch: a Choice rule or catch handler that finishes the
   * workflow with a state that is not a Succeed or Fail.
   */
  end(): ChainImpl {
    const last = this.steps?.step;
    if (!last) throw new TypeError("end(): add a state first; end() makes the chain's last state end the workflow");
    if (this.ended) throw new TypeError(`end(): the chain has already ended at '${last.kind === "goto" ? last.target : last.name}'`);
    return new ChainImpl(this.meta, this.steps, true, true, this.parent);
  }

  goto(target: unknown): ChainImpl {
    return this.add(Object.freeze({ kind: "goto", target: checkName("goto", target), site: captureSite() }), true);
  }

  choice(name: unknown, rules: unknown, options?: unknown): ChainImpl {
    const site = captureSite();
    if (typeof rules !== "function") throw new TypeError(`choice('${String(name)}'): the second argument must be a callback that adds rules`);
    const withChoice = new ChainImpl(this.meta, this.steps, this.ended, this.endsMachine, this.parent, String(name));
    const built = rules(Object.assign(new ChoiceRulesImpl(withChoice, []), conditionFactory));
    if (!(built instanceof ChoiceRulesImpl)) throw new TypeError(`choice('${String(name)}'): the callback must return c.when(…)… or c.otherwise(…)`);
    if (built.rules.length === 0) throw new TypeError(`choice('${String(name)}'): a Choice needs at least one when(…) rule`);
    const targets = [...built.rules.map((r) => r.target), ...(built.otherwiseTarget ? [built.otherwiseTarget] : [])];
    const fallsThrough = targets.some((t) => t.kind === "chain" && !t.chain.ended);
    // A rule naming a state not declared yet jumps forward: the chain goes on to declare it.
    const declared = this.declaredNames(String(name));
    const jumpsForward = targets.some((t) => t.kind === "name" && !declared.has(t.name));
    const chain = this.state("Choice", "choice", name, options, { rules: built.rules, otherwise: built.otherwiseTarget }, !fallsThrough && !jumpsForward);
    return chain.withSite(site);
  }

  parallel(name: unknown, branches: unknown, options?: unknown): ChainImpl {
    if (!Array.isArray(branches) || branches.length === 0) {
      throw new TypeError(`parallel('${String(name)}'): give an array of branch callbacks, e.g. [b => b.task(…), b => b.task(…)]`);
    }
    const built = branches.map((fn, i) => {
      const target = toTarget(`parallel('${String(name)}') branch ${i + 1}`, fn, this);
      if (target.kind !== "chain") throw new TypeError(`parallel('${String(name)}'): branch ${i + 1} must be a callback`);
      return target.chain;
    });
    return this.state("Parallel", "parallel", name, options, { branches: Object.freeze(built) });
  }

  map(name: unknown, options: unknown, processor: unknown): ChainImpl {
    const target = toTarget(`map('${String(name)}') processor`, processor, this);
    if (target.kind !== "chain") throw new TypeError(`map('${String(name)}'): the third argument must be a callback that builds the item processor`);
    return this.state("Map", "map", name, options, { processor: target.chain });
  }

  catch(errorEquals: unknown, handler: unknown, options: { resultPath?: string | null; output?: unknown; assign?: unknown; comment?: string } = {}): ChainImpl {
    const last = this.steps?.step;
    if (!last || last.kind !== "state" || !["Task", "Parallel", "Map"].includes(last.type)) {
      throw new TypeError("catch(): call it right after task(), parallel() or map()");
    }
    if (!Array.isArray(errorEquals) || errorEquals.length === 0) throw new TypeError(`catch() on '${last.name}': errorEquals must list at least one error name`);
    const catcher: CatchStep = Object.freeze({
      errorEquals: Object.freeze([...errorEquals]),
      resultPath: options.resultPath,
      output: options.output,
      assign: options.assign,
      comment: options.comment,
      target: toTarget(`catch() on '${last.name}'`, handler, this),
    });
    const step: StateStep = Object.freeze({ ...last, catchers: Object.freeze([...last.catchers, catcher]) });
    return new ChainImpl(this.meta, Object.freeze({ step, previous: this.steps!.previous }), this.ended, this.endsMachine, this.parent);
  }

  /** The names of the states this chain and the chains it was started from declared so far, and `also`. */
  private declaredNames(also: string): Set<string> {
    const names = new Set([also]);
    for (let chain: ChainImpl | undefined = this; chain; chain = chain.parent) {
      if (chain.pending !== undefined) names.add(chain.pending);
      for (let node = chain.steps; node; node = node.previous) if (node.step.kind === "state") names.add(node.step.name);
    }
    return names;
  }

  /** Replaces the site of the newest step (a Choice's site is taken before its callback runs). */
  private withSite(site: LazySite): ChainImpl {
    const last = this.steps!.step;
    return new ChainImpl(this.meta, Object.freeze({ step: Object.freeze({ ...last, site }), previous: this.steps!.previous }), this.ended, this.endsMachine, this.parent);
  }
}
