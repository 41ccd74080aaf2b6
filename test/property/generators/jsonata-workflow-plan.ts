/**
 * Random JSONata workflow plans, drawn from one seed: machines that say JSONata, and JSONPath
 * machines holding JSONata states. Every state kind, Arguments, Output and Assign (state, rule,
 * catcher), Items and ItemSelector, expressions in numeric fields, and variables read only where
 * every path to the reading state assigned them.
 *
 * Variable reads stay within what Step Functions allows: a state reads variables assigned before
 * it on every path (a Catch handler also those its catcher assigns); a Parallel branch or inline
 * Map iteration reads the enclosing scope's, a Distributed Map's none; inner scopes assign only
 * fresh names. Choice assignments are never read afterwards (a rule's or the Default's may have
 * run), and neither are those of a state whose catchers may have led around it.
 */
import type {
  Assignments,
  CatcherPlan,
  ConditionPlan,
  EndingPlan,
  FactoryCall,
  JsonataWorkflowPlan,
  PlanValue,
  QueryLanguage,
  Retrier,
  RulePlan,
  SequencePlan,
  StepPlan,
  TaskRequest,
} from "./jsonata-plan.ts";
import { fallsThrough } from "./jsonata-plan.ts";

/** A small seeded generator (mulberry32): the same seed gives the same plan. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

type VariableKind = "positive" | "string" | "array" | "object" | "any";

interface Variable {
  readonly name: string;
  readonly kind: VariableKind;
}

interface Scope {
  /** Variables every path to this point assigned, readable here. */
  readonly readable: readonly Variable[];
  /** How many more levels of nested chains may open. */
  readonly depth: number;
}

/** Which `$states` members a field may read. */
type FieldRole = "plain" | "result" | "error";

const KEYS = ["id", "total", "note", "key with space", "ünïcødé", "nested"];
const STRINGS = ["text", "ünïcødé", 'with "quotes"', "$.not.a.path"];
const ERRORS = ["States.Timeout", "States.TaskFailed", "Lambda.ServiceException", "My.Custom.Error"];
const COMMENTS = ["a comment", "ünïcødé comment"];

class PlanWriter {
  private states = 0;
  private variables = 0;

  constructor(
    private readonly random: Random,
    /** The machine's QueryLanguage as written (undefined: JSONPath by default). */
    private readonly machineLanguage: QueryLanguage | undefined,
  ) {}

  private stateName(kind: string): string {
    this.states += 1;
    return `${kind} ${this.states}`;
  }

  private freshVariable(): string {
    this.variables += 1;
    return `v${this.variables}`;
  }

  /** The language a new state gets: its QueryLanguage as written and whether it is JSONata. */
  private language(mustBeJsonata: boolean): { queryLanguage?: QueryLanguage; jsonata: boolean } {
    const r = this.random;
    if (this.machineLanguage === "JSONata") return r.chance(0.2) ? { queryLanguage: "JSONata", jsonata: true } : { jsonata: true };
    if (mustBeJsonata || r.chance(0.65)) return { queryLanguage: "JSONata", jsonata: true };
    return r.chance(0.3) ? { queryLanguage: "JSONPath", jsonata: false } : { jsonata: false };
  }

  private comment(): { comment?: string } {
    return this.random.chance(0.15) ? { comment: this.random.pick(COMMENTS) } : {};
  }

  // Values

  private readable(scope: Scope, kind?: VariableKind): Variable[] {
    return scope.readable.filter((v) => kind === undefined || v.kind === kind);
  }

  /** An expression for a field that takes any value. */
  private expression(scope: Scope, role: FieldRole): PlanValue {
    const r = this.random;
    const options: PlanValue[] = [
      "{% $states.input %}",
      "{% $states.context.Execution.Id %}",
      "{% $states.context.State.Name %}",
      "{% 1 + 2 %}",
      "{% $uuid() %}",
      "{% $string(42) & '-x' %}",
      { viaHelper: "$count([1, 2, 3])" },
    ];
    if (role === "result") options.push("{% $states.result %}", "{% $states.result %}");
    if (role === "error") options.push("{% $states.errorOutput %}", "{% $states.errorOutput.Error %}", "{% $states.errorOutput.Cause %}");
    const variables = this.readable(scope);
    // Reading variables is what this test is about: prefer it when there is one.
    if (variables.length > 0 && r.chance(0.45)) {
      const v = r.pick(variables);
      return r.chance(0.8) ? `{% $${v.name} %}` : { viaHelper: `$${v.name}` };
    }
    return r.pick(options);
  }

  private scalar(): PlanValue {
    const r = this.random;
    switch (r.int(0, 3)) {
      case 0:
        return r.int(1, 100);
      case 1:
        return r.pick(STRINGS);
      case 2:
        return r.chance(0.5);
      default:
        return null;
    }
  }

  /** JSON holding expressions; `depth` bounds nesting. No nested arrays (asl-validator refuses them). */
  private template(scope: Scope, role: FieldRole, depth: number): { [key: string]: PlanValue } {
    const r = this.random;
    const out: Record<string, PlanValue> = {};
    for (let i = r.int(1, 3); i > 0; i--) {
      const key = r.pick(KEYS);
      const kind = r.int(0, depth > 0 ? 4 : 2);
      out[key] =
        kind === 0 ? this.expression(scope, role) : kind === 1 ? this.scalar() : kind === 2 ? this.expression(scope, role) : kind === 3 ? this.template(scope, role, depth - 1) : [this.scalar(), this.expression(scope, role)];
    }
    return out;
  }

  /** Output, Arguments: an expression or JSON holding expressions (asl-validator refuses a bare literal). */
  private shaped(scope: Scope, role: FieldRole): PlanValue {
    return this.random.chance(0.5) ? this.expression(scope, role) : this.template(scope, role, 1);
  }

  private maybe<T>(p: number, make: () => T): T | undefined {
    return this.random.chance(p) ? make() : undefined;
  }

  /** Assign: fresh variables with values of known kinds (literals) or unknown ones (expressions). */
  private assignments(scope: Scope, role: FieldRole, into: Variable[], jsonata: boolean): Assignments {
    const r = this.random;
    const out: Record<string, PlanValue> = {};
    for (let i = r.int(1, 2); i > 0; i--) {
      const name = this.freshVariable();
      const kind = r.int(0, jsonata ? 4 : 3);
      if (kind === 0) {
        out[name] = r.int(1, 300);
        into.push({ name, kind: "positive" });
      } else if (kind === 1) {
        out[name] = r.pick(["alpha", "beta", "ünï"]);
        into.push({ name, kind: "string" });
      } else if (kind === 2) {
        out[name] = [r.int(1, 9), r.int(1, 9), r.int(1, 9)];
        into.push({ name, kind: "array" });
      } else if (kind === 3) {
        out[name] = { id: r.int(1, 9), note: "object" };
        into.push({ name, kind: "object" });
      } else {
        out[name] = this.expression(scope, role);
        into.push({ name, kind: "any" });
      }
    }
    return out;
  }

  /** A number field: a literal, or an expression giving a positive integer. */
  private positive(scope: Scope, max: number): number | string {
    const r = this.random;
    const variables = this.readable(scope, "positive");
    switch (r.int(0, 3)) {
      case 0:
        return r.int(1, max);
      case 1:
        return `{% ${r.int(1, max)} %}`;
      case 2:
        return `{% ${r.int(1, 9)} + ${r.int(1, 9)} %}`;
      default:
        return variables.length > 0 ? `{% $${r.pick(variables).name} %}` : `{% ${r.int(1, max)} %}`;
    }
  }

  private condition(scope: Scope): ConditionPlan {
    const r = this.random;
    const numbers = this.readable(scope, "positive");
    const strings = this.readable(scope, "string");
    const factory = (): { build: FactoryCall; jsonata: string } => {
      const n = numbers.length > 0 && r.chance(0.5) ? r.pick(numbers) : undefined;
      const s = strings.length > 0 ? r.pick(strings) : undefined;
      if (n) {
        const bound = r.int(1, 200);
        return r.chance(0.5)
          ? { build: { method: "numericGreaterThan", args: [`$${n.name}`, bound] }, jsonata: `$${n.name} > ${bound}` }
          : { build: { method: "numericLessThanEquals", args: [`$${n.name}`, bound] }, jsonata: `$${n.name} <= ${bound}` };
      }
      if (s) return { build: { method: "stringEquals", args: [`$${s.name}`, "alpha"] }, jsonata: `$${s.name} = 'alpha'` };
      return { build: { method: "isPresent", args: ["$", true] }, jsonata: "$exists($states.input)" };
    };
    if (r.chance(0.5)) {
      const options = ["$exists($states.input)", "$count([1, 2]) > 1", "true", "$states.context.State.Name = 'x'"];
      for (const v of numbers) options.push(`$${v.name} = 5`);
      for (const v of strings) options.push(`$${v.name} != 'beta'`);
      return { kind: "expression", expression: `{% ${r.pick(options)} %}` };
    }
    const first = factory();
    switch (r.int(0, 3)) {
      case 0: {
        const second = factory();
        return { kind: "factory", build: { method: "and", inner: [first.build, second.build] }, jsonata: `{% (${first.jsonata}) and (${second.jsonata}) %}` };
      }
      case 1:
        return { kind: "factory", build: { method: "not", inner: [first.build] }, jsonata: `{% $not(${first.jsonata}) %}` };
      default:
        return { kind: "factory", build: first.build, jsonata: `{% ${first.jsonata} %}` };
    }
  }

  // States

  private retry(): { retry?: readonly Retrier[] } {
    return this.random.chance(0.3) ? { retry: [{ errorEquals: this.random.chance(0.5) ? ["States.ALL"] : [this.random.pick(ERRORS)], maxAttempts: this.random.int(0, 3) }] } : {};
  }

  /** Catchers (States.ALL only last) and their handlers, which continue where the state does. */
  private catchers(scope: Scope, jsonata: boolean): CatcherPlan[] {
    const r = this.random;
    if (scope.depth === 0) return [];
    const count = r.pick([0, 0, 1, 2]);
    const out: CatcherPlan[] = [];
    for (let i = 0; i < count; i++) {
      const last = i === count - 1;
      const errorEquals = last && r.chance(0.5) ? ["States.ALL"] : [ERRORS[i % ERRORS.length]!];
      const assigned: Variable[] = [];
      const assign = jsonata ? this.maybe(0.5, () => this.assignments(scope, "error", assigned, true)) : undefined;
      const output = jsonata ? this.maybe(0.4, () => this.shaped(scope, "error")) : undefined;
      const handler = this.sequence({ readable: [...scope.readable, ...assigned], depth: scope.depth - 1 });
      out.push({ errorEquals, handler, ...(output === undefined ? {} : { output }), ...(assign === undefined ? {} : { assign }) });
    }
    return out;
  }

  /** Output and Assign of a state; the variables it assigns are added to `into`. */
  private outputs(scope: Scope, role: FieldRole, jsonata: boolean, into: Variable[]): { output?: PlanValue; assign?: Assignments } {
    const output = jsonata ? this.maybe(0.4, () => this.shaped(scope, role)) : undefined;
    const assign = this.maybe(jsonata ? 0.5 : 0.3, () => this.assignments(scope, role, into, jsonata));
    return { ...(output === undefined ? {} : { output }), ...(assign === undefined ? {} : { assign }) };
  }

  private task(scope: Scope, into: Variable[]): StepPlan {
    const r = this.random;
    const language = this.language(false);
    const name = this.stateName("Task");
    if (!language.jsonata) {
      // A JSONPath Task in a mixed machine: lambda.invoke with its default Parameters.
      return { kind: "task", name, ...language, ...this.comment(), request: { kind: "lambda", functionName: "fill-in" }, ...this.retry(), catchers: this.catchers(scope, false) };
    }
    const requests: TaskRequest[] = [
      { kind: "lambda", functionName: "process" },
      { kind: "lambda", functionName: "process", payload: this.shaped(scope, "plain") },
      { kind: "sns", arguments: { TopicArn: "arn:aws:sns:us-east-1:123456789012:Orders", Message: this.expression(scope, "plain") } },
      { kind: "sdk", arguments: { Bucket: "my-bucket", Key: this.expression(scope, "plain") } },
      { kind: "activity" },
    ];
    const timeouts = r.int(0, 4);
    const limits =
      timeouts === 0
        ? {}
        : timeouts === 1
          ? { timeoutSeconds: this.positive(scope, 3600) }
          : timeouts === 2
            ? { timeoutSeconds: `{% ${r.int(100, 200)} %}`, heartbeatSeconds: this.positive(scope, 99) }
            : timeouts === 3
              ? { timeoutSeconds: 300, heartbeatSeconds: r.int(1, 299) }
              : { heartbeatSeconds: this.positive(scope, 60) };
    const credentials = this.maybe(0.2, () => {
      const strings = this.readable(scope, "string");
      return { RoleArn: strings.length > 0 && r.chance(0.5) ? `{% $${r.pick(strings).name} %}` : "arn:aws:iam::123456789012:role/Worker" };
    });
    const catchers = this.catchers(scope, true);
    const assigned: Variable[] = [];
    const step: StepPlan = {
      kind: "task",
      name,
      ...language,
      ...this.comment(),
      request: r.pick(requests),
      ...limits,
      ...(credentials ? { credentials } : {}),
      ...this.outputs(scope, "result", true, assigned),
      ...this.retry(),
      catchers,
    };
    // A catcher may lead around the Task's own Assign.
    if (catchers.length === 0) into.push(...assigned);
    return step;
  }

  private pass(scope: Scope, into: Variable[]): StepPlan {
    const language = this.language(false);
    return { kind: "pass", name: this.stateName("Pass"), ...language, ...this.comment(), ...this.outputs(scope, "plain", language.jsonata, into) };
  }

  private wait(scope: Scope, into: Variable[]): StepPlan {
    const r = this.random;
    const language = this.language(false);
    const when = !language.jsonata
      ? { seconds: r.int(1, 60) }
      : r.chance(0.5)
        ? { seconds: this.positive(scope, 300) }
        : { timestamp: r.pick(["2026-03-14T01:59:00Z", "{% $now() %}", "{% $fromMillis(1800000000000) %}"]) };
    return { kind: "wait", name: this.stateName("Wait"), ...language, ...this.comment(), ...when, ...this.outputs(scope, "plain", language.jsonata, into) };
  }

  private choice(scope: Scope, mustFallThrough: boolean): StepPlan {
    const r = this.random;
    const inner: Scope = { readable: scope.readable, depth: scope.depth - 1 };
    const rules: RulePlan[] = [];
    for (let i = r.int(1, 3); i > 0; i--) {
      const extra = r.int(0, 3);
      rules.push({
        condition: this.condition(scope),
        branch: this.sequence(inner),
        ...(extra === 1 ? { output: this.shaped(scope, "plain") } : {}),
        ...(extra === 2 ? { assign: this.assignments(scope, "plain", [], true) } : {}),
        ...(r.chance(0.2) ? { comment: "when it holds" } : {}),
      });
    }
    let otherwise = this.maybe(0.6, () => this.sequence(inner));
    if (mustFallThrough && !rules.some((rule) => fallsThrough(rule.branch)) && !(otherwise && fallsThrough(otherwise))) {
      otherwise = { steps: [this.pass(inner, [])] };
    }
    // Assignments made in a Choice are not read later: the Default's or a rule's may have run.
    return { kind: "choice", name: this.stateName("Choice"), ...this.language(true), ...this.comment(), rules, ...(otherwise ? { otherwise } : {}), ...this.outputs(scope, "plain", true, []) };
  }

  private parallel(scope: Scope, into: Variable[]): StepPlan {
    const inner: Scope = { readable: scope.readable, depth: scope.depth - 1 };
    const branches = Array.from({ length: this.random.int(1, 3) }, () => this.sequence(inner));
    const catchers = this.catchers(scope, true);
    const assigned: Variable[] = [];
    const args = this.maybe(0.4, () => this.shaped(scope, "plain"));
    const step: StepPlan = {
      kind: "parallel",
      name: this.stateName("Parallel"),
      ...this.language(true),
      ...this.comment(),
      branches,
      ...(args === undefined ? {} : { arguments: args }),
      ...this.outputs(scope, "result", true, assigned),
      ...this.retry(),
      catchers,
    };
    if (catchers.length === 0) into.push(...assigned);
    return step;
  }

  private map(scope: Scope, into: Variable[]): StepPlan {
    const r = this.random;
    const distributed = r.chance(0.25);
    // A Distributed Map's child workflows read no variables of the enclosing scope.
    const processor = this.sequence({ readable: distributed ? [] : scope.readable, depth: scope.depth - 1 });
    const arrays = this.readable(scope, "array");
    const items = this.maybe(0.7, () => r.pick<PlanValue>([[1, 2, 3], "{% [1, 2, 3] %}", ...arrays.map((v) => `{% $${v.name} %}`)]));
    const itemSelector = this.maybe(0.5, () => ({
      value: "{% $states.context.Map.Item.Value %}",
      index: "{% $states.context.Map.Item.Index %}",
      ...(distributed ? {} : { extra: this.expression(scope, "plain") }),
    }));
    const limits = {
      ...(r.chance(0.5) ? { maxConcurrency: this.positive(scope, 10) } : {}),
      ...(distributed && r.chance(0.5) ? { toleratedFailureCount: r.chance(0.5) ? r.int(0, 5) : `{% ${r.int(0, 5)} %}` } : {}),
      ...(distributed && r.chance(0.5) ? { toleratedFailurePercentage: r.chance(0.5) ? r.int(0, 100) : `{% ${r.int(0, 100)} %}` } : {}),
      ...(distributed && r.chance(0.3) ? { label: "Batch" } : {}),
    };
    const catchers = this.catchers(scope, true);
    const assigned: Variable[] = [];
    const step: StepPlan = {
      kind: "map",
      name: this.stateName("Map"),
      ...this.language(true),
      ...this.comment(),
      processor,
      distributed,
      ...(items === undefined ? {} : { items }),
      ...(itemSelector === undefined ? {} : { itemSelector }),
      ...limits,
      ...this.outputs(scope, "result", true, assigned),
      ...this.retry(),
      catchers,
    };
    if (catchers.length === 0) into.push(...assigned);
    return step;
  }

  private ending(scope: Scope): EndingPlan | undefined {
    const r = this.random;
    const roll = r.int(0, 5);
    if (roll === 0) {
      const language = this.language(false);
      const output = language.jsonata ? this.maybe(0.6, () => this.shaped(scope, "plain")) : undefined;
      return { kind: "succeed", name: this.stateName("Succeed"), ...(language.queryLanguage ? { queryLanguage: language.queryLanguage } : {}), ...(output === undefined ? {} : { output }) };
    }
    if (roll === 1) {
      const language = this.language(false);
      const strings = this.readable(scope, "string");
      const message = (): string =>
        !language.jsonata ? "Order.Failed" : r.pick(["Order.Failed", "{% 'Failed at ' & $states.context.State.Name %}", ...strings.map((v) => `{% $${v.name} %}`)]);
      return {
        kind: "fail",
        name: this.stateName("Fail"),
        ...(language.queryLanguage ? { queryLanguage: language.queryLanguage } : {}),
        ...(r.chance(0.7) ? { error: message() } : {}),
        ...(r.chance(0.7) ? { cause: message() } : {}),
      };
    }
    return undefined;
  }

  /**
   * A sequence of one or more states: a machine (workflow, branch, processor) needs one, and so
   * does a Choice rule, Default or Catch handler, to have a state to enter. A Choice that is not
   * last, or is followed by an ending, keeps a branch that runs out to what follows.
   */
  sequence(scope: Scope): SequencePlan {
    const r = this.random;
    const count = r.int(1, scope.depth >= 2 ? 3 : 2);
    const readable = [...scope.readable];
    const steps: StepPlan[] = [];
    let ending: EndingPlan | undefined;
    for (let i = 0; i < count; i++) {
      const here: Scope = { readable: [...readable], depth: scope.depth };
      const assigned: Variable[] = [];
      const kinds = scope.depth > 0 ? ["task", "task", "pass", "pass", "wait", "choice", "choice", "parallel", "map", "map"] : ["task", "pass", "wait"];
      const kind = r.pick(kinds);
      const isLast = i === count - 1;
      if (kind === "choice") {
        const endingAfter = isLast ? this.ending(here) : undefined;
        steps.push(this.choice(here, !isLast || endingAfter !== undefined));
        ending = endingAfter;
        continue;
      }
      steps.push(kind === "task" ? this.task(here, assigned) : kind === "pass" ? this.pass(here, assigned) : kind === "wait" ? this.wait(here, assigned) : kind === "parallel" ? this.parallel(here, assigned) : this.map(here, assigned));
      readable.push(...assigned);
      if (isLast) ending = this.ending({ readable, depth: scope.depth });
    }
    return { steps, ...(ending ? { ending } : {}) };
  }
}

/** The plan a seed gives: a JSONata machine, or (about a third of the time) a JSONPath machine with JSONata states. */
export function jsonataWorkflowPlan(seed: number, depth = 2): JsonataWorkflowPlan {
  const random = new Random(seed);
  const queryLanguage = random.pick<QueryLanguage | undefined>(["JSONata", "JSONata", "JSONata", "JSONPath", undefined, undefined]);
  const writer = new PlanWriter(random, queryLanguage);
  const comment = random.chance(0.3) ? { comment: "Random JSONata workflow" } : {};
  return { name: "RandomJsonataWorkflow", ...(queryLanguage ? { queryLanguage } : {}), ...comment, body: writer.sequence({ readable: [], depth }) };
}
