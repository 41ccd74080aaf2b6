/**
 * Payload templates (Parameters, ResultSelector, ItemSelector): fields whose name ends in `.$`
 * take the value of a path (`$.…` from the state's data, `$$.…` from the context object) or of
 * an intrinsic function; the others are copied. Of the intrinsics, the ones the examples use.
 */
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

/** Splits an intrinsic's argument list at top-level commas. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "'") quoted = !quoted;
    else if (!quoted && c === "(") depth++;
    else if (!quoted && c === ")") depth--;
    else if (!quoted && depth === 0 && c === ",") {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

function argumentValue(text: string, scope: TemplateScope, field: string): unknown {
  if (text.startsWith("'")) return text.slice(1, -1).replace(/\\(.)/g, "$1");
  if (text.startsWith("$")) return pathValue(text, scope, field);
  if (text.startsWith("States.")) return intrinsic(text, scope, field);
  return JSON.parse(text);
}

const INTRINSICS: Record<string, (args: unknown[]) => unknown> = {
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

function intrinsic(text: string, scope: TemplateScope, field: string): unknown {
  const match = /^(States\.[A-Za-z]+)\((.*)\)$/s.exec(text);
  const apply = match ? INTRINSICS[match[1]!] : undefined;
  if (!match || !apply) throw new InterpreterError(`intrinsic not supported by the test interpreter: ${text}`);
  return apply(splitArguments(match[2]!).map((arg) => argumentValue(arg, scope, field)));
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
