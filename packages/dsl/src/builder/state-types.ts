/**
 * How each state kind turns its input type into its output type, and the checks that tie its
 * options to the payload. ASL's order: InputPath → Parameters → work → ResultSelector →
 * ResultPath (into the raw input) → OutputPath.
 *
 * Checks are mapped over the keys the author actually wrote, and are intersected with the
 * options argument: a wrong value gets a `Problem` whose message tsc prints on that property.
 *
 * The payload T these types take and give is in the canonical form of fields.ts (the chain keeps
 * it so); the exported `…Output`, `…Input` and `…Event` types show it as plain types.
 */
import type { JsonOf, SchemaType } from "../payload/json-side.ts";
import type { SchemaRead } from "../payload/schema-read.ts";
import type { Integration } from "../integrations/integration.ts";
import type { LambdaInvokeRequest } from "../integrations/lambda.ts";
import type { MapResourceCheck, RequestFieldsCheck } from "../integrations/request-types.ts";
import type { LambdaInvokeResult } from "../shapes/lambda-invoke-result.ts";
import type { MapRunResult } from "../shapes/map-run-result.ts";
import type { Canonical } from "../path/canonical.ts";
import type { FieldNames, Fields, NoFields } from "../path/fields.ts";
import type { PathError, PathErrorArg, PathFails, Read, TypedPathArg, WithContextVariables } from "../path/path-types.ts";
import type { ContextObject } from "../shapes/context-object.ts";
import type { ApplyResultPath, ResultPathError, ResultPathNext } from "../path/set-types.ts";
import type { View } from "../path/view.ts";
import type { UncheckedRead } from "../payload/unchecked.ts";
import type { IntrinsicTextCheck, Problem, TemplateCheck, TemplateResult, ValueCheck, ValueOut } from "../payload/template-types.ts";
import type { FailTwins, MapTwins, TaskTwins } from "./language/shared.ts";
import type { FailOptions, MapOptions, ParallelOptions, PassOptions, SucceedOptions, TaskOptions, WaitOptions } from "./options.ts";

/** O's field K, or D when the author did not write it. */
export type Get<O, K extends string, D = undefined> = O extends { readonly [P in K]: infer V } ? V : D;

/** A path given with `unchecked(…)` selects what the types cannot say: `unknown`. */
export type ApplyInputPath<T, IP> = IP extends null ? NoFields : IP extends string ? Read<T, IP> : IP extends UncheckedRead ? unknown : T;
export type ApplyOutputPath<T, OP> = OP extends null ? NoFields : OP extends string ? Read<T, OP> : OP extends UncheckedRead ? unknown : T;

/** The context object a template reads at a state, carrying the variables visible there. */
export type Ctx<I, VV> = WithContextVariables<ContextObject<I>, VV>;

/** No variables: what the exported helper types assume. */
type NoVariables = NoFields;

// ---------------------------------------------------------------------------------------------
// Checks shared by several state kinds

/** The error of a path option, with the paths that would be right there (the editor offers them). */
type PathProblem<T, V> = V extends string ? (PathFails<Read<T, V>> extends false ? unknown : PathErrorArg<Read<T, V>>) : unknown;

/** The error of a ResultPath, with the paths that would name a field where it ends in a '.' (the editor offers them). */
export type ResultPathProblem<T, V> = V extends string ? ([ResultPathError<T, V>] extends [never] ? unknown : Problem<ResultPathError<T, V>> | ResultPathNext<T, V>) : unknown;

type TypedPathProblem<T, C, V, Want, What extends string, WantName extends string> = V extends string
  ? TypedPathArg<T, C, V, Want, What, WantName> extends infer A
    ? [V] extends [A]
      ? unknown
      : A
    : unknown
  : unknown;

/**
 * Options the state does not take. The options are inferred as a type parameter, which tsc does
 * not check for excess properties, so a misspelt name (`resultpath`) would be ignored silently.
 */
export type UnknownOptions<O, Known> = { [K in Exclude<keyof O, keyof Known>]: Problem<`'${K & string}' is not an option of this state`> };

/**
 * The checks of the options O holds, from Checks, an interface of a state kind's checks by
 * option. tsc works out an interface's property types one by one, where they are read: a state
 * pays for the checks of the options written and no other, where a chain of key tests in a
 * mapped type compared each option written with every key before its own.
 */
export type WrittenChecks<O, Checks> = { [K in keyof O & keyof Checks]: Checks[K] };

/** A `…Path` field given with the field it stands for (`timeoutSecondsPath` with `timeoutSeconds`): the spec's twins. */
type Exclusive<O, A extends string, B extends string> = A extends keyof O ? (B extends keyof O ? Problem<`give ${A} or ${B}, not both`> : unknown) : unknown;

// ---------------------------------------------------------------------------------------------
// Task

type ResultSchemaType<O, D> = O extends { readonly result: infer S extends SchemaType } ? JsonOf<S> : D;

/** What the task's work returns, before ResultSelector. */
export type TaskRawResult<O> = Get<O, "resource"> extends Integration<any, infer Res, infer Wraps>
  ? Wraps extends true
    ? LambdaInvokeResult<ResultSchemaType<O, unknown>>
    : ResultSchemaType<O, Res>
  : ResultSchemaType<O, unknown>;

/**
 * TaskRawResult as the builder reads it (ResultSelector, Assign, ResultPath), in canonical form
 * where a result schema gives its type. Each state's inline schema is a type of its own, while results
 * of the same shape are one type in canonical form: the reads of a ResultSelector are then worked
 * out once for them all. (An integration's own result type stays as it is: canonical form would
 * fold its named fields into its index signature.)
 */
export type TaskResultRead<O> = Get<O, "resource"> extends Integration<any, infer Res, infer Wraps>
  ? Wraps extends true
    ? LambdaInvokeRead<ResultSchemaRead<O, unknown>>
    : ResultSchemaRead<O, Res>
  : ResultSchemaRead<O, unknown>;

/**
 * `Canonical<LambdaInvokeResult<R>>` for a canonical R, the very same type: the envelope's
 * entries are worked out once, where canonical form would walk the envelope again for every
 * task's result.
 */
type LambdaInvokeRead<R> = Fields<LambdaEnvelopeEntries | readonly ["Payload", R]>;

type LambdaEnvelopeEntries = Canonical<LambdaInvokeResult<unknown>> extends Fields<infer E> ? Exclude<E, readonly ["Payload", ...unknown[]]> : never;

type ResultSchemaRead<O, D> = O extends { readonly result: infer S extends SchemaType } ? SchemaRead<S> : D;

/** The request Parameters must produce; lambda:invoke's is built from `payload` instead. */
export type TaskRequest<O> = Get<O, "resource"> extends Integration<infer Req, any, any> ? ([Req] extends [LambdaInvokeRequest] ? unknown : Req) : unknown;

/** The input the work receives: after InputPath, then Parameters (or Payload for lambda:invoke). */
export type TaskEffectiveInput<T, I, O, VV = NoVariables> = O extends { readonly parameters: infer P }
  ? TemplateResult<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, P>
  : ApplyInputPath<T, Get<O, "inputPath">>;

type Selected<R, I, O, VV> = O extends { readonly resultSelector: infer S } ? TemplateResult<R, Ctx<I, VV>, S> : R;

/** The payload after a Task. */
export type TaskNext<T, I, O, VV = NoVariables> = ApplyOutputPath<ApplyResultPath<T, Get<O, "resultPath">, Selected<TaskResultRead<O>, I, O, VV>>, Get<O, "outputPath">>;

/** The output of a Task whose input is T, as plain types. */
export type TaskOutput<T, I, O, VV = NoVariables> = View<TaskNext<Canonical<T>, I, O, VV>>;

type OutKeys<Out> = Out extends Fields<unknown> ? FieldNames<Out> : keyof Out;

/** The fields a request names; its index signature (a request that takes any other field too) names none. */
type NamedKeys<Req> = keyof { [K in keyof Req as string extends K ? never : number extends K ? never : K]: unknown };

/** Required request fields the Parameters do not produce (a field typed `unknown` is still required). */
type MissingKeys<Req, Out> = { [K in NamedKeys<Req>]-?: {} extends Pick<Req, K> ? never : K extends OutKeys<Out> ? never : K }[NamedKeys<Req>];

type RequestProblem<Req, Out> = unknown extends Req
  ? unknown
  : [MissingKeys<Req, Out>] extends [never]
    ? unknown
    : Problem<`the Parameters lack the request field ${MissingKeys<Req, Out> & string}`>;

/** The check of each Task option that has one, by option (see WrittenChecks). */
interface TaskOptionChecks<T, I, O, VV> {
  inputPath: PathProblem<T, Get<O, "inputPath">>;
  parameters: TemplateCheck<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, Get<O, "parameters">> &
    RequestProblem<TaskRequest<O>, TaskEffectiveInput<T, I, O, VV>> &
    RequestFieldsCheck<TaskRequest<O>, Get<O, "parameters">, true>;
  payload: ValueCheck<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, Get<O, "payload">> &
    (Get<O, "resource"> extends Integration<LambdaInvokeRequest, any, any> ? unknown : Problem<"payload is for lambda.invoke tasks; use parameters">) &
    ("parameters" extends keyof O ? Problem<"give payload or parameters, not both"> : unknown);
  resultSelector: TemplateCheck<TaskResultRead<O>, Ctx<I, VV>, Get<O, "resultSelector">>;
  resultPath: ResultPathProblem<T, Get<O, "resultPath">>;
  outputPath: PathProblem<ApplyResultPath<T, Get<O, "resultPath">, Selected<TaskResultRead<O>, I, O, VV>>, Get<O, "outputPath">>;
  timeoutSecondsPath: TypedPathProblem<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, Get<O, "timeoutSecondsPath">, number, "TimeoutSecondsPath", "a number"> &
    Exclusive<O, TaskTwins["timeoutSecondsPath"], "timeoutSecondsPath">;
  heartbeatSecondsPath: TypedPathProblem<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, Get<O, "heartbeatSecondsPath">, number, "HeartbeatSecondsPath", "a number"> &
    Exclusive<O, TaskTwins["heartbeatSecondsPath"], "heartbeatSecondsPath">;
  credentials: TemplateCheck<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, Get<O, "credentials">>;
}

export type TaskCheck<T, I, O, VV = NoVariables> = UnknownOptions<O, TaskOptions> & WrittenChecks<O, TaskOptionChecks<T, I, O, VV>>;

type HandlerPayload<T, I, O, VV> = O extends { readonly payload: infer P }
  ? ValueOut<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, P>
  : TaskEffectiveInput<T, I, O, VV>;

/** The event a Lambda handler receives from this task, as plain types. */
export type TaskHandlerEvent<T, I, O, VV = NoVariables> = View<HandlerPayload<Canonical<T>, I, O, VV>>;

// ---------------------------------------------------------------------------------------------
// Pass

/** A Result literal is taken as written; canonical form drops the readonly of `const` inference. */
type PassResult<T, I, O, VV> = O extends { readonly result: infer R }
  ? R
  : O extends { readonly parameters: infer P }
    ? TemplateResult<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, P>
    : ApplyInputPath<T, Get<O, "inputPath">>;

/** The payload after a Pass. */
export type PassNext<T, I, O, VV = NoVariables> = ApplyOutputPath<ApplyResultPath<T, Get<O, "resultPath">, PassResult<T, I, O, VV>>, Get<O, "outputPath">>;

/** The output of a Pass whose input is T, as plain types. */
export type PassOutput<T, I, O, VV = NoVariables> = View<PassNext<Canonical<T>, I, O, VV>>;

/** The check of each Pass option that has one, by option (see WrittenChecks). */
interface PassOptionChecks<T, I, O, VV> {
  inputPath: PathProblem<T, Get<O, "inputPath">>;
  parameters: TemplateCheck<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, Get<O, "parameters">>;
  resultPath: ResultPathProblem<T, Get<O, "resultPath">>;
  outputPath: PathProblem<ApplyResultPath<T, Get<O, "resultPath">, PassResult<T, I, O, VV>>, Get<O, "outputPath">>;
}

export type PassCheck<T, I, O, VV = NoVariables> = UnknownOptions<O, PassOptions> & WrittenChecks<O, PassOptionChecks<T, I, O, VV>>;

// ---------------------------------------------------------------------------------------------
// States whose output is their (filtered) input: Wait, Choice, Succeed

export type FilteredNext<T, O> = ApplyOutputPath<ApplyInputPath<T, Get<O, "inputPath">>, Get<O, "outputPath">>;

type WaitKind = "seconds" | "secondsPath" | "timestamp" | "timestampPath";

/** Counts the wait kinds given: the Wait needs exactly one. */
type WaitKinds<O> = Extract<keyof O, WaitKind>;
type OneWaitKind<O> = { [P in WaitKinds<O>]: [Exclude<WaitKinds<O>, P>] extends [never] ? true : false }[WaitKinds<O>] extends true
  ? unknown
  : Problem<"give exactly one of seconds, secondsPath, timestamp and timestampPath">;

export type WaitCheck<T, I, O, VV = NoVariables> = [WaitKinds<O>] extends [never]
  ? Problem<"give one of seconds, secondsPath, timestamp and timestampPath">
  : UnknownOptions<O, WaitOptions> & WrittenChecks<O, WaitOptionChecks<T, I, O, VV>>;

/** The check of each Wait option that has one, by option (see WrittenChecks): each wait kind is told when there are more. */
interface WaitOptionChecks<T, I, O, VV> {
  inputPath: PathProblem<T, Get<O, "inputPath">>;
  outputPath: PathProblem<ApplyInputPath<T, Get<O, "inputPath">>, Get<O, "outputPath">>;
  seconds: OneWaitKind<O>;
  secondsPath: OneWaitKind<O> & TypedPathProblem<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, Get<O, "secondsPath">, number, "SecondsPath", "a number">;
  timestamp: OneWaitKind<O>;
  timestampPath: OneWaitKind<O> & TypedPathProblem<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, Get<O, "timestampPath">, string, "TimestampPath", "a timestamp string">;
}

export type FilterCheck<T, O> = UnknownOptions<O, SucceedOptions> & {
  [K in keyof O]: K extends "inputPath" ? PathProblem<T, O[K]> : K extends "outputPath" ? PathProblem<ApplyInputPath<T, Get<O, "inputPath">>, O[K]> : unknown;
};

type StringSource = string | null;

export type FailCheck<T, I, O, VV = NoVariables> = UnknownOptions<O, FailOptions> & {
  [K in keyof O]: K extends "errorPath"
    ? O[K] extends `States.${string}`
      ? IntrinsicTextCheck<T, Ctx<I, VV>, O[K]>
      : TypedPathProblem<T, Ctx<I, VV>, O[K], StringSource, "ErrorPath", "a string"> & Exclusive<O, FailTwins["errorPath"], "errorPath">
    : K extends "causePath"
      ? O[K] extends `States.${string}`
        ? IntrinsicTextCheck<T, Ctx<I, VV>, O[K]>
        : TypedPathProblem<T, Ctx<I, VV>, O[K], StringSource, "CausePath", "a string"> & Exclusive<O, FailTwins["causePath"], "causePath">
      : unknown;
};

// ---------------------------------------------------------------------------------------------
// Parallel

export type ParallelInput<T, I, O, VV = NoVariables> = O extends { readonly parameters: infer P }
  ? TemplateResult<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, P>
  : ApplyInputPath<T, Get<O, "inputPath">>;

export type ParallelNext<T, I, O, R, VV = NoVariables> = ApplyOutputPath<ApplyResultPath<T, Get<O, "resultPath">, Selected<R, I, O, VV>>, Get<O, "outputPath">>;

export type ParallelCheck<T, I, O, R, VV = NoVariables> = UnknownOptions<O, ParallelOptions> & {
  [K in keyof O]: K extends "inputPath"
    ? PathProblem<T, O[K]>
    : K extends "parameters"
      ? TemplateCheck<ApplyInputPath<T, Get<O, "inputPath">>, Ctx<I, VV>, O[K]>
      : K extends "resultSelector"
        ? TemplateCheck<R, Ctx<I, VV>, O[K]>
        : K extends "resultPath"
          ? ResultPathProblem<T, O[K]>
          : K extends "outputPath"
            ? PathProblem<ApplyResultPath<T, Get<O, "resultPath">, Selected<R, I, O, VV>>, O[K]>
            : unknown;
};

// ---------------------------------------------------------------------------------------------
// Map

type MapEffective<T, O> = ApplyInputPath<T, Get<O, "inputPath">>;

type ItemsOf<T, O> = O extends { readonly itemReader: object }
  ? ResultSchemaTypeOf<O>
  : Get<O, "itemsPath"> extends UncheckedRead
    ? unknown
    : Read<MapEffective<T, O>, Get<O, "itemsPath", "$"> & string> extends infer A
    ? A extends PathError<string>
      ? unknown
      : 0 extends 1 & A
        ? any
        : NonNullable<A> extends readonly (infer E)[]
          ? E
          : unknown
    : never;

type ResultSchemaTypeOf<O> = O extends { readonly itemSchema: infer S extends SchemaType } ? JsonOf<S> : unknown;

type Batched<T, I, O, E, VV> = O extends { readonly itemBatcher: infer B }
  ? B extends { readonly batchInput: infer BI }
    ? { Items: E[]; BatchInput: TemplateResult<MapEffective<T, O>, Ctx<I, VV>, BI> }
    : { Items: E[] }
  : E;

/**
 * What each iteration receives: the item, or the ItemSelector's object (which may read
 * `$$.Map.Item`); with an ItemBatcher, a batch of those.
 */
export type MapItemPayload<T, I, O, VV = NoVariables> = Canonical<
  Batched<T, I, O, O extends { readonly itemSelector: infer S } | { readonly parameters: infer S } ? TemplateResult<MapEffective<T, O>, WithContextVariables<ContextObject<I, ItemsOf<T, O>>, VV>, S> : ItemsOf<T, O>, VV>
>;

/** What each iteration of a Map whose input is T receives, as plain types. */
export type MapItemInput<T, I, O, VV = NoVariables> = View<MapItemPayload<Canonical<T>, I, O, VV>>;


type MapResult<O, R> = O extends { readonly resultWriter: object } ? MapRunResult : R[];

export type MapNext<T, I, O, R, VV = NoVariables> = ApplyOutputPath<ApplyResultPath<T, Get<O, "resultPath">, Selected<MapResult<O, R>, I, O, VV>>, Get<O, "outputPath">>;

export type MapCheck<T, I, O, R, VV = NoVariables> = UnknownOptions<O, MapOptions> & {
  [K in keyof O]: K extends "inputPath"
    ? PathProblem<T, O[K]>
    : K extends "itemsPath"
      ? // Beside an ItemReader, Step Functions reads no items from the input: ItemsPath is not applied (compiler warning ASLC156).
        O extends { readonly itemReader: object }
        ? unknown
        : TypedPathProblem<MapEffective<T, O>, Ctx<I, VV>, O[K], readonly unknown[], "ItemsPath", "an array">
      : K extends "itemSelector" | "parameters"
        ? TemplateCheck<MapEffective<T, O>, WithContextVariables<ContextObject<I, ItemsOf<T, O>>, VV>, O[K]> & (K extends "parameters" ? Exclusive<O, MapTwins["parameters"], "parameters"> : unknown)
        : K extends "resultSelector"
          ? TemplateCheck<MapResult<O, R>, Ctx<I, VV>, O[K]>
          : K extends "resultPath"
            ? ResultPathProblem<T, O[K]>
            : K extends "outputPath"
              ? PathProblem<ApplyResultPath<T, Get<O, "resultPath">, Selected<MapResult<O, R>, I, O, VV>>, O[K]>
              : K extends "maxConcurrencyPath"
                ? TypedPathProblem<MapEffective<T, O>, Ctx<I, VV>, O[K], number, "MaxConcurrencyPath", "a number"> & Exclusive<O, MapTwins["maxConcurrencyPath"], "maxConcurrencyPath">
                : K extends "toleratedFailurePercentagePath"
                  ? TypedPathProblem<MapEffective<T, O>, Ctx<I, VV>, O[K], number, "ToleratedFailurePercentagePath", "a number"> &
                      Exclusive<O, MapTwins["toleratedFailurePercentagePath"], "toleratedFailurePercentagePath">
                  : K extends "toleratedFailureCountPath"
                    ? TypedPathProblem<MapEffective<T, O>, Ctx<I, VV>, O[K], number, "ToleratedFailureCountPath", "a number"> &
                        Exclusive<O, MapTwins["toleratedFailureCountPath"], "toleratedFailureCountPath">
                    : K extends "itemReader"
                      ? MapResourceCheck<O[K], "ItemReader">
                      : K extends "resultWriter"
                        ? MapResourceCheck<O[K], "ResultWriter">
                        : unknown;
};
