/**
 * JSONata values of a JSONata state (Arguments, Output, Assign, Condition, Items, ItemSelector,
 * Fail's Error and Cause): strings written `{% … %}` are expressions, evaluated with JSONata
 * 2.0.6 as Step Functions does, at any depth of the JSON around them; other strings are literal.
 *
 * An expression sees the workflow variables as `$name` and `$states` ({input, result,
 * errorOutput, context}), plus the functions Step Functions adds to JSONata's. It fails with
 * States.QueryEvaluationError when JSONata does, when it gives no value, or when it reads a
 * variable that was never assigned.
 */
import { createHash, randomUUID } from "node:crypto";
import jsonata from "jsonata";

export interface StatesBinding {
  readonly input: unknown;
  readonly context: unknown;
  readonly result?: unknown;
  readonly errorOutput?: unknown;
}

export interface ExpressionBindings {
  readonly variables: Readonly<Record<string, unknown>>;
  readonly states: StatesBinding;
}

function queryEvaluationError(message: string): Error {
  return Object.assign(new Error(message), { name: "States.QueryEvaluationError" });
}

/** The functions Step Functions adds to JSONata's (and `$eval`, which it takes away). */
const STEP_FUNCTIONS_FUNCTIONS: Record<string, (...args: any[]) => unknown> = {
  partition: (array: unknown[], size: number) => Array.from({ length: Math.ceil(array.length / size) }, (_, i) => array.slice(i * size, (i + 1) * size)),
  range: (start: number, end: number, step: number) => Array.from({ length: Math.max(0, Math.floor((end - start) / step) + 1) }, (_, i) => start + i * step),
  hash: (data: string, algorithm: string) => createHash(algorithm.replace("-", "").toLowerCase()).update(data).digest("hex"),
  uuid: () => randomUUID(),
  parse: (text: string) => JSON.parse(text),
  eval: () => {
    throw queryEvaluationError("$eval is not available in Step Functions; use $parse");
  },
};

const EXPRESSION = /^\{%(.*)%\}$/s;

export function isExpression(value: unknown): value is string {
  return typeof value === "string" && EXPRESSION.test(value);
}

type Node = Record<string, any>;

/** The `$name`s an expression reads but does not bind itself (`:=`, lambda parameters, `@$`, `#$`). */
function freeVariables(ast: Node): Set<string> {
  const read = new Set<string>();
  const bound = new Set<string>(["", "$"]);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const n = node as Node;
    if (n.type === "variable") read.add(n.value);
    if (n.type === "bind") bound.add(n.lhs.value);
    if (n.type === "lambda") for (const parameter of n.arguments) bound.add(parameter.value);
    if (typeof n.focus === "string") bound.add(n.focus);
    if (typeof n.index === "string") bound.add(n.index);
    Object.values(n).forEach(visit);
  };
  visit(ast);
  return new Set([...read].filter((name) => !bound.has(name)));
}

interface Compiled {
  readonly expression: jsonata.Expression;
  readonly reads: ReadonlySet<string>;
}

const compiled = new Map<string, Compiled>();
const builtIn = new Map<string, boolean>();

function compile(text: string): Compiled {
  let entry = compiled.get(text);
  if (!entry) {
    const body = EXPRESSION.exec(text)![1]!;
    let expression: jsonata.Expression;
    try {
      expression = jsonata(body);
    } catch (error) {
      throw queryEvaluationError(`${text} is not a JSONata expression: ${(error as Error).message}`);
    }
    entry = { expression, reads: freeVariables(expression.ast() as Node) };
    compiled.set(text, entry);
  }
  return entry;
}

async function isBuiltInFunction(name: string): Promise<boolean> {
  if (!builtIn.has(name)) builtIn.set(name, (await jsonata(`$${name}`).evaluate(undefined)) !== undefined);
  return builtIn.get(name)!;
}

async function evaluateExpression(text: string, bindings: ExpressionBindings): Promise<unknown> {
  const { expression, reads } = compile(text);
  for (const name of reads) {
    if (name === "states" || name in bindings.variables || name in STEP_FUNCTIONS_FUNCTIONS) continue;
    if (!(await isBuiltInFunction(name))) throw queryEvaluationError(`${text} reads $${name}, which has not been assigned`);
  }
  let value: unknown;
  try {
    value = await expression.evaluate(undefined, { ...STEP_FUNCTIONS_FUNCTIONS, ...bindings.variables, states: bindings.states });
  } catch (error) {
    if (error instanceof Error && error.name === "States.QueryEvaluationError") throw error;
    throw queryEvaluationError(`${text}: ${(error as { message?: string }).message ?? String(error)}`);
  }
  if (value === undefined) throw queryEvaluationError(`${text} gives no value`);
  return plainJson(value);
}

/** JSONata marks its result sequences with extra properties; the state sees plain JSON. */
function plainJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** The value with every `{% … %}` string in it replaced by what the expression gives. */
export async function evaluateValue(value: unknown, bindings: ExpressionBindings): Promise<unknown> {
  if (isExpression(value)) return evaluateExpression(value, bindings);
  if (Array.isArray(value)) return Promise.all(value.map((item) => evaluateValue(item, bindings)));
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = await evaluateValue(inner, bindings);
  return out;
}

/** A Choice rule's Condition: an expression that must give true or false. */
export async function evaluateCondition(condition: unknown, bindings: ExpressionBindings): Promise<boolean> {
  const value = await evaluateValue(condition, bindings);
  if (typeof value !== "boolean") throw queryEvaluationError(`the Condition ${JSON.stringify(condition)} gave ${JSON.stringify(value)}, not a boolean`);
  return value;
}
