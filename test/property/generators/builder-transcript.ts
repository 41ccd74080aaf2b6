/**
 * A transcript of the builder calls a random workflow makes, written as TypeScript source, so
 * that tsc can compute the payload type the same calls give an author. The generators drive the
 * builder untyped; handed `transcribingWorkflow` in place of `workflow`, every call they make on
 * a chain (and on a Choice's rules, and on the chains given to branch, processor and handler
 * callbacks) goes to the real builder and is also written down as `const xN = recv.method(args);`.
 * The source is therefore the workflow the generator built, by construction.
 *
 * Around each state call the source declares probe types, `PayloadOf` of the chain before the
 * call (the state's input) and after it (its output, for states that hand one on in the chain;
 * a Choice hands on what its branches run out with, which is no state's output).
 */
import * as dsl from "@aslc/dsl";
import { isIntegration, isIntrinsic, isJsonataExpression, isRef, type Integration } from "@aslc/dsl";
import { INTRINSIC_NAMES } from "@aslc/dsl/internal";

/** A type alias in the source that names the payload on one side of a state. */
export interface PayloadProbe {
  readonly alias: string;
  readonly state: string;
  readonly side: "input" | "output";
}

export interface WorkflowSource {
  readonly text: string;
  readonly probes: readonly PayloadProbe[];
}

const STATE_METHODS = new Set(["task", "pass", "wait", "choice", "parallel", "map", "succeed", "fail"]);
/** States whose call hands their output on to the rest of the chain. */
const HANDS_ON = new Set(["task", "pass", "wait", "parallel", "map"]);

const INTRINSIC = Symbol.for("aslc.intrinsic");
const PATTERN_OPTIONS: Record<string, string> = {
  "request-response": "",
  sync: "{ sync: true }",
  "sync:2": "{ sync2: true }",
  waitForTaskToken: "{ waitForTaskToken: true }",
};

type Anything = any;

function literal(value: unknown): string {
  return JSON.stringify(value);
}

function integrationSource(integration: Integration): string {
  const { info, resource } = integration;
  const options = PATTERN_OPTIONS[info.pattern] ?? "";
  switch (info.kind) {
    case "lambda-invoke": {
      const functionName = (integration.defaultParameters as { FunctionName: string }).FunctionName;
      return `lambda.invoke(${literal(functionName)}${options ? `, ${options}` : ""})`;
    }
    case "lambda-function":
      return `lambda.function(${literal(resource)})`;
    case "aws-sdk":
      return `awsSdk(${literal(info.service)}, ${literal(info.action)})`;
    case "service": {
      const helpers = (dsl as Anything)[info.service!];
      if (typeof helpers?.[info.action!] === "function") return `${info.service}.${info.action}(${options})`;
      return `service(${literal(info.service)}, ${literal(info.action)}${options ? `, ${options}` : ""})`;
    }
    default:
      return literal(resource);
  }
}

class Transcript {
  private names = 0;
  private lines: string[] = [];
  readonly probes: PayloadProbe[] = [];
  /** Builder values made by recorded calls, and the name the source gives each. */
  private readonly named = new WeakMap<object, string>();
  private readonly realOf = new WeakMap<object, object>();

  private fresh(): string {
    return `x${++this.names}`;
  }

  private probe(name: string, state: string, side: PayloadProbe["side"]): void {
    const alias = `Probe${this.probes.length}`;
    this.probes.push({ alias, state, side });
    this.lines.push(`type ${alias} = PayloadOf<typeof ${name}>;`);
  }

  /** A builder value the source names: calls on it are recorded and forwarded to the real one. */
  wrap(real: Anything, name: string): Anything {
    if (typeof real !== "object" || real === null) return real;
    const proxy = new Proxy(real, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== "function" || typeof property !== "string") return value;
        return (...args: unknown[]) => this.call(target, name, property, args);
      },
    });
    this.named.set(proxy, name);
    this.realOf.set(proxy, real);
    return proxy;
  }

  private call(target: Anything, receiver: string, method: string, args: unknown[]): unknown {
    // Callbacks are written when the builder calls them, which it does before the call returns.
    const written: string[] = [];
    const realArgs = args.map((arg) => this.forBuilder(arg, written));
    const state = STATE_METHODS.has(method) ? String(args[0]) : undefined;
    if (state !== undefined) this.probe(receiver, state, "input");
    const outer = this.lines;
    const result = target[method](...realArgs);
    this.lines = outer;
    let next = 0;
    const source = args.map((arg) => this.source(arg, () => written[next++]!)).join(", ");
    const name = this.fresh();
    this.lines.push(`const ${name} = ${receiver}.${method}(${source});`);
    if (state !== undefined && HANDS_ON.has(method)) this.probe(name, state, "output");
    return this.wrap(result, name);
  }

  /** The argument as the real builder takes it: callbacks that record, names unwrapped. */
  private forBuilder(arg: unknown, written: string[]): unknown {
    if (typeof arg === "function") return this.callback(arg as (chain: unknown) => unknown, written);
    if (Array.isArray(arg) && arg.some((item) => typeof item === "function")) return arg.map((item) => this.forBuilder(item, written));
    if (typeof arg === "object" && arg !== null && this.realOf.has(arg)) return this.realOf.get(arg);
    return arg;
  }

  private callback(build: (chain: unknown) => unknown, written: string[]): (chain: unknown) => unknown {
    const slot = written.length;
    written.push("");
    return (chain) => {
      const parameter = this.fresh();
      const outer = this.lines;
      this.lines = [];
      const returned = build(this.wrap(chain, parameter));
      const body = this.lines;
      this.lines = outer;
      const result = this.named.get(returned as object);
      if (result === undefined) throw new Error("a callback returned a value the transcript did not record");
      written[slot] = `(${parameter}) => {\n${[...body, `return ${result};`].map((line) => `  ${line}`).join("\n")}\n}`;
      return this.realOf.get(returned as object);
    };
  }

  /** The argument as source; `nextCallback` gives the callbacks in the order they appear. */
  private source(value: unknown, nextCallback: () => string): string {
    if (typeof value === "function") return nextCallback();
    if (value === undefined) return "undefined";
    if (typeof value !== "object" || value === null) return literal(value);
    const name = this.named.get(value);
    if (name !== undefined) return name;
    if (Array.isArray(value)) return `[${value.map((item) => this.source(item, nextCallback)).join(", ")}]`;
    if (isRef(value)) return `ref(${literal(value.path)})`;
    if (isIntrinsic(value)) {
      const { name: fn, args } = (value as unknown as Record<symbol, { name: string; args: unknown[] }>)[INTRINSIC]!;
      if (!INTRINSIC_NAMES.includes(fn as never)) throw new Error(`unknown intrinsic ${fn}`);
      return `${fn}(${args.map((arg) => this.source(arg, nextCallback)).join(", ")})`;
    }
    if (isIntegration(value)) return integrationSource(value);
    if (isJsonataExpression(value)) {
      if (value.schema !== undefined) throw new Error("the transcript cannot write the schema of a jsonata() value");
      return `jsonata(${literal(value.expression.slice(2, -2).trim())})`;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
      throw new Error(`the transcript cannot write ${Object.prototype.toString.call(value)}`);
    }
    // A computed key keeps "__proto__" an own field, as JSON.parse makes it.
    const fields = Object.entries(value).map(([key, item]) => `[${literal(key)}]: ${this.source(item, nextCallback)}`);
    return `{ ${fields.join(", ")} }`;
  }

  /** The `workflow(…)` call that starts the chain; `input` is the source of its input schema. */
  start(name: string, options: Record<string, unknown>, input: string): string {
    const { input: _schema, ...rest } = options;
    const fields = Object.entries(rest).map(([key, item]) => `${key}: ${this.source(item, () => "")}`);
    const chain = this.fresh();
    this.lines.push(`const ${chain} = workflow(${literal(name)}, { input: ${input}${fields.length > 0 ? `, ${fields.join(", ")}` : ""} });`);
    return chain;
  }

  module(): string {
    return [
      'import { z } from "zod";',
      'import { workflow, ref, States, jsonata, lambda, sns, sqs, dynamodb, ecs, states, events, awsSdk, service, type PayloadOf } from "@aslc/dsl";',
      "",
      "export function build() {",
      ...this.lines.map((line) => `  ${line}`),
      "}",
      "",
    ].join("\n");
  }
}

/**
 * A stand-in for `workflow` that records what is built on the chain it returns. `input` is the
 * source of the input schema the generator passes (the transcript cannot write a zod schema).
 */
export function transcribingWorkflow(input: string): { workflow: (name: string, options: Record<string, unknown>) => unknown; source: () => WorkflowSource } {
  const transcript = new Transcript();
  return {
    workflow: (name, options) => transcript.wrap(dsl.workflow(name, options as Anything), transcript.start(name, options, input)),
    source: () => ({ text: transcript.module(), probes: transcript.probes }),
  };
}
