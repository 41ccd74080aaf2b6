/**
 * The intrinsic functions of JSONPath mode, as data: each one's parameters (what each argument
 * must hold), how many of them may be left out, whether more follow, and what it returns. The
 * typed helpers (intrinsic.ts), the types that read raw intrinsic text (intrinsic-text-types.ts)
 * and the compiler's checks and result schemas all read this table.
 *
 * Source: AWS Step Functions Developer Guide, "Intrinsic functions for JSONPath states"
 * (https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html).
 */

/** What an argument must hold: `value` is anything. */
export type IntrinsicParam = "string" | "number" | "boolean" | "array" | "object" | "value";

/**
 * What a call gives: a fixed kind, or `arguments` when it follows from them (Array,
 * ArrayPartition, ArrayGetItem, ArrayUnique, JsonMerge), or `json` (StringToJson: what the text
 * holds, unknown unless a schema says).
 */
export type IntrinsicResultKind = "string" | "number" | "boolean" | "number[]" | "string[]" | "arguments" | "json";

export interface IntrinsicFunction {
  /** The parameters, in order. */
  readonly params: readonly IntrinsicParam[];
  /** How many parameters must be given (the rest of `params` are optional). @default params.length */
  readonly required?: number;
  /** What any further arguments hold, when the function takes any number of them. */
  readonly rest?: IntrinsicParam;
  readonly result: IntrinsicResultKind;
}

export const INTRINSIC_FUNCTIONS = {
  "States.Format": { params: ["string"], rest: "value", result: "string" },
  "States.StringToJson": { params: ["string"], result: "json" },
  "States.JsonToString": { params: ["value"], result: "string" },
  "States.Array": { params: [], rest: "value", result: "arguments" },
  "States.ArrayPartition": { params: ["array", "number"], result: "arguments" },
  "States.ArrayContains": { params: ["array", "value"], result: "boolean" },
  "States.ArrayRange": { params: ["number", "number", "number"], result: "number[]" },
  "States.ArrayGetItem": { params: ["array", "number"], result: "arguments" },
  "States.ArrayLength": { params: ["array"], result: "number" },
  "States.ArrayUnique": { params: ["array"], result: "arguments" },
  "States.Base64Encode": { params: ["string"], result: "string" },
  "States.Base64Decode": { params: ["string"], result: "string" },
  "States.Hash": { params: ["value", "string"], result: "string" },
  "States.JsonMerge": { params: ["object", "object", "boolean"], result: "arguments" },
  "States.MathRandom": { params: ["number", "number", "number"], required: 2, result: "number" },
  "States.MathAdd": { params: ["number", "number"], result: "number" },
  "States.StringSplit": { params: ["string", "string"], result: "string[]" },
  "States.UUID": { params: [], result: "string" },
} as const satisfies { readonly [name: `States.${string}`]: IntrinsicFunction };

export type IntrinsicName = keyof typeof INTRINSIC_FUNCTIONS;

/** The intrinsic functions ASL defines, in the order of the table. */
export const INTRINSIC_NAMES = Object.keys(INTRINSIC_FUNCTIONS) as IntrinsicName[];

/** The algorithms States.Hash takes. */
export const HASH_ALGORITHMS = ["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"] as const;
export type HashAlgorithm = (typeof HASH_ALGORITHMS)[number];

/** The parameter kind a call's result is, where the table says (`undefined`: it follows from the arguments, or the text). */
export const RESULT_PARAMS: { readonly [R in IntrinsicResultKind]: Exclude<IntrinsicParam, "value"> | undefined } = {
  string: "string",
  number: "number",
  boolean: "boolean",
  "number[]": "array",
  "string[]": "array",
  arguments: undefined,
  json: undefined,
};

/** False when a call whose result is of this kind cannot be what a parameter of kind `param` holds. */
export function resultFits(result: IntrinsicResultKind, param: IntrinsicParam): boolean {
  const kind = RESULT_PARAMS[result];
  return param === "value" || kind === undefined || kind === param;
}

/** ASL allows at most 10 nested intrinsic calls. */
export const MAX_INTRINSIC_DEPTH = 10;

export function isIntrinsicName(name: string): name is IntrinsicName {
  return Object.hasOwn(INTRINSIC_FUNCTIONS, name);
}

/** The description of what a parameter must hold, as messages say it. */
export const PARAM_WORDS: { readonly [P in IntrinsicParam]: string } = {
  string: "a string",
  number: "a number",
  boolean: "a boolean",
  array: "an array",
  object: "an object",
  value: "a value",
};

/**
 * Why `count` arguments do not fit the function, or undefined when they do. States.Format
 * needs one argument per `{}` of its template, which the caller checks with the template.
 */
export function arityProblem(name: IntrinsicName, count: number): string | undefined {
  const fn: IntrinsicFunction = INTRINSIC_FUNCTIONS[name];
  const min = fn.required ?? fn.params.length;
  const max = fn.rest === undefined ? fn.params.length : Infinity;
  if (count >= min && count <= max) return undefined;
  const plural = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;
  const takes = max === Infinity ? `at least ${plural(min)}` : min === max ? plural(min) : `${min} to ${max} arguments`;
  return `${name} takes ${takes}, but ${count} ${count === 1 ? "was" : "were"} given`;
}

/** Counts the `{}` placeholders of a States.Format template. */
export function countPlaceholders(template: string): number {
  return template.split("{}").length - 1;
}
