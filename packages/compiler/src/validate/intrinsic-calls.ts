/**
 * Intrinsic function calls written as text (`"greeting.$": "States.Format('Hi {}',$.name)"`),
 * which are emitted exactly as written and so checked here as written: the call parses, each
 * function exists and gets the number of arguments it takes, a literal or a nested call gives
 * what its parameter holds, and calls nest at most 10 deep. The functions' parameters and
 * results come from the DSL's table of intrinsic functions; paths read are checked by the
 * types, and path syntax here.
 *
 *   ASLC121  not a call, or a function that does not exist
 *   ASLC170  a call that does not parse
 *   ASLC171  the wrong number of arguments
 *   ASLC172  an argument that cannot be what its parameter holds
 *   ASLC173  calls nested more than 10 deep
 */
import type { StateNode } from "@aslc/dsl";
import { arityProblem, countPlaceholders, HASH_ALGORITHMS, INTRINSIC_FUNCTIONS, isIntrinsicName, MAX_INTRINSIC_DEPTH, PARAM_WORDS, RESULT_PARAMS, type IntrinsicParam } from "@aslc/dsl/internal";
import { parseIntrinsic, type IntrinsicExpression } from "../schema/intrinsic-parser.ts";
import { isPath, isVariablePath } from "./path-syntax.ts";
import type { Report } from "./report.ts";

type Call = Extract<IntrinsicExpression, { kind: "call" }>;

/** Checks one intrinsic text at `where` (`Parameters.greeting.$`). */
export function checkIntrinsicText(state: StateNode, where: string, text: string, report: Report): void {
  // The call ends with its closing parenthesis: nothing, not even space, follows it in the syntax
  // AWS gives (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html).
  if (!/^States\.[A-Za-z0-9]+\s*\(.*\)$/s.test(text)) {
    report.error("ASLC121", state, `${where}: '${text}' is not an intrinsic function call: write States.Name(arguments)`, where);
    return;
  }
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) {
    report.error("ASLC170", state, `${where}: ${parsed.reason}: fix the call's syntax there (strings in single quotes, arguments separated by commas)`, where);
    return;
  }
  let tooDeep = false;
  const visit = (call: Call, depth: number): void => {
    if (depth > MAX_INTRINSIC_DEPTH && !tooDeep) {
      tooDeep = true;
      report.error("ASLC173", state, `${where}: intrinsic calls nest ${depth} deep here; Step Functions allows ${MAX_INTRINSIC_DEPTH}: compute part of the value in an earlier state`, where);
    }
    if (isIntrinsicName(call.name)) checkCall(state, where, call, report);
    else report.error("ASLC121", state, `${where}: ${call.name} is not an intrinsic function: see the States helpers for the 18 that exist`, where);
    for (const arg of call.args) {
      if (arg.kind === "call") visit(arg, depth + 1);
      else if (arg.kind === "path" && !isPath(arg.path) && !isVariablePath(arg.path)) {
        report.error("ASLC122", state, `${where}: '${arg.path}' in ${call.name}(…) is not a path: a path starts with '$.' (payload), '$$.' (context) or '$name' (variable)`, where);
      }
    }
  };
  visit(parsed.expression as Call, 1);
}

function checkCall(state: StateNode, where: string, call: Call, report: Report): void {
  const name = call.name as keyof typeof INTRINSIC_FUNCTIONS;
  const fn = INTRINSIC_FUNCTIONS[name];
  const arity = arityProblem(name, call.args.length);
  if (arity !== undefined) {
    report.error("ASLC171", state, `${where}: ${arity}: give ${name} the arguments it takes`, where);
    return;
  }
  const template = call.args[0];
  if (name === "States.Format" && template?.kind === "string") {
    const placeholders = countPlaceholders(template.raw);
    if (placeholders !== call.args.length - 1) {
      report.error("ASLC171", state, `${where}: States.Format's template has ${placeholders} {} placeholder${placeholders === 1 ? "" : "s"} but ${call.args.length - 1} ${call.args.length === 2 ? "value follows" : "values follow"} it: give one value per {}`, where);
    }
  }
  call.args.forEach((arg, i) => {
    const param: IntrinsicParam = fn.params[i] ?? ("rest" in fn ? fn.rest : "value");
    const gives = argumentKind(arg);
    if (gives !== undefined && !fits(gives, param)) {
      report.error("ASLC172", state, `${where}: ${name} needs ${PARAM_WORDS[param]} as argument ${i + 1}, but ${describe(arg)} gives ${gives === "null" ? "null" : PARAM_WORDS[gives]}: pass ${PARAM_WORDS[param]}`, where);
    }
  });
  const algorithm = call.args[1];
  if (name === "States.Hash" && algorithm?.kind === "string" && !(HASH_ALGORITHMS as readonly string[]).includes(algorithm.value)) {
    report.error("ASLC172", state, `${where}: States.Hash has no algorithm '${algorithm.value}': use one of ${HASH_ALGORITHMS.join(", ")}`, where);
  }
  const deep = call.args[2];
  if (name === "States.JsonMerge" && deep?.kind === "boolean" && deep.value) {
    report.error("ASLC172", state, `${where}: States.JsonMerge merges shallowly only; its third argument must be false`, where);
  }
}

/** What an argument is known to give from its text alone: a literal's kind, a call's result. */
function argumentKind(arg: IntrinsicExpression): Exclude<IntrinsicParam, "value"> | "null" | undefined {
  switch (arg.kind) {
    case "string":
    case "number":
    case "boolean":
    case "null":
      return arg.kind;
    case "path":
      return undefined;
    case "call":
      return isIntrinsicName(arg.name) ? RESULT_PARAMS[INTRINSIC_FUNCTIONS[arg.name].result] : undefined;
  }
}

function fits(gives: Exclude<IntrinsicParam, "value"> | "null", param: IntrinsicParam): boolean {
  return param === "value" || gives === param;
}

function describe(arg: IntrinsicExpression): string {
  switch (arg.kind) {
    case "string":
      return `'${arg.raw}'`;
    case "number":
    case "boolean":
      return String(arg.value);
    case "null":
      return "null";
    case "path":
      return arg.path;
    case "call":
      return `${arg.name}(…)`;
  }
}
