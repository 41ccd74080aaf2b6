/**
 * CloudFormation intrinsics written where ASL takes text (`"Resource": {"Fn::GetAtt": ["Fn",
 * "Arn"]}`, as serverless.yml and templates allow), or as a value inside a payload template of a
 * template (`"TableName": {"Fn::ImportValue": "…"}`, which CloudFormation resolves before Step
 * Functions reads the definition): read as a `${Name}` placeholder, the form
 * DefinitionSubstitutions fill, with the intrinsic kept beside it so that it can be written
 * back as the substitution's value.
 */
import { isDeepStrictEqual } from "node:util";
import { isIntrinsicKey } from "./sources/cloudformation-intrinsics.ts";

/** An object of one key, `Ref`, `Condition` or `Fn::…`: CloudFormation's intrinsic function form. */
export function isIntrinsic(value: unknown): value is { readonly [name: string]: unknown } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && isIntrinsicKey(keys[0]!);
}

/**
 * The placeholder name for an intrinsic: `X` for `{"Ref": "X"}`, `Fn.Arn` for
 * `{"Fn::GetAtt": ["Fn", "Arn"]}`, otherwise `fallback` (the state and field it is written in).
 */
function nameFor(intrinsic: { readonly [name: string]: unknown }, fallback: string): string {
  const ref = intrinsic["Ref"];
  if (typeof ref === "string") return ref;
  const getAtt = intrinsic["Fn::GetAtt"];
  if (typeof getAtt === "string") return getAtt;
  if (Array.isArray(getAtt) && getAtt.every((part) => typeof part === "string")) return getAtt.join(".");
  return fallback;
}

/**
 * The `${Name}` text an intrinsic reads as. The same intrinsic written twice gets the same
 * placeholder; a different one wanting a taken name, or one the definition already uses as a
 * placeholder of its own (`reserved`), gets `Name2`, `Name3`, ….
 */
export function placeholderFor(intrinsic: { readonly [name: string]: unknown }, fallback: string, taken: Map<string, unknown>, reserved: ReadonlySet<string>): string {
  const wanted = nameFor(intrinsic, fallback).replaceAll("}", "");
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}${n}`;
    if (reserved.has(name)) continue;
    const held = taken.get(name);
    if (held === undefined) {
      taken.set(name, intrinsic);
      return `\${${name}}`;
    }
    if (isDeepStrictEqual(held, intrinsic)) return `\${${name}}`;
  }
}
