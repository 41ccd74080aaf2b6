/**
 * Payload templates (Parameters, ResultSelector, ItemSelector): fields whose name ends in `.$`
 * take the value of a path (`$.…` from the state's data, `$$.…` from the context object) or of
 * an intrinsic function; the others are copied. Of the intrinsics, the ones the examples use.
 */
import { parseIntrinsic, type IntrinsicExpression } from "../../../packages/compiler/src/schema/intrinsic-parser.ts";
import { InterpreterError } from "./interpreter-error.ts";
import { ABSENT, readPath } from "./json-path.ts";

export interface TemplateScope {
  readonly data: unknown;
  readonly context: unknown;
}

/** A path that selects nothing where a value is required is States.Runtime, as Step Functions reports it. */
function pathValue(path: string, scope: TemplateScope, field: string): unknown {
  const value = path.startsWith("$$") ? readPath(scope.context, path.slice(1)) : readPath(scope.data, path);
  if (value === ABSENT) throw Object.assign(new Error(`The JSONPath '${path}' specified for the field '${field}' could not be found in the input`), { name: "States.Runtime" });
  return value;
}

const INTRINSICS: Readonly<Record<string, (args: unknown[]) => unknown>> = {
  "States.Format": ([format, ...values]) => {
    let next = 0;
    return String(format).replace(/\{\}/g, () => {
      const value = values[next++];
      return typeof value === "string" ? value : JSON.stringify(value);
    });
  },
  "States.ArrayLength": ([array]) => (array as unknown[]).length,
  "States.JsonToString": ([value]) => JSON.stringify(value),
  "States.StringToJson": ([text]) => JSON.parse(String(text)),
};

/** Evaluates an intrinsic call as the compiler parses it: its arguments first, innermost calls included. */
function evaluateIntrinsic(expression: IntrinsicExpression, scope: TemplateScope, field: string): unknown {
  switch (expression.kind) {
    case "call": {
      const apply = INTRINSICS[expression.name];
      if (!apply) throw new InterpreterError(`intrinsic not supported by the test interpreter: ${expression.name}`);
      return apply(expression.args.map((arg) => evaluateIntrinsic(arg, scope, field)));
    }
    case "path":
      return pathValue(expression.path, scope, field);
    case "null":
      return null;
    default:
      return expression.value;
  }
}

function intrinsic(text: string, scope: TemplateScope, field: string): unknown {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) throw new InterpreterError(parsed.reason);
  return evaluateIntrinsic(parsed.expression, scope, field);
}

/**
 * The value of a `.$` field, or of a field that takes a path or an intrinsic (a Fail state's
 * ErrorPath and CausePath): a path (`$.…`, `$$.…`) or an intrinsic function call.
 */
export function evaluatePath(text: string, scope: TemplateScope, field: string): unknown {
  return text.startsWith("States.") ? intrinsic(text, scope, field) : pathValue(text, scope, field);
}

export function resolveTemplate(template: unknown, scope: TemplateScope): unknown {
  if (Array.isArray(template)) return template.map((item) => resolveTemplate(item, scope));
  if (typeof template !== "object" || template === null) return template;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith(".$") && typeof value === "string") {
      out[key.slice(0, -2)] = evaluatePath(value, scope, key);
    } else out[key] = resolveTemplate(value, scope);
  }
  return out;
}
