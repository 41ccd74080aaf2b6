/**
 * CloudFormation's intrinsic functions as a YAML template writes them: the short tags (`!Ref X`,
 * `!GetAtt A.B`, `!Sub …`) read as the long JSON form (`{"Ref": "X"}`, `{"Fn::GetAtt": ["A", "B"]}`),
 * which is what CloudFormation itself makes of them.
 */
const FUNCTIONS = [
  "Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select", "Split", "Sub",
  "Transform", "If", "Equals", "And", "Or", "Not", "ToJsonString", "Length",
] as const;

/** Each short tag and the intrinsic's long name. */
const LONG_NAMES: ReadonlyMap<string, string> = new Map([
  ["!Ref", "Ref"],
  ["!Condition", "Condition"],
  ...FUNCTIONS.map((name) => [`!${name}`, `Fn::${name}`] as const),
]);

/** The intrinsic's long name (`Fn::Sub`) for a short tag (`!Sub`), or undefined for any other tag. */
export function intrinsicForTag(tag: string | undefined): string | undefined {
  return tag === undefined ? undefined : LONG_NAMES.get(tag);
}

/** Whether `key` is the only key of an intrinsic function's long form. */
export function isIntrinsicKey(key: string): boolean {
  return key === "Ref" || key === "Condition" || key.startsWith("Fn::");
}

/** The long form of a short-tagged value: `!GetAtt A.B.C` is `{"Fn::GetAtt": ["A", "B.C"]}`. */
export function longForm(name: string, argument: unknown): { readonly [name: string]: unknown } {
  if (name === "Fn::GetAtt" && typeof argument === "string") {
    const dot = argument.indexOf(".");
    return { [name]: dot < 0 ? [argument] : [argument.slice(0, dot), argument.slice(dot + 1)] };
  }
  return { [name]: argument };
}
