/**
 * Completions for the paths written in a state's options: `inputPath`, `resultPath`, `itemsPath`,
 * `secondsPath` and the other `…Path` options, and the `.$` values of Parameters, ResultSelector,
 * an item selector or Assign, at any depth.
 *
 * Where the types find such a path wrong, its check offers the paths that would be right there
 * (the fields of the object the path stopped at: `"$.order."` offers `"$.order.id"`, …), and the
 * options parameter is the options intersected with their checks. TypeScript completes a string
 * from the literal types its property allows, and the literal as typed, intersected with those
 * paths, leaves none; so TypeScript offers nothing there. The plugin reads the paths from the
 * checks one by one instead. The types say which payload each option reads (the state's input,
 * its effective input, its result, the context object, the variables): nothing here says it again.
 *
 * Why not in the types alone: a parameter that offered the paths to TypeScript as a union member
 * of its own costs every call, where the checks' paths cost only a path that is wrong.
 */
import type * as ts from "typescript";
import { inDsl, nodeAt, withoutNoInfer } from "./source-nodes.ts";

type TypeScript = typeof ts;

/** A string in a call's object argument, with the keys that lead to it from the argument. */
interface OptionString {
  readonly literal: ts.StringLiteralLike;
  readonly call: ts.CallExpression;
  readonly argument: number;
  readonly keys: readonly string[];
}

/** The name of a property as an object literal writes it, or undefined where it is computed. */
function propertyName(ts: TypeScript, name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) ? name.text : undefined;
}

/** The string under the cursor when it is a value inside an object (or array) given to a call. */
function optionStringAt(ts: TypeScript, file: ts.SourceFile, position: number): OptionString | undefined {
  const literal = nodeAt(ts, file, position);
  if (!literal || !ts.isStringLiteralLike(literal) || position <= literal.getStart(file)) return undefined;
  const keys: string[] = [];
  let node: ts.Node = literal;
  for (;;) {
    const parent: ts.Node = node.parent;
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      const name = propertyName(ts, parent.name);
      if (name === undefined) return undefined;
      keys.unshift(name);
      node = parent.parent;
    } else if (ts.isArrayLiteralExpression(parent)) {
      keys.unshift(String(parent.elements.indexOf(node as ts.Expression)));
      node = parent;
    } else if (ts.isCallExpression(parent) && keys.length > 0) {
      const argument = parent.arguments.indexOf(node as ts.Expression);
      return argument < 0 ? undefined : { literal, call: parent, argument, keys };
    } else {
      return undefined;
    }
  }
}

/** The string literal types that `type` allows at `keys`, each member of a union or intersection read on its own. */
function literalsAt(ts: TypeScript, checker: ts.TypeChecker, written: ts.Type, keys: readonly string[], found: Set<string>): void {
  const type = withoutNoInfer(ts, written);
  if (type.isUnionOrIntersection()) {
    for (const member of type.types) literalsAt(ts, checker, member, keys, found);
    return;
  }
  const [key, ...rest] = keys;
  if (key === undefined) {
    if (type.isStringLiteral()) found.add(type.value);
    return;
  }
  if (!(type.flags & ts.TypeFlags.Object)) return;
  const property = checker.getPropertyOfType(type, key);
  if (property !== undefined) literalsAt(ts, checker, checker.getTypeOfSymbol(property), rest, found);
}

/** A JSONPath the DSL's checks offer: the payload's (`$.`), the context object's (`$$.`) or a variable's (`$name.`). */
const OFFERED_PATH = /^\$/;

/**
 * The paths the DSL's checks offer for the string at `position`, as completion entries that
 * replace the string's text; undefined where the string is not in a DSL call's options.
 */
export function optionPathCompletions(ts: TypeScript, program: ts.Program, fileName: string, position: number): ts.CompletionEntry[] | undefined {
  const file = program.getSourceFile(fileName);
  const option = file && optionStringAt(ts, file, position);
  if (!file || !option) return undefined;
  const checker = program.getTypeChecker();
  const signature = checker.getResolvedSignature(option.call);
  const declaration = signature?.getDeclaration();
  if (!signature || !declaration || !inDsl(declaration)) return undefined;
  const parameter = signature.getParameters()[Math.min(option.argument, signature.getParameters().length - 1)];
  if (parameter === undefined) return undefined;
  const found = new Set<string>();
  literalsAt(ts, checker, checker.getTypeOfSymbol(parameter), option.keys, found);
  found.delete(option.literal.text);
  const start = option.literal.getStart(file) + 1;
  const closed = option.literal.getEnd() - start > option.literal.text.length;
  const replacementSpan = { start, length: option.literal.getEnd() - start - (closed ? 1 : 0) };
  return [...found]
    .filter((path) => OFFERED_PATH.test(path))
    .sort()
    .map((name) => ({ name, kind: ts.ScriptElementKind.string, kindModifiers: "", sortText: "11", replacementSpan }));
}

/** TypeScript's completions with the option paths added (each once). */
export function withOptionPaths(original: ts.CompletionInfo | undefined, paths: readonly ts.CompletionEntry[]): ts.CompletionInfo | undefined {
  if (paths.length === 0) return original;
  const offered = new Set(paths.map((entry) => entry.name));
  const kept = (original?.entries ?? []).filter((entry) => !offered.has(entry.name));
  return {
    isGlobalCompletion: false,
    isMemberCompletion: false,
    isNewIdentifierLocation: original?.isNewIdentifierLocation ?? true,
    ...original,
    entries: [...paths, ...kept],
  };
}
