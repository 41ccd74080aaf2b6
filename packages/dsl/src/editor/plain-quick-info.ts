/**
 * Quick info (the editor's hover) in the author's terms, where TypeScript's would show the DSL's
 * internals: a chain, a Choice's `c`, a branch's `b`, and a state's method in the chain. The
 * payload is shown as an object type; everything TypeScript prints plainly is left as it is.
 */
import type * as ts from "typescript";
import { PlainTypePrinter } from "./plain-type-text.ts";
import { nodeAt } from "./source-nodes.ts";

type TypeScript = typeof ts;

/** The same quick info with its text replaced: one part, which editors show as code. */
function withText(original: ts.QuickInfo, text: string): ts.QuickInfo {
  return { ...original, displayParts: [{ text, kind: "text" }] };
}

/**
 * What TypeScript printed before the type: `const mid: `, `(parameter) c: `, `(property) x: `.
 * Undefined when its quick info is not of that shape.
 */
function headOf(original: ts.QuickInfo): string | undefined {
  const parts = original.displayParts ?? [];
  const colon = parts.findIndex((part) => part.kind === "punctuation" && part.text === ":");
  if (colon < 0) return undefined;
  return `${parts
    .slice(0, colon + 1)
    .map((part) => part.text)
    .join("")} `;
}

/** The aliases an options or condition parameter is written with: `OptionsArg<O, check, language>` stands for O. */
const GIVEN_FIRST = new Set(["OptionsArg", "ConditionArg"]);

/** The part of a parameter's type that stands for what is given: O in `O & NoInfer<check>` or in `OptionsArg<O, …>`. */
function givenPart(ts: TypeScript, typeNode: ts.TypeNode | undefined): ts.TypeNode | undefined {
  if (typeNode === undefined) return undefined;
  if (ts.isIntersectionTypeNode(typeNode)) return typeNode.types[0];
  if (ts.isTypeReferenceNode(typeNode) && ts.isIdentifier(typeNode.typeName) && GIVEN_FIRST.has(typeNode.typeName.text)) return typeNode.typeArguments?.[0];
  return undefined;
}

/**
 * A parameter of a chain's method as an author reads it. An options parameter is written
 * `O & NoInfer<check>` (or `OptionsArg<O, check, language>`), where O stands for the options
 * given: it reads as O's constraint (`TaskOptions`). Any other reads as its type in this call.
 */
function parameterText(ts: TypeScript, printer: PlainTypePrinter, declaration: ts.ParameterDeclaration, instantiated: ts.Type): string {
  const optional = declaration.questionToken ? "?" : "";
  const name = declaration.name.getText();
  const first = givenPart(ts, declaration.type);
  if (first && ts.isTypeReferenceNode(first) && ts.isIdentifier(first.typeName)) {
    const method = declaration.parent;
    const typeParameter = method.typeParameters?.find((parameter) => parameter.name.text === (first.typeName as ts.Identifier).text);
    if (typeParameter?.constraint) return `${name}${optional}: ${typeParameter.constraint.getText()}`;
  }
  return `${name}${optional}: ${printer.text(instantiated)}`;
}

/** A state's method hovered in a chain: `(method) Chain.task(name: "Check", options: TaskOptions): Chain<{ … }>`. */
function methodQuickInfo(ts: TypeScript, checker: ts.TypeChecker, printer: PlainTypePrinter, call: ts.CallExpression, original: ts.QuickInfo): ts.QuickInfo | undefined {
  const callee = call.expression as ts.PropertyAccessExpression;
  const owner = printer.chainKind(checker.getTypeAtLocation(callee.expression));
  if (owner === undefined) return undefined;
  const signature = checker.getResolvedSignature(call);
  const declaration = signature?.getDeclaration();
  if (!signature || !declaration || !ts.isMethodSignature(declaration)) return undefined;
  const instantiated = signature.getParameters();
  const parameters = declaration.parameters.map((parameter, index) => {
    const symbol = instantiated[index];
    return symbol ? parameterText(ts, printer, parameter, checker.getTypeOfSymbol(symbol)) : parameter.getText();
  });
  return withText(original, `(method) ${owner}.${callee.name.text}(${parameters.join(", ")}): ${printer.text(signature.getReturnType())}`);
}

/**
 * The quick info to show at `position`: `original` (what TypeScript gives) where it shows no
 * internal type, a plain rewrite of it where it does.
 */
export function plainQuickInfo(ts: TypeScript, program: ts.Program, fileName: string, position: number, original: ts.QuickInfo | undefined): ts.QuickInfo | undefined {
  if (original === undefined) return undefined;
  const file = program.getSourceFile(fileName);
  const node = file && nodeAt(ts, file, position);
  if (!node || !ts.isIdentifier(node)) return original;
  const checker = program.getTypeChecker();
  const printer = new PlainTypePrinter(ts, checker);
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
    return methodQuickInfo(ts, checker, printer, parent.parent, original) ?? original;
  }
  const type = checker.getTypeAtLocation(node);
  const head = headOf(original);
  if (head === undefined || !printer.isEncoded(type)) return original;
  return withText(original, `${head}${printer.text(type)}`);
}
