/**
 * CloudFormation's DefinitionString as the text of a JSON definition: a plain string, `Fn::Sub`
 * (a string, or `[string, {variables}]`) or `Fn::Join` (`[delimiter, [parts…]]`, whose parts are
 * strings or `Ref`/`Fn::GetAtt`/`Fn::Sub` intrinsics; a Ref or GetAtt becomes the `${X}` /
 * `${X.Arn}` text Fn::Sub would write for it). Each character keeps its offset in the template.
 */
import { type Document, isMap, isScalar, isSeq, type Node, type Scalar } from "yaml";
import { type EmbeddedText, joinTexts, textAt } from "./embedded-text.ts";
import { intrinsicForTag, isIntrinsicKey } from "./cloudformation-intrinsics.ts";
import { scalarText } from "./scalar-text.ts";
import type { TextProblem } from "./source-diagnostic.ts";
import { resolved, untaggedValue, yamlValue } from "./yaml-tree.ts";

export type DefinitionText =
  | { readonly ok: true; readonly text: EmbeddedText; readonly variables?: { readonly [name: string]: unknown } }
  | ({ readonly ok: false } & TextProblem);

interface Intrinsic {
  readonly name: string;
  /** The function's argument: the tagged node itself for a short tag. */
  readonly argument: Node | null;
  /** The argument's value. */
  readonly value: unknown;
}

/** The intrinsic function a node calls, in either form (`!Sub x` or `{"Fn::Sub": x}`). */
export function intrinsicOf(node: Node | null, document: Document.Parsed): Intrinsic | undefined {
  if (node === null) return undefined;
  const short = intrinsicForTag(node.tag);
  if (short) return { name: short, argument: node, value: untaggedValue(node, document) };
  if (!isMap(node) || node.items.length !== 1) return undefined;
  const [pair] = node.items;
  const key = String(yamlValue(pair!.key, document));
  if (!isIntrinsicKey(key)) return undefined;
  const argument = resolved(pair!.value, document);
  return { name: key, argument, value: yamlValue(argument, document) };
}

export function definitionStringText(node: Node | null, document: Document.Parsed, source: string): DefinitionText {
  const at = node?.range?.[0] ?? 0;
  const intrinsic = intrinsicOf(node, document);
  if (!intrinsic) {
    return isString(node) ? { ok: true, text: scalarText(node, source) } : { ok: false, offset: at, message: "DefinitionString is not text: give the definition as a JSON string, Fn::Sub or Fn::Join, or as Definition" };
  }
  const argument = intrinsic.argument;
  if (intrinsic.name === "Fn::Sub") {
    if (isString(argument)) return { ok: true, text: scalarText(argument, source) };
    const [template, variables] = isSeq(argument) ? argument.items.map((item) => resolved(item, document)) : [];
    if (isString(template ?? null)) {
      const values = yamlValue(variables ?? null, document);
      return { ok: true, text: scalarText(template as Scalar, source), ...(isRecord(values) ? { variables: values } : {}) };
    }
    return { ok: false, offset: at, message: "DefinitionString's Fn::Sub takes a string or [string, {variables}]" };
  }
  if (intrinsic.name === "Fn::Join") return joinedText(argument, document, source, at);
  return {
    ok: false,
    offset: at,
    message: `DefinitionString is written with ${intrinsic.name}, whose text is known only when the stack is deployed: aslc reads a string, Fn::Sub or Fn::Join`,
  };
}

function joinedText(argument: Node | null, document: Document.Parsed, source: string, at: number): DefinitionText {
  const [delimiter, list] = isSeq(argument) ? argument.items.map((item) => resolved(item, document)) : [];
  if (!isString(delimiter ?? null) || !isSeq(list)) {
    return { ok: false, offset: at, message: "DefinitionString's Fn::Join takes [delimiter, [parts…]]" };
  }
  const separator = String((delimiter as Scalar).value);
  const parts: EmbeddedText[] = [];
  for (const [index, item] of list.items.entries()) {
    const part = resolved(item, document);
    if (index > 0 && separator !== "") parts.push(textAt(separator, delimiter!.range?.[0] ?? at));
    const text = joinPart(part, document, source);
    if (typeof text === "string") return { ok: false, offset: part?.range?.[0] ?? at, message: text };
    parts.push(text);
  }
  return { ok: true, text: joinTexts(parts, at) };
}

/** A part of Fn::Join as text, or why it cannot be one. */
function joinPart(part: Node | null, document: Document.Parsed, source: string): EmbeddedText | string {
  const at = part?.range?.[0] ?? 0;
  const intrinsic = intrinsicOf(part, document);
  if (!intrinsic) return isString(part) ? scalarText(part, source) : "a part of DefinitionString's Fn::Join that is not text";
  const argument = intrinsic.value;
  if (intrinsic.name === "Ref" && typeof argument === "string") return textAt(`\${${argument}}`, at);
  if (intrinsic.name === "Fn::GetAtt") {
    const name = typeof argument === "string" ? argument : Array.isArray(argument) && argument.every((segment) => typeof segment === "string") ? argument.join(".") : undefined;
    if (name) return textAt(`\${${name}}`, at);
  }
  if (intrinsic.name === "Fn::Sub" && isString(intrinsic.argument)) return scalarText(intrinsic.argument, source);
  return `a part of DefinitionString's Fn::Join written with ${intrinsic.name}: aslc joins text, Ref, Fn::GetAtt and Fn::Sub of a string`;
}

function isString(node: Node | null): node is Scalar {
  return isScalar(node) && typeof node.value === "string";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
