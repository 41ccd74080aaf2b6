/**
 * The schema a JSONata value gives, and the field names its expressions read that do not exist.
 *
 * A JSONata value is JSON whose strings may be expressions (`"{% … %}"`): JSON literals give
 * literal schemas, objects and arrays are followed member by member, and an expression is typed
 * by its shape: a path rooted at `$states.input|result|errorOutput|context` or at a workflow
 * variable follows the schemas (stepping into an array maps over it and flattens, as JSONata
 * does), literals, operators, constructors and conditions give what they evaluate to, calls of
 * the functions with a plain result type give it, and everything else gives unknown.
 */
import { z, type ZodType } from "zod";
import type { Json } from "@aslc/dsl";
import { isExpressionText } from "@aslc/dsl/internal";
import { readField } from "./field-read.ts";
import { boundNames, parseExpression } from "../jsonata/expression-tree.ts";
import type { JsonataNode } from "./jsonata-ast.ts";
import { elementOf, functionResultSchema, isArraySchema } from "./jsonata-functions.ts";
import { required } from "./schema-kinds.ts";
import { unionOf } from "./union.ts";

/** What `$states` holds where the expression is evaluated, and the variables at state entry. */
export interface JsonataScope {
  readonly input: ZodType;
  /** Output and Assign of Task, Parallel and Map. */
  readonly result?: ZodType;
  /** Output and Assign of a Catcher. */
  readonly errorOutput?: ZodType;
  readonly context: ZodType;
  readonly variables: ReadonlyMap<string, ZodType>;
  /** Schemas the author gave expressions (`jsonata(expression, schema)`), by expression text. */
  readonly declared?: { readonly [expression: string]: ZodType };
}

/** A field an expression reads that the schema it reads from does not have. */
export interface FieldMiss {
  /** The state field holding the expression: "Output", "Assign.total", "Choices[0].Condition". */
  readonly field: string;
  /** The path as written, as far as the missing name: "$states.input.custmer". */
  readonly path: string;
  /** Where the path starts: "$states.input", "$states.result", "$states", "$orderId", … */
  readonly root: string;
  /** "the input has no field 'custmer' (fields: id, customer, items)". */
  readonly message: string;
}

export interface JsonataDerived {
  readonly schema: ZodType;
  /** What could not be typed (an expression that does not parse). */
  readonly problems: readonly string[];
  readonly misses: readonly FieldMiss[];
}

/** The schema of a JSONata value; `field` names it in misses and problems ("Output", "Arguments"). */
export function jsonataValueSchema(value: Json, scope: JsonataScope, field: string): JsonataDerived {
  const problems: string[] = [];
  const misses: FieldMiss[] = [];
  const walk = (json: Json, where: string): ZodType => {
    if (json === null) return z.null();
    if (typeof json === "string") {
      if (!isExpressionText(json)) return z.literal(json);
      const derived = expressionSchema(json.slice(2, -2), scope, where);
      problems.push(...derived.problems);
      misses.push(...derived.misses);
      // The author's schema says what the expression gives; its references are still checked.
      return (Object.hasOwn(scope.declared ?? {}, json) ? scope.declared![json] : undefined) ?? derived.schema;
    }
    if (typeof json !== "object") return z.literal(json);
    if (Array.isArray(json)) return z.tuple((json as readonly Json[]).map((item, i) => walk(item, `${where}[${i}]`)) as [ZodType, ...ZodType[]]);
    const shape: Record<string, ZodType> = {};
    for (const [key, item] of Object.entries(json as { readonly [key: string]: Json })) shape[key] = walk(item, `${where}.${key}`);
    return z.object(shape);
  };
  const schema = walk(value, field);
  return { schema, problems, misses };
}

/** The schema of one expression, given without its `{% %}` delimiters. */
export function expressionSchema(body: string, scope: JsonataScope, field: string): JsonataDerived {
  const parsed = parseExpression(body);
  if (!parsed.ok) return { schema: z.unknown(), problems: [`${field}: the expression does not parse: ${parsed.message}`], misses: [] };
  const walk = new ExpressionWalk(scope, field, boundNames(parsed.ast));
  // An expression must give a value (Step Functions fails the state otherwise), so it is never absent.
  const schema = required(walk.value(parsed.ast as unknown as JsonataNode));
  return { schema, problems: [], misses: walk.misses };
}

/** The item a predicate, a block step or a sort term is evaluated against. */
interface Focus {
  readonly schema: ZodType;
  readonly label: string;
  readonly path: string;
  readonly root: string;
}

/** Where a path walk has got to: the schema of one item, and whether the path maps over arrays. */
interface Cursor {
  readonly item: ZodType;
  readonly mapped: boolean;
  readonly absent: boolean;
  /** How messages name the value here: "the input", "$states.input.order", "each item of …". */
  readonly label: string;
  readonly path: string;
  readonly root: string;
}

const STATES_MEMBERS: Record<string, string> = { input: "the input", result: "the result", errorOutput: "the error output", context: "the context object" };
const COMPARISONS = new Set(["=", "!=", "<", "<=", ">", ">=", "in", "and", "or"]);
const ARITHMETIC = new Set(["+", "-", "*", "/", "%"]);
/** Arrays of arrays are stepped through at most this deep (a schema may nest itself). */
const MAX_NESTING = 16;

class ExpressionWalk {
  readonly misses: FieldMiss[] = [];

  constructor(
    private readonly scope: JsonataScope,
    private readonly where: string,
    private readonly locals: ReadonlySet<string>,
  ) {}

  /** The schema a node gives; absent values come back optional. */
  value(node: JsonataNode, focus?: Focus): ZodType {
    switch (node.type) {
      case "string":
      case "number":
        return z.literal(node.value as string | number);
      case "value":
        return node.value === null ? z.null() : z.literal(node.value as boolean);
      case "path":
        return this.path(node, focus);
      case "variable":
      case "name":
        return this.path({ type: "path", steps: [node] }, focus);
      case "binary":
        return this.binary(node, focus);
      case "unary":
        return this.unary(node, focus);
      case "condition": {
        this.value(node.condition!, focus);
        const then = this.value(node.then!, focus);
        return node.else ? unionOf([then, this.value(node.else, focus)]) : z.optional(required(then));
      }
      case "block": {
        const results = (node.expressions ?? []).map((e) => this.value(e, focus));
        return results.at(-1) ?? z.unknown();
      }
      case "bind":
        return this.value(node.rhs!, focus);
      case "function":
      case "partial":
        return this.call(node, [], focus);
      case "apply":
        return this.apply(node, focus);
      case "lambda":
        this.value(node.body!, focus);
        return z.unknown();
      default:
        this.visitChildren(node, focus);
        return z.unknown();
    }
  }

  private binary(node: JsonataNode, focus: Focus | undefined): ZodType {
    const operator = String(node.value);
    this.value(node.lhs as JsonataNode, focus);
    this.value(node.rhs!, focus);
    if (COMPARISONS.has(operator)) return z.boolean();
    if (ARITHMETIC.has(operator)) return z.number();
    if (operator === "&") return z.string();
    if (operator === "..") return z.array(z.number());
    return z.unknown();
  }

  private unary(node: JsonataNode, focus: Focus | undefined): ZodType {
    switch (node.value) {
      case "-":
        this.value(node.expression!, focus);
        return z.number();
      case "[":
        return this.arrayConstructor(node.expressions ?? [], focus);
      case "{":
        return this.objectConstructor((node.lhs ?? []) as readonly (readonly [JsonataNode, JsonataNode])[], focus);
      default:
        this.visitChildren(node, focus);
        return z.unknown();
    }
  }

  /** `[a, b]`: a tuple; values that are arrays themselves are spliced in, as JSONata does. */
  private arrayConstructor(items: readonly JsonataNode[], focus: Focus | undefined): ZodType {
    const schemas = items.map((item) => required(this.value(item, focus)));
    const spliced = items.some((item, i) => !(item.type === "unary" && item.value === "[") && isArraySchema(schemas[i]!));
    if (!spliced) return z.tuple(schemas as [ZodType, ...ZodType[]]);
    return z.array(unionOf(schemas.map((s, i) => (items[i]!.type === "unary" && items[i]!.value === "[" ? s : elementOf(s)))));
  }

  /** `{"a": …}`: an object when every key is a string literal. */
  private objectConstructor(pairs: readonly (readonly [JsonataNode, JsonataNode])[], focus: Focus | undefined): ZodType {
    const shape: Record<string, ZodType> = {};
    let literalKeys = true;
    for (const [key, value] of pairs) {
      const schema = this.value(value, focus);
      if (key.type === "string") shape[String(key.value)] = schema;
      else {
        this.value(key, focus);
        literalKeys = false;
      }
    }
    return literalKeys ? z.object(shape) : z.record(z.string(), z.unknown());
  }

  private call(node: JsonataNode, leading: readonly ZodType[], focus: Focus | undefined): ZodType {
    const args = [...leading, ...(node.arguments ?? []).map((arg) => (arg.type === "operator" ? z.unknown() : required(this.value(arg, focus))))];
    const procedure = node.procedure;
    if (procedure?.type !== "variable") {
      if (procedure) this.value(procedure, focus);
      return z.unknown();
    }
    const name = String(procedure.value);
    if (this.locals.has(name) || node.type === "partial") return z.unknown();
    return functionResultSchema(name, args);
  }

  /** `value ~> $f(…)`: the value becomes the first argument. */
  private apply(node: JsonataNode, focus: Focus | undefined): ZodType {
    const lhs = required(this.value(node.lhs as JsonataNode, focus));
    const rhs = node.rhs!;
    if (rhs.type === "function") return this.call(rhs, [lhs], focus);
    this.value(rhs, focus);
    return z.unknown();
  }

  private path(node: JsonataNode, focus: Focus | undefined): ZodType {
    const [first, ...rest] = node.steps ?? [];
    if (!first) return z.unknown();
    let cursor = this.stages(this.start(first, focus), [...(first.predicate ?? []), ...(first.stages ?? [])]);
    for (const step of rest) cursor = this.stages(this.step(cursor, step), step.stages ?? []);
    if (node.group) {
      const item = this.focusOn(cursor);
      for (const [key, value] of node.group.lhs) {
        this.value(key, item);
        this.value(value, item);
      }
      return z.record(z.string(), z.unknown());
    }
    if (cursor.mapped) return z.array(required(isArraySchema(cursor.item) ? elementOf(cursor.item) : cursor.item));
    return cursor.absent ? z.optional(required(cursor.item)) : cursor.item;
  }

  private start(step: JsonataNode, focus: Focus | undefined): Cursor {
    const unknown = (path: string): Cursor => ({ item: z.unknown(), mapped: false, absent: false, label: path, path, root: path });
    if (step.type === "variable") {
      const name = String(step.value);
      if (name === "") return focus ? this.cursorAt(focus) : unknown("$");
      if (this.locals.has(name)) return unknown(`$${name}`);
      if (name === "states") return { item: this.statesSchema(), mapped: false, absent: false, label: "$states", path: "$states", root: "$states" };
      const variable = this.scope.variables.get(name);
      // A variable not assigned on the way here is reported by the use-before-assignment check.
      if (!variable) return unknown(`$${name}`);
      return { item: variable, mapped: false, absent: false, label: `variable $${name}`, path: `$${name}`, root: `$${name}` };
    }
    if (step.type === "name") {
      // A bare name reads the focus item; outside a predicate or block there is none to check.
      if (!focus) return unknown(String(step.value));
      return this.field(this.cursorAt(focus), String(step.value));
    }
    const schema = this.value(step, focus);
    return { item: required(schema), mapped: false, absent: false, label: "the value", path: "(…)", root: "(…)" };
  }

  private step(cursor: Cursor, step: JsonataNode): Cursor {
    switch (step.type) {
      case "name":
        return this.field(cursor, String(step.value));
      case "sort": {
        const item = this.focusOn(cursor);
        step.terms?.forEach((term) => this.value(term.expression, item));
        return cursor;
      }
      case "wildcard":
      case "descendant":
      case "parent":
        return { ...cursor, item: z.unknown(), mapped: true, label: cursor.path, path: `${cursor.path}.*`, root: cursor.root };
      default: {
        // A block, a function call or a constructor, evaluated for each item.
        const item = this.focusOn(cursor);
        const schema = required(this.value(step, item));
        return { ...cursor, item: schema, mapped: cursor.mapped || isArraySchema(cursor.item), absent: false, label: "the value", path: `${cursor.path}.(…)` };
      }
    }
  }

  private field(cursor: Cursor, name: string): Cursor {
    let { item, mapped, label } = cursor;
    for (let depth = 0; depth < MAX_NESTING && isArraySchema(item); depth++) {
      item = elementOf(item);
      mapped = true;
      label = `each item of ${label}`;
    }
    const path = cursor.path ? `${cursor.path}.${quoted(name)}` : quoted(name);
    const atStates = cursor.path === "$states";
    const read = readField(item, name);
    if (!read.found) {
      const fields = read.fields.length > 0 ? read.fields.join(", ") : "none";
      const message = atStates ? `$states has no '${name}' here ($states holds: ${fields})` : `${label} has no field '${name}' (fields: ${fields})`;
      this.misses.push({ field: this.where, path, root: cursor.root, message });
      return { item: z.unknown(), mapped, absent: true, label: path, path, root: cursor.root };
    }
    return {
      item: read.schema,
      mapped,
      absent: cursor.absent || read.absent,
      label: atStates ? (STATES_MEMBERS[name] ?? path) : path,
      path,
      root: atStates ? path : cursor.root,
    };
  }

  /** Filters on a step: `[0]` picks an item, `[*]` keeps them all, `[condition]` keeps some. */
  private stages(cursor: Cursor, stages: readonly JsonataNode[]): Cursor {
    let current = cursor;
    for (const stage of stages) {
      const expr = stage.expr;
      if (stage.type !== "filter" || !expr) continue;
      if (expr.type === "wildcard") continue;
      if (expr.type === "number") {
        const path = `${current.path}[${String(expr.value)}]`;
        current = isArraySchema(current.item) ? { ...current, item: elementOf(current.item), absent: true, label: path, path } : { ...current, path, label: path };
        continue;
      }
      this.value(expr, this.focusOn(current));
      const path = `${current.path}[…]`;
      current = isArraySchema(current.item) ? { ...current, item: elementOf(current.item), mapped: true, label: path, path } : { ...current, absent: true, label: path, path };
    }
    return current;
  }

  /** Each item of the value at the cursor (the value itself when it is not an array). */
  private focusOn(cursor: Cursor): Focus {
    const array = isArraySchema(cursor.item);
    return { schema: array ? elementOf(cursor.item) : cursor.item, label: array ? `each item of ${cursor.label}` : cursor.label, path: "", root: cursor.root };
  }

  private cursorAt(focus: Focus): Cursor {
    return { item: focus.schema, mapped: false, absent: false, label: focus.label, path: focus.path, root: focus.root };
  }

  /** `$states` where the expression is evaluated: result and errorOutput only where they exist. */
  private statesSchema(): ZodType {
    const { input, result, errorOutput, context } = this.scope;
    return z.object({ input, ...(result ? { result } : {}), ...(errorOutput ? { errorOutput } : {}), context });
  }

  private visitChildren(node: JsonataNode, focus: Focus | undefined): void {
    for (const child of [node.expression, node.expr, node.rhs, node.body, ...(node.expressions ?? []), ...(node.arguments ?? [])]) {
      if (child && typeof child === "object" && "type" in child) this.value(child, focus);
    }
  }
}

/** A name as a JSONata path writes it: backquoted unless it is a plain identifier. */
function quoted(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name}\``;
}
