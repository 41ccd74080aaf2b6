/**
 * A Choice condition built by the factory (`c.numericGreaterThan("$.total", 100)`), written as
 * the JSONata Condition of a JSONata Choice rule: the same typed methods serve both languages.
 * Paths become `$states.input…` (`$.…`), `$states.context…` (`$$.…`) or stay variables (`$name…`).
 */
import type { ChoiceOperator, ComparisonOperator, Condition, Expression } from "../ir/nodes.ts";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A field name as a JSONata path step: bare when it can be, otherwise in backquotes. */
function step(name: string): string {
  if (IDENTIFIER.test(name)) return name;
  // JSONata has no escape for a backquote inside a quoted name, so such a field cannot be named.
  if (name.includes("`")) throw new TypeError(`the field name ${JSON.stringify(name)} holds a backquote, which a JSONata path cannot name: write this condition as an expression ("{% … %}") instead`);
  return `\`${name}\``;
}

/** A JSONPath reference path (`$.a.b[0]`, `$['x y']`, `$$.Execution.Id`, `$var.a`) in JSONata. */
export function pathToJsonata(path: string): string {
  let root: string;
  let rest: string;
  if (path.startsWith("$$")) [root, rest] = ["$states.context", path.slice(2)];
  else if (path === "$" || path.startsWith("$.") || path.startsWith("$[")) [root, rest] = ["$states.input", path.slice(1)];
  else {
    const variable = /^\$[A-Za-z_][A-Za-z0-9_]*/.exec(path)?.[0] ?? path;
    [root, rest] = [variable, path.slice(variable.length)];
  }
  let out = root;
  const segment = /\.([^.[]+)|\[(\d+)\]|\[\*\]|\['((?:[^'\\]|\\.)*)'\]/y;
  let match: RegExpExecArray | null;
  while (rest.length > 0 && (match = segment.exec(rest))) {
    if (match[1] !== undefined) out += `.${step(match[1])}`;
    else if (match[2] !== undefined) out += `[${match[2]}]`;
    else if (match[3] !== undefined) out += `.${step(match[3])}`;
    // `[*]`: JSONata maps a path over an array by itself.
    if (segment.lastIndex === rest.length) break;
  }
  return out;
}

/** A JSONata string literal: single quotes, as Step Functions writes them. */
function literal(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  return value.includes("'") || value.includes("\\") ? JSON.stringify(value) : `'${value}'`;
}

const SYMBOL: Record<string, string> = {
  Equals: "=",
  LessThan: "<",
  GreaterThan: ">",
  LessThanEquals: "<=",
  GreaterThanEquals: ">=",
};

const RFC3339 = "/^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$/";

/** StringMatches' pattern (`*` any run, `\*` a star) as a JSONata regular expression. */
function wildcardRegex(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\" && i + 1 < pattern.length) out += pattern[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    else if (c === "*") out += ".*";
    else out += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return `/^${out}$/`;
}

function typeTest(operator: ChoiceOperator, subject: string): string {
  switch (operator) {
    case "IsNull":
      return `${subject} = null`;
    case "IsPresent":
      return `$exists(${subject})`;
    case "IsNumeric":
      return `$type(${subject}) = 'number'`;
    case "IsString":
      return `$type(${subject}) = 'string'`;
    case "IsBoolean":
      return `$type(${subject}) = 'boolean'`;
    default:
      return `($type(${subject}) = 'string' and $contains(${subject}, ${RFC3339}))`;
  }
}

function comparison(c: Extract<Condition, { kind: "compare" }>): string {
  const subject = pathToJsonata(c.variable);
  const operator = c.operator;
  if (operator === "StringMatches") return `$contains(${subject}, ${wildcardRegex(String(c.operand))})`;
  if (operator.startsWith("Is")) {
    const test = typeTest(operator, subject);
    return c.operand === false ? `$not(${test})` : test;
  }
  const isPath = operator.endsWith("Path");
  const base = (isPath ? operator.slice(0, -4) : operator) as ComparisonOperator;
  const kind = /^(String|Numeric|Boolean|Timestamp)/.exec(base)![1]!;
  const symbol = SYMBOL[base.slice(kind.length)]!;
  const other = isPath ? pathToJsonata(String(c.operand)) : literal(c.operand);
  if (kind === "Timestamp") return `$toMillis(${subject}) ${symbol} $toMillis(${other})`;
  return `${subject} ${symbol} ${other}`;
}

function render(c: Condition, nested: boolean): string {
  switch (c.kind) {
    case "jsonata":
      return typeof c.expression === "boolean" ? String(c.expression) : c.expression.slice(2, -2).trim();
    case "compare":
      return nested ? `(${comparison(c)})` : comparison(c);
    case "and":
    case "or": {
      const text = c.conditions.map((inner) => render(inner, true)).join(` ${c.kind} `);
      return nested ? `(${text})` : text;
    }
    case "not":
      return `$not(${render(c.condition, false)})`;
  }
}

/** The condition as a JSONata Condition (`{% … %}`). */
export function conditionToJsonata(c: Condition): Extract<Condition, { kind: "jsonata" }> {
  if (c.kind === "jsonata") return c;
  return { kind: "jsonata", expression: `{% ${render(c, false)} %}` as Expression };
}
