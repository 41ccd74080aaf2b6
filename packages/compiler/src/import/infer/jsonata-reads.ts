/**
 * JSONata reads in the provenance flow: the plain field paths an expression reads from
 * `$states.input`, `$states.result`, `$states.context` and workflow variables, each a demand
 * on the origin it reaches (a number where the path is compared with a number or used in
 * arithmetic, a string where it is tested equal to a string), and the value a JSONata field gives where it is such a path
 * or an object of them.
 */
import type { Json } from "@aslc/dsl";
import { JSONATA_FUNCTIONS, isExpressionText } from "@aslc/dsl/internal";
import { boundNames, isNode, parseExpression, walk, type ExpressionNode } from "../../jsonata/expression-tree.ts";
import type { Demand, Needs } from "./needs.ts";
import { demandOf } from "./path-reads.ts";
import { OPAQUE, readAt, type Symbolic } from "./symbolic-value.ts";

/** What `$states` holds where an expression is evaluated; `result` only where the state has one. */
export interface StatesScope {
  readonly input: Symbolic;
  readonly result?: Symbolic;
  readonly context: Symbolic;
  readonly variables: ReadonlyMap<string, Symbolic>;
  readonly needs: Needs;
}

const FUNCTION_NAMES = new Set<string>(JSONATA_FUNCTIONS);
const ORDERING = new Set(["<", ">", "<=", ">="]);
const EQUALITY = new Set(["=", "!="]);
/** JSONata's arithmetic takes numbers only (text is joined with &). */
const ARITHMETIC = new Set(["+", "-", "*", "/", "%"]);

/**
 * What a JSONata value gives (Output, Arguments, Items, ItemSelector, an Assign's values), its
 * expressions' reads made: a path expression gives what it selects, an object its fields, the
 * rest is opaque.
 */
export function readJsonataValue(json: Json | undefined, scope: StatesScope): Symbolic {
  if (typeof json === "string") return isExpressionText(json) ? readExpression(json.slice(2, -2), scope) : OPAQUE;
  if (json === null || typeof json !== "object") return OPAQUE;
  if (Array.isArray(json)) {
    (json as readonly Json[]).forEach((item) => readJsonataValue(item, scope));
    return OPAQUE;
  }
  const fields = new Map<string, Symbolic>();
  for (const [key, value] of Object.entries(json as { readonly [key: string]: Json })) fields.set(key, readJsonataValue(value, scope));
  return { kind: "object", fields };
}

/** An expression's reads; what it gives when it is one plain path. */
function readExpression(body: string, scope: StatesScope): Symbolic {
  const parsed = parseExpression(body);
  if (!parsed.ok) return OPAQUE;
  const locals = boundNames(parsed.ast);
  const typed = new Map<ExpressionNode, Demand>();
  let whole: Symbolic = OPAQUE;
  walk(parsed.ast, (node) => {
    if (node.type === "binary") comparedKinds(node, typed);
    if (node.type === "path" && Array.isArray(node.steps)) {
      const read = readSteps(node.steps as readonly unknown[], scope, locals);
      if (read) {
        demandOf(read.value, read.plain ? (typed.get(node) ?? "present") : "present", scope.needs);
        if (node === parsed.ast && read.plain) whole = read.value;
      }
      // The steps are walked too: a filter or a mapped expression inside them reads paths of its own.
      return;
    }
    if (node.type === "variable") {
      const value = variableValue(String(node.value), scope, locals);
      if (!value) return;
      if (hasFilters(node)) demandOf(value, "present", scope.needs);
      else demandOf(value, typed.get(node) ?? "present", scope.needs);
      if (node === parsed.ast && !hasFilters(node)) whole = value;
    }
  });
  return whole;
}

/** Arithmetic says its operands are numbers; a comparison with a literal says what the path on its other side holds. */
function comparedKinds(node: ExpressionNode, typed: Map<ExpressionNode, Demand>): void {
  const op = String(node.value);
  const { lhs, rhs } = node as { lhs?: unknown; rhs?: unknown };
  if (!isNode(lhs) || !isNode(rhs)) return;
  if (ARITHMETIC.has(op)) {
    for (const operand of [lhs, rhs]) if (operand.type === "path" || operand.type === "variable") typed.set(operand, "number");
    return;
  }
  if (!ORDERING.has(op) && !EQUALITY.has(op)) return;
  for (const [path, literal] of [[lhs, rhs], [rhs, lhs]] as const) {
    if (path.type !== "path" && path.type !== "variable") continue;
    if (literal.type === "number") typed.set(path, "number");
    else if (literal.type === "string" && EQUALITY.has(op)) typed.set(path, "string");
    else if (literal.type === "value" && typeof literal.value === "boolean" && EQUALITY.has(op)) typed.set(path, "boolean");
  }
}

/**
 * The value a path's leading plain steps reach from `$states.…` or a workflow variable, and
 * whether every step was a plain field name (a filter, a wildcard or a function stops the walk).
 */
function readSteps(steps: readonly unknown[], scope: StatesScope, locals: ReadonlySet<string>): { value: Symbolic; plain: boolean } | undefined {
  const [first, ...rest] = steps;
  if (!isNode(first) || first.type !== "variable" || hasFilters(first)) return undefined;
  let value: Symbolic | undefined;
  let remaining = rest;
  if (first.value === "states" && !locals.has("states")) {
    const [member, ...after] = rest;
    if (!isNode(member) || member.type !== "name") return undefined;
    value = statesMember(String(member.value), scope);
    if (!value) return undefined;
    if (hasFilters(member)) return { value, plain: false };
    remaining = after;
  } else {
    value = variableValue(String(first.value), scope, locals);
    if (!value) return undefined;
  }
  for (const step of remaining) {
    if (!isNode(step) || step.type !== "name") return { value, plain: false };
    value = readAt(value, [{ field: String(step.value) }]);
    if (hasFilters(step)) return { value, plain: false };
  }
  return { value, plain: true };
}

function statesMember(name: string, scope: StatesScope): Symbolic | undefined {
  if (name === "input") return scope.input;
  if (name === "result") return scope.result;
  if (name === "context") return scope.context;
  return undefined;
}

function variableValue(name: string, scope: StatesScope, locals: ReadonlySet<string>): Symbolic | undefined {
  if (name === "" || name === "$" || name === "states" || locals.has(name) || FUNCTION_NAMES.has(name)) return undefined;
  return scope.variables.get(name);
}

function hasFilters(node: ExpressionNode): boolean {
  const { stages, predicate, group } = node as { stages?: unknown; predicate?: unknown; group?: unknown };
  return (Array.isArray(stages) && stages.length > 0) || (Array.isArray(predicate) && predicate.length > 0) || group !== undefined;
}
