/**
 * Type-level reading of JSONPath strings against payload types.
 *
 * A path is checked as written, one segment at a time, so the cost follows the length of the
 * path and never the size of the schema. Failures are carried as `PathError` values so that a
 * caller can turn them into a readable message on the offending argument.
 *
 * Objects may be plain object types (the context object, a task's raw result) or in the
 * canonical form payloads take inside the builder (fields.ts); a read gives values in the form
 * it found them.
 */
import type { AnyEntry, EntryAt, EntryValue, FieldNames, Fields, NoFields } from "./fields.ts";
import type { FieldsHere } from "./field-list.ts";
import type { Problem } from "../payload/template-types.ts";
import type { View } from "./view.ts";

/**
 * A failed path lookup; the message is what tsc shows the author. Next holds the paths that
 * would be right where the lookup failed (each field of the object it stopped at, written in
 * full): a parameter whose type lists them is what the editor completes a path from; Names the
 * field names there, listed in the message only where it is shown (PathText: sorting them costs,
 * and tsc meets failed lookups while it infers, too). Next and Names sit in a method's
 * parameters, which tsc compares both ways, so that `PathError<infer M>` matches an error
 * whatever they are.
 */
export interface PathError<M extends string, Next = never, Names = never> {
  readonly "aslc path error": M;
  "aslc path next"(next: Next, names: Names): void;
}

/** The fields of an object: its paths written in full below Here. */
type NextPaths<Here extends string, Names extends string> = Names extends string ? `${Here}.${Names}` : never;

/** A missing field's error, naming the fields there are and offering them as paths. */
type MissingField<Here extends string, N extends string, Names extends string> = PathError<`${Here} has no field '${N}'`, NextPaths<Here, Names>, Names>;

/** The message of a failed lookup as the author reads it: with the fields there are, where a field was missing. */
type PathText<V> = V extends PathError<infer M, unknown, infer Names> ? ([Names] extends [never] ? M : `${M}${FieldsHere<Names & string>}`) : never;

/**
 * What a path parameter takes when the path fails: the message (an object type, so that the
 * editor does not offer it as a completion) or one of the paths that would be right there.
 */
export type PathErrorArg<V> = V extends PathError<string, infer Next> ? Problem<PathText<V>> | Next : never;

/** Marks the elements selected by a `[*]` wildcard; the rest of the path maps over them. */
interface Spread<E> {
  readonly "aslc spread": E;
}

export type IsAny<T> = 0 extends 1 & T ? true : false;

/** A short human name for a value type, used in messages. */
export type Describe<V> =
  IsAny<V> extends true
    ? "any"
    : [V] extends [never]
      ? "never"
      : [V] extends [string]
        ? "a string"
        : [V] extends [number]
          ? "a number"
          : [V] extends [boolean]
            ? "a boolean"
            : [V] extends [null]
              ? "null"
              : [V] extends [readonly unknown[]]
                ? "an array"
                : [V] extends [object]
                  ? "an object"
                  : "a value of mixed type";

type FieldOfMember<O, N extends string, Here extends string> = O extends Fields<infer E extends AnyEntry>
  ? EntryAt<E, N> extends infer En
    ? [En] extends [never]
      ? MissingField<Here, N, FieldNames<O>>
      : EntryValue<En>
    : never
  : O extends readonly unknown[]
  ? PathError<`${Here} is an array: select an element with ${Here}[0] before reading '${N}'`>
  : O extends object
    ? N extends keyof O
      ? O[N]
      : string extends keyof O
        ? O[keyof O & string]
        : MissingField<Here, N, keyof O & string>
    : PathError<`${Here} is ${Describe<O>}, so it has no field '${N}'`>;

/** Reads field N of T; optional parents keep the result optional. */
type FieldOf<T, N extends string, Here extends string> =
  IsAny<T> extends true
    ? any
    : unknown extends T
      ? unknown
      : FieldOfMember<NonNullable<T>, N, Here> | (undefined extends T ? undefined : never);

type ElementOf<T, I extends string, Here extends string> =
  IsAny<T> extends true
    ? any
    : unknown extends T
      ? unknown
      : NonNullable<T> extends infer A
        ? A extends readonly unknown[]
          ? I extends "*"
            ? Spread<A[number]>
            : I extends `${number}`
              ? I extends keyof A
                ? A[I]
                : number extends A["length"]
                  ? A[number]
                  : PathError<`${Here} has ${A["length"]} elements, so [${I}] is out of range`>
              : unknown
          : I extends "*"
            ? ValuesOf<A, Here>
            : PathError<`${Here} is ${Describe<A>}, so it cannot be indexed with [${I}]`>
        : never;

/**
 * `[*]` (or `.*`) on an object: its values, as Step Functions' JSONPath (Jayway) gives them. An
 * optional field that is absent gives no value.
 */
type ValuesOf<A, Here extends string> = A extends Fields<infer E>
  ? Spread<E extends readonly [unknown, infer V, ...unknown[]] ? V : never>
  : A extends object
    ? Spread<Exclude<A[keyof A], undefined>>
    : PathError<`${Here} is ${Describe<A>}, so it cannot be indexed with [*]`>;

/** The errors among V's members; a lookup that fails for one member fails as a whole. */
export type Errors<V> = Extract<V, PathError<string>>;

/**
 * The values a wildcard match holds when V is produced for each of its elements. JSONPath
 * (Jayway, which Step Functions uses) returns one flat list however many wildcards the path
 * has, so a nested match contributes its elements rather than a list of them.
 */
type Flat<V> = [Errors<V>] extends [never] ? Spread<V extends Spread<infer E> ? E : V> : Errors<V>;

/** Applies `[i][j]…` suffixes of one segment. */
type Indexes<T, S extends string, Here extends string> = S extends `[${infer I}]${infer More}`
  ? Propagate<ElementOf<T, I, Here>, More, `${Here}[${I}]`>
  : T;

type Propagate<V, More extends string, Here extends string> = [Errors<V>] extends [never]
  ? V extends Spread<infer E>
    ? Flat<Indexes<E, More, Here>>
    : Indexes<V, More, Here>
  : Errors<V>;

/** One dot-separated segment: a field name optionally followed by indexes, or indexes alone. */
type Segment<T, S extends string, Here extends string> = S extends `${infer Name}[${infer Rest}`
  ? Name extends ""
    ? Indexes<T, `[${Rest}`, Here>
    : Propagate<FieldOf<T, Name, Here>, `[${Rest}`, `${Here}.${Name}`>
  : S extends "*"
    ? ElementOf<T, "*", Here>
    : FieldOf<T, S, Here>;

/** Where a segment leaves the walk: indexes on the root (`$[0]`) take no dot. */
type After<Here extends string, S extends string> = S extends `[${string}` ? `${Here}${S}` : `${Here}.${S}`;

type Walk<T, R extends string, Here extends string> = R extends `${infer S}.${infer Rest}`
  ? Continue<Segment<T, S, Here>, Rest, After<Here, S>>
  : Segment<T, R, Here>;

type Continue<V, Rest extends string, Here extends string> = [Errors<V>] extends [never]
  ? V extends Spread<infer E>
    ? Flat<Walk<E, Rest, Here>>
    : Walk<V, Rest, Here>
  : Errors<V>;

/** The walk's result: the error if any member failed, and wildcard matches as arrays. */
type Finish<V> = [Errors<V>] extends [never] ? (V extends Spread<infer E> ? E[] : V) : Errors<V>;

/** Does the path use syntax beyond plain fields and indexes (filters, slices, quoted keys)? */
type IsOpaque<P extends string> = P extends `${string}[?${string}` | `${string}['${string}` | `${string}[${string}:${string}` | `${string}..${string}` ? true : false;

/**
 * The type at path P (`$`, `$.a.b[0]`, `$.items[*].price`) in payload T, or a PathError.
 * Paths whose syntax the type level does not follow (filters, slices) give `unknown`, and so
 * does a variable path (`$name`, which InputPath and OutputPath may also hold): the compiler
 * checks those against the schemas and the variables instead.
 */
export type Read<T, P extends string> = Lookup<T, P, "$">;

/** Read, as plain types: what the value at path P of T looks like to an author. */
export type At<T, P extends string> = View<Read<T, P>>;

/** Whitespace, which Step Functions does not read as part of a path when it ends one. */
type PathSpace = " " | "\n" | "\t" | "\r";

/** P without the whitespace that ends it (`"$.a "` is `$.a`). */
export type TrimPath<P extends string> = P extends `${infer Q}${PathSpace}` ? TrimPath<Q> : P;

/** At, with messages that name the root as written (`$`, `$$`, `$name`). */
export type Lookup<T, P extends string, Root extends string> = LookupTrimmed<T, TrimPath<P>, Root>;

type LookupTrimmed<T, P extends string, Root extends string> = P extends "$"
  ? T
  : IsOpaque<P> extends true
    ? unknown
    : P extends `$.${infer R}`
      ? Finish<Walk<T, R, Root>>
      : P extends `$[${string}`
        ? Finish<Walk<T, P extends `$${infer R}` ? R : never, Root>>
        : P extends `$${string}`
          ? unknown
          : PathError<`'${P}' is not a path: a path starts with '$.' (or is '$')`, RootPaths<T, Root>>;

/** The paths to each field of T, offered where a path is still to be written. */
type RootPaths<T, Root extends string> = T extends Fields<unknown> ? NextPaths<Root, FieldNames<T>> : never;

/**
 * Resolves any path a payload template may hold: `$…` against the payload T, `$$…` against the
 * context object C, and `$name…` against the workflow variables C carries (none when C is a
 * bare ContextObject: see WithContextVariables).
 */
export type Resolve<T, C, P extends string> = ResolveTrimmed<T, C, TrimPath<P>>;

type ResolveTrimmed<T, C, P extends string> = P extends `$$${infer R}`
  ? R extends "" | `.${string}` | `[${string}`
    ? Lookup<C, `$${R}`, "$$">
    : PathError<`'${P}' is not a context path: write $$.Execution.Id, $$.Task.Token, …`>
  : P extends "$" | `$.${string}` | `$[${string}`
    ? Read<T, P>
    : P extends `$${infer R}`
      ? ReadVariablePath<C extends WithVariables<infer VV> ? VV : NoFields, R>
      : PathError<`'${P}' is not a path: a path starts with '$.', '$$.' or is '$'`>;

/** Type-only key under which a context type carries the variables visible at a state. */
declare const variables: unique symbol;

/** Added to a context type: the variables visible at the state (canonical objects, see fields.ts). */
export interface WithVariables<VV> {
  readonly [variables]: VV;
}

/**
 * The context C carrying the variables VV. Where there are none, C itself: most states see no
 * variables, and tsc reads paths through a plain object type for less than through an
 * intersection (the condition factory alone costs a third more checks with one).
 */
export type WithContextVariables<C, VV> = [VV] extends [NoFields] ? C : C & WithVariables<VV>;

/** `name`, `name.a.b`, `name[0]…`: the variable's value, then the rest of the path in it. */
type ReadVariablePath<VV, R extends string> = R extends `${infer Name}.${infer Rest}`
  ? VariablePath<VV, Name, `$.${Rest}`>
  : R extends `${infer Name}[${infer Rest}`
    ? VariablePath<VV, Name, `$[${Rest}`>
    : VariableValue<VV, R>;

type VariablePath<VV, Name extends string, Rest extends string> =
  VariableValue<VV, Name> extends infer V ? ([V] extends [PathError<string>] ? V : Lookup<V, Rest, `$${Name}`>) : never;

/**
 * The value of variable Name where the visible variables are VV (canonical objects, a union
 * when paths that assign different variables meet): an error unless every path assigned it.
 */
export type VariableValue<VV, Name extends string> = [Errors<VariableMember<VV, Name>>] extends [never]
  ? VariableMember<VV, Name>
  : Errors<VariableMember<VV, Name>>;

type VariableMember<VV, Name extends string> = VV extends Fields<infer E extends AnyEntry>
  ? [EntryAt<E, Name>] extends [never]
    ? PathError<`$${Name} is not assigned on every path to this state: assign it in an earlier state (assign: { ${Name}: … })`>
    : EntryValue<EntryAt<E, Name>>
  : never;

/**
 * The message of V when it is a failed lookup, otherwise never. A never value is not a failure:
 * while tsc infers a call it checks the options once before the branch callbacks are typed, with
 * their results still never, and a Problem found then would reject the call for good.
 */
export type PathMessage<V> = [V] extends [never] ? never : [V] extends [PathError<string>] ? PathText<V> : never;

/** Whether V is a failed lookup: the test PathMessage makes, without building the message. */
export type PathFails<V> = [V] extends [never] ? false : [V] extends [PathError<string>] ? true : false;

/** P itself when it resolves in T, otherwise the error message or the paths right there (used as a parameter type). */
export type PathArg<T, P extends string> = Read<T, P> extends infer V ? ([V] extends [PathError<string>] ? PathErrorArg<V> : P) : never;

/** Like PathArg, for paths that may also read the context object. */
export type ContextPathArg<T, C, P extends string> = Resolve<T, C, P> extends infer V ? ([V] extends [PathError<string>] ? PathErrorArg<V> : P) : never;

/**
 * P when it resolves in T to a value of type Want (ignoring null/undefined), otherwise a message
 * naming what was wanted, e.g. "NumericGreaterThan needs a number, but $.name is a string",
 * with the paths that would be right there (the fields of the object it stopped at). The value
 * is judged as a whole: an optional number is a number that may be absent.
 */
export type TypedPathArg<T, C, P extends string, Want, What extends string, WantName extends string> =
  Resolve<T, C, P> extends infer V
    ? IsAny<V> extends true
      ? P
      : [V] extends [never]
        ? Problem<`${What} needs ${WantName}, but ${P} is never set`>
        : [V] extends [PathError<string>]
          ? PathErrorArg<V>
          : unknown extends V
            ? P
            : [NonNullable<V>] extends [never]
              ? Problem<`${What} needs ${WantName}, but ${P} is never set`>
              : [NonNullable<V>] extends [Want]
                ? P
                : Problem<`${What} needs ${WantName}, but ${P} is ${Describe<NonNullable<V>>}`> | NoInfer<FieldPaths<P, NonNullable<V>>>
    : never;

/** The paths to the fields of an object V found at P: where a path stops at an object, the editor offers its fields. */
export type FieldPaths<P extends string, V> = V extends Fields<unknown> ? NextPaths<P, FieldNames<V>> : never;
