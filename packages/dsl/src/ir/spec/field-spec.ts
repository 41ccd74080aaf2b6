/**
 * The vocabulary of the field spec: what kind of value each ASL field holds, in which query
 * language it exists, when it is evaluated, its exclusive twin and its range. Each state kind's
 * spec (states.ts) is a table of these, in ASL's emission order, tied to the IR's node type so
 * that a field missing from either side does not compile.
 */
/**
 * What a field holds, which decides how it is emitted and checked.
 * - `text`, `enum`, `number`, `strings`: literal values, emitted as they are.
 * - `path`: a JSONPath path (InputPath, OutputPath: wildcards allowed).
 * - `reference-path`: a reference path (one value: ResultPath, the `…Path` twins, ItemsPath).
 * - `payload`: a payload template in JSONPath (`.$` keys), a JSONata value in JSONata.
 * - `json`: a literal JSON value (Pass Result).
 * - `scalar`: a number or string, or in JSONata a `{% … %}` expression; its `…Path` twin reads it.
 * - `target`: a state name; `transition`: Next or End.
 * - `object` / `list`: a nested object (ItemReader) or a list of them (Retry, Catch, Choices),
 *   described by `nested`.
 * - `machine` / `machines`: a nested machine (ItemProcessor) or several (Branches);
 *   `states`: a machine's states; `condition`: a Choice rule's test, emitted inline.
 * - `language`, `schema`, `integration`: the state's QueryLanguage; zod schemas and integration
 *   facts the compiler needs but ASL does not hold (`asl: null`).
 */
export type FieldKind =
  | "text"
  | "enum"
  | "number"
  | "strings"
  | "path"
  | "reference-path"
  | "payload"
  | "json"
  | "scalar"
  | "target"
  | "transition"
  | "object"
  | "list"
  | "machine"
  | "machines"
  | "states"
  | "condition"
  | "language"
  | "schema"
  | "integration";

/** The query languages a field exists in. */
export type FieldLanguages = "both" | "JSONPath" | "JSONata";

/**
 * What a field can read when Step Functions evaluates it:
 * - `input`: the state's input (JSONPath: the raw input for InputPath; JSONata: `$states.input`);
 * - `effective-input`: the input after InputPath (Parameters, the `…Path` twins, ItemsPath);
 * - `result`: the work's result too (ResultSelector; JSONata Output and Assign of Task, Parallel, Map);
 * - `error-output`: a catcher's `$states.errorOutput`;
 * - `output`: the state's output before OutputPath;
 * - `nothing`: a literal.
 */
export type FieldReads = "input" | "effective-input" | "result" | "error-output" | "output" | "nothing";

/** A numeric field's allowed values, and the diagnostic code a value outside them gets. */
export interface FieldRange {
  readonly min: number;
  /** @default no upper bound */
  readonly max?: number;
  /** @default false */
  readonly integer?: boolean;
  readonly code: "ASLC109" | "ASLC112" | "ASLC116";
  /** Said after the range in the message, e.g. "(256 KiB)". */
  readonly note?: string;
}

export interface FieldSpec {
  /** ASL's name for the field; `null` for IR data ASL does not hold. */
  readonly asl: string | null;
  readonly kind: FieldKind;
  /** @default "both" */
  readonly languages?: FieldLanguages;
  /** @default "nothing" */
  readonly reads?: FieldReads;
  /** The IR key of the field this one excludes (TimeoutSeconds and TimeoutSecondsPath). */
  readonly twin?: string;
  /** A path the state writes to (ResultPath), not one it reads. @default false */
  readonly writes?: boolean;
  /** A reference path that may not point into the context object (ResultPath). @default false */
  readonly noContext?: boolean;
  /** A path field that may also hold an intrinsic function call (Fail ErrorPath, CausePath). @default false */
  readonly intrinsic?: boolean;
  readonly range?: FieldRange;
  /** What a `scalar` field holds; in JSONata its expression must give this. */
  readonly value?: "number" | "string" | "timestamp";
  /** For `enum` fields: the values ASL accepts. */
  readonly values?: readonly string[];
  /** In a state of the other query language, what to write instead of this field. */
  readonly instead?: string;
  /** The ASL object it sits in, when it is not the node's own level (ProcessorConfig). */
  readonly group?: string;
  /** The value ASL assumes when the field is left out (the emitter writes a group only when the author gave one of its fields). */
  readonly default?: string | number | boolean;
  /**
   * For a field AWS deprecated but still runs (a Map's Iterator and Parameters): the IR key of the
   * field that replaced it. The two are exclusive, read and checked alike, and each is emitted
   * under its own name, as the author chose.
   */
  readonly deprecatedFor?: string;
  /** For `object` and `list` fields: the spec of the nested object. */
  readonly nested?: ObjectSpec;
  /**
   * The builder option that sets the field, when it is not the IR key (`result` sets
   * `resultSchema`); `null` when the chain sets it (a Choice's rules, a machine's StartAt).
   * @default the IR key
   */
  readonly option?: string | null;
  /** For `list` fields: what one entry is called in messages ("catcher", "rule"). */
  readonly entry?: string;
  readonly doc: string;
}

/** A nested object's fields, in emission order. */
export type ObjectSpec = { readonly [key: string]: FieldSpec };

/** IR keys that are not ASL fields: the node's tag, its name (the key it is listed under) and its source site. */
type NotFields = "type" | "name" | "site";

/**
 * The spec a node type must have: one entry for every field of the node and no other. Used with
 * `satisfies`, so a field added to the IR without a spec entry, or a spec entry without an IR
 * field, is a compile error.
 */
export type SpecOf<Node> = { readonly [K in Exclude<keyof Node, NotFields>]-?: FieldSpec };

/**
 * The `…Path` twin of a scalar field (TimeoutSecondsPath for TimeoutSeconds): a JSONPath
 * reference path, read against the effective input, that excludes its twin.
 */
export function pathTwin<const Asl extends `${string}Path`, const Twin extends string>(asl: Asl, twin: Twin) {
  return { asl, kind: "reference-path", languages: "JSONPath", twin, reads: "effective-input", doc: `Where the input holds ${asl.slice(0, -"Path".length)}.` } as const;
}

/** Kinds whose value the chain decides (transitions, nested machines, rule tests): never a builder option. */
const CHAIN_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(["transition", "machine", "machines", "states", "condition", "integration"]);

/** The builder option that sets a field, or undefined when the chain sets it. */
export function optionName(key: string, spec: FieldSpec): string | undefined {
  if (spec.option === null || CHAIN_KINDS.has(spec.kind)) return undefined;
  return spec.option ?? key;
}
