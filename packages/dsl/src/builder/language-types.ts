/**
 * Each builder method's types in both query languages. A state is JSONata when its options say
 * `queryLanguage: "JSONata"` or the workflow's do (and its options do not say JSONPath). The
 * JSONPath types are those of state-types.ts; this file adds the JSONata ones, the Assign of
 * both, and the checks that keep each language's fields to its own states.
 *
 * JSONata data flow (ASL): `$states.input` is the state's input; Arguments (Task, Parallel) are
 * what the work receives; `$states.result` is what it returns (Output and Assign only); the
 * output is Output, or by default the result (Task, Parallel, Map) or the input (the others).
 * Assign and Output both read variables as they were when the state was entered.
 */
import type { Canonical } from "../path/canonical.ts";
import type { Integration } from "../integrations/integration.ts";
import type { LambdaInvokeRequest } from "../integrations/lambda.ts";
import type { ContextObject, WithContextVariables } from "../path/path-types.ts";
import type { Problem, TemplateCheck, TemplateResult } from "../payload/template-types.ts";
import type { ExpressionScope, JsonataCheck, JsonataOut, JsonataTypedCheck, NoErrorOutput, NoResult } from "../jsonata/expression-types.ts";
import type { ErrorOutput } from "./error-names.ts";
import type { FailOptions, MapOptions, ParallelOptions, PassOptions, SucceedOptions, TaskOptions, WaitOptions, ChoiceOptions } from "./options.ts";
import type {
  ApplyInputPath,
  FailCheck,
  FilterCheck,
  FilteredNext,
  Get,
  MapCheck,
  MapItemPayload,
  MapNext,
  MapRunResult,
  ParallelCheck,
  ParallelInput,
  ParallelNext,
  PassCheck,
  PassNext,
  TaskCheck,
  TaskEffectiveInput,
  TaskNext,
  TaskRawResult,
  WaitCheck,
} from "./state-types.ts";
import type { AssignNameCheck, EnvLanguage, StateLanguage, Visible, WithAssigned } from "./variable-types.ts";

type Ctx<I, VV> = WithContextVariables<ContextObject<I>, VV>;

/** `$states` and the variables at a JSONata field. */
type Scope<P, I, VV, Result = NoResult, Err = NoErrorOutput, Item = never> = ExpressionScope<P, Result, Err, ContextObject<I, Item>, VV>;

type IsJsonata<E, O> = StateLanguage<E, O> extends "JSONata" ? true : false;

// ---------------------------------------------------------------------------------------------
// Fields of one language used in a state of the other

type JsonPathOnly =
  | "inputPath"
  | "outputPath"
  | "parameters"
  | "resultSelector"
  | "resultPath"
  | "itemsPath"
  | "timeoutSecondsPath"
  | "heartbeatSecondsPath"
  | "secondsPath"
  | "timestampPath"
  | "maxConcurrencyPath"
  | "toleratedFailurePercentagePath"
  | "toleratedFailureCountPath"
  | "errorPath"
  | "causePath";

type JsonataOnly = "arguments" | "output" | "items";

type Instead<K> = K extends "parameters"
  ? "give arguments"
  : K extends "inputPath"
    ? "read what you need with $states.input in the expressions"
    : K extends "resultSelector" | "resultPath" | "outputPath"
      ? "shape the output with output, and keep values for later states with assign"
      : K extends "itemsPath"
        ? "give items"
        : K extends `${infer Base}Path`
          ? `give ${Base} as an expression "{% … %}"`
          : "use the JSONata fields";

/** Written as conditionals so that tsc prints the message rather than the alias's name. */
type JsonPathFieldProblem<K> = K extends string ? Problem<`${K} is a JSONPath field and this state is JSONata: ${Instead<K>}`> : never;
type JsonataFieldProblem<K> = K extends string ? Problem<`${K} is a JSONata field: set queryLanguage: "JSONata" on this state or on the workflow`> : never;

/** A JSONata expression given where a JSONPath state wants a plain value. */
type ExpressionInJsonPath<X> = X extends `{%${string}%}` ? Problem<`an expression "{% … %}" needs a JSONata state: set queryLanguage: "JSONata" on this state or on the workflow`> : unknown;

type LanguageCheck<E, O> = O extends { readonly queryLanguage: "JSONPath" }
  ? EnvLanguage<E> extends "JSONata"
    ? { readonly queryLanguage: Problem<"a JSONata workflow holds only JSONata states: remove queryLanguage: \"JSONPath\""> }
    : unknown
  : unknown;

/** Keys of O that belong to the other language, and the language itself. */
type JsonataModeChecks<E, O> = LanguageCheck<E, O> & { [K in keyof O & JsonPathOnly]: JsonPathFieldProblem<K> };
/** Fields whose value is a plain number or string in JSONPath mode and may be an expression in JSONata mode. */
type ScalarField =
  | "timeoutSeconds"
  | "heartbeatSeconds"
  | "seconds"
  | "timestamp"
  | "maxConcurrency"
  | "toleratedFailurePercentage"
  | "toleratedFailureCount"
  | "error"
  | "cause";

/** Mapped over the few keys that can be wrong here only: each key costs tsc an instantiation. */
type JsonPathModeChecks<E, O> = LanguageCheck<E, O> & {
  [K in keyof O & (JsonataOnly | ScalarField)]: K extends JsonataOnly ? JsonataFieldProblem<K> : ExpressionInJsonPath<O[K]>;
};

// ---------------------------------------------------------------------------------------------
// Assign

/** The variables a JSONPath Assign gives: a template read against the source S. */
type JsonPathAssigned<S, I, VV, O> = O extends { readonly assign: infer A } ? TemplateResult<S, Ctx<I, VV>, A> : never;

/** The variables a JSONata Assign gives. */
type JsonataAssigned<Sc, O> = O extends { readonly assign: infer A } ? JsonataOut<Sc, A> : never;

type JsonPathAssignCheck<S, I, VV, E, X> = TemplateCheck<S, Ctx<I, VV>, X> & AssignNameCheck<X, E>;
type JsonataAssignCheck<Sc, E, X> = JsonataCheck<Sc, X> & AssignNameCheck<X, E>;

type After<V, A> = [A] extends [never] ? V : WithAssigned<V, A>;

/** Most states assign nothing: their variables are their entry's, at no further cost. */
type Assigns<O> = O extends { readonly assign: object } ? true : false;

// ---------------------------------------------------------------------------------------------
// Task

type TaskResult<O> = Canonical<TaskRawResult<O>>;
type TaskSelected<P, I, O, VV> = O extends { readonly resultSelector: infer S } ? TemplateResult<TaskRawResult<O>, Ctx<I, VV>, S> : TaskRawResult<O>;

type JsonataTaskCheck<P, I, O, VV, E> = JsonataModeChecks<E, O> & {
  [K in keyof O]: K extends "arguments" | "credentials" | "payload"
    ? JsonataCheck<Scope<P, I, VV>, O[K]>
    : K extends "output"
      ? JsonataCheck<Scope<P, I, VV, TaskResult<O>>, O[K]>
      : K extends "assign"
        ? JsonataAssignCheck<Scope<P, I, VV, TaskResult<O>>, E, O[K]>
        : K extends "timeoutSeconds"
          ? JsonataTypedCheck<Scope<P, I, VV>, O[K], number, "TimeoutSeconds", "a number">
          : K extends "heartbeatSeconds"
            ? JsonataTypedCheck<Scope<P, I, VV>, O[K], number, "HeartbeatSeconds", "a number">
            : unknown;
};

export type TaskCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataTaskCheck<P, I, O, Visible<V, E>, E> & UnknownOf<O, TaskOptions> & PayloadCheck<O>
    : TaskCheck<P, I, O, Visible<V, E>> &
        JsonPathModeChecks<E, O> & { [K in keyof O & "assign"]: JsonPathAssignCheck<TaskSelected<P, I, O, Visible<V, E>>, I, Visible<V, E>, E, O[K]> };

type PayloadCheck<O> = O extends { readonly payload: unknown }
  ? {
      readonly payload: Get<O, "resource"> extends Integration<LambdaInvokeRequest, any, any>
        ? "arguments" extends keyof O
          ? Problem<"give payload or arguments, not both">
          : unknown
        : Problem<"payload is for lambda.invoke tasks; use arguments">;
    }
  : unknown;

export type TaskNextFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? O extends { readonly output: infer X }
      ? JsonataOut<Scope<P, I, Visible<V, E>, TaskResult<O>>, X>
      : TaskResult<O>
    : TaskNext<P, I, O, Visible<V, E>>;

export type TaskVarsFor<P, I, O, V, E> = Assigns<O> extends true ? After<
  V,
  IsJsonata<E, O> extends true ? JsonataAssigned<Scope<P, I, Visible<V, E>, TaskResult<O>>, O> : JsonPathAssigned<TaskSelected<P, I, O, Visible<V, E>>, I, Visible<V, E>, O>
> : V;

/** The event a JSONata lambda.invoke task sends its function (for contracts and tests). */
export type JsonataTaskInput<P, I, O, V, E> = O extends { readonly payload: infer X } ? JsonataOut<Scope<P, I, Visible<V, E>>, X> : TaskEffectiveInput<P, I, O>;

// ---------------------------------------------------------------------------------------------
// Pass, Wait, Choice, Succeed: the output is Output, or the input

type OutputOrInput<P, I, VV, O> = O extends { readonly output: infer X } ? JsonataOut<Scope<P, I, VV>, X> : P;

type JsonataPlainCheck<P, I, O, VV, E> = JsonataModeChecks<E, O> & {
  [K in keyof O]: K extends "output"
    ? JsonataCheck<Scope<P, I, VV>, O[K]>
    : K extends "assign"
      ? JsonataAssignCheck<Scope<P, I, VV>, E, O[K]>
      : K extends "seconds"
        ? JsonataTypedCheck<Scope<P, I, VV>, O[K], number, "Seconds", "a number">
        : K extends "timestamp"
          ? JsonataTypedCheck<Scope<P, I, VV>, O[K], string, "Timestamp", "a timestamp string">
          : K extends "error"
            ? JsonataTypedCheck<Scope<P, I, VV>, O[K], string, "Error", "a string">
            : K extends "cause"
              ? JsonataTypedCheck<Scope<P, I, VV>, O[K], string, "Cause", "a string">
              : unknown;
};

/** Assign in a JSONPath Pass, Wait or Choice reads the (filtered) input. */
type JsonPathPlainAssign<P, I, O, V, E> = JsonPathModeChecks<E, O> & {
  [K in keyof O & "assign"]: JsonPathAssignCheck<ApplyInputPath<P, Get<O, "inputPath">>, I, Visible<V, E>, E, O[K]>;
};

type PlainVars<P, I, O, V, E> = Assigns<O> extends true ? After<
  V,
  IsJsonata<E, O> extends true ? JsonataAssigned<Scope<P, I, Visible<V, E>>, O> : JsonPathAssigned<ApplyInputPath<P, Get<O, "inputPath">>, I, Visible<V, E>, O>
> : V;

export type PassCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataPlainCheck<P, I, O, Visible<V, E>, E> & UnknownOf<O, PassOptions> & ResultInJsonata<O>
    : PassCheck<P, I, O, Visible<V, E>> & JsonPathPlainAssign<P, I, O, V, E>;

type ResultInJsonata<O> = O extends { readonly result: unknown } ? { readonly result: Problem<"result is a JSONPath field and this state is JSONata: give output"> } : unknown;

export type PassNextFor<P, I, O, V, E> = IsJsonata<E, O> extends true ? OutputOrInput<P, I, Visible<V, E>, O> : PassNext<P, I, O, Visible<V, E>>;
export type PassVarsFor<P, I, O, V, E> = PlainVars<P, I, O, V, E>;

type UnknownOf<O, Known> = { [K in Exclude<keyof O, keyof Known>]: Problem<`'${K & string}' is not an option of this state`> };

type JsonataWaitKinds<O> = Extract<keyof O, "seconds" | "timestamp">;
type OneJsonataWait<O> = [JsonataWaitKinds<O>] extends [never]
  ? Problem<"give one of seconds and timestamp">
  : "seconds" extends JsonataWaitKinds<O>
    ? "timestamp" extends JsonataWaitKinds<O>
      ? { readonly [K in JsonataWaitKinds<O>]: Problem<"give seconds or timestamp, not both"> }
      : unknown
    : unknown;

export type WaitCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataPlainCheck<P, I, O, Visible<V, E>, E> & UnknownOf<O, WaitOptions> & OneJsonataWait<O>
    : WaitCheck<P, I, O, Visible<V, E>> & JsonPathPlainAssign<P, I, O, V, E>;

export type FilteredNextFor<P, I, O, V, E> = IsJsonata<E, O> extends true ? OutputOrInput<P, I, Visible<V, E>, O> : FilteredNext<P, O>;
export type WaitVarsFor<P, I, O, V, E> = PlainVars<P, I, O, V, E>;

export type ChoiceCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataPlainCheck<P, I, O, Visible<V, E>, E> & UnknownOf<O, ChoiceOptions>
    : FilterCheck<P, Omit<O, "assign">> & UnknownOf<O, ChoiceOptions> & JsonPathPlainAssign<P, I, O, V, E>;

/** The variables after a Choice's own Assign, which applies whichever way it goes. */
export type ChoiceVarsFor<P, I, O, V, E> = PlainVars<P, I, O, V, E>;

/** What a Choice's rules test: its (filtered) input. */
export type ChoiceInputFor<P, O, E> = IsJsonata<E, O> extends true ? P : ApplyInputPath<P, Get<O, "inputPath">>;

export type SucceedCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true ? JsonataPlainCheck<P, I, O, Visible<V, E>, E> & UnknownOf<O, SucceedOptions> : FilterCheck<P, O> & JsonPathModeChecks<E, O>;

export type FailCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true ? JsonataPlainCheck<P, I, O, Visible<V, E>, E> & UnknownOf<O, FailOptions> : FailCheck<P, I, O, Visible<V, E>> & JsonPathModeChecks<E, O>;

// ---------------------------------------------------------------------------------------------
// Rules of a Choice, and catchers

/** A rule's condition: a factory condition, or (JSONata) an expression that gives a boolean. */
export type ConditionCheck<P, I, V, E, L, C> = C extends string
  ? L extends "JSONata"
    ? C extends `{%${string}%}`
      ? JsonataTypedCheck<Scope<P, I, Visible<V, E>>, C, boolean, "A Condition", "a boolean">
      : Problem<"a Condition is an expression: write it as \"{% … %}\"">
    : Problem<"an expression condition needs a JSONata state: set queryLanguage: \"JSONata\", or build the condition with the factory (c.stringEquals(…), …)">
  : unknown;

/** What a rule hands its branch: its Output when it has one (JSONata), otherwise RT, what the Choice itself hands on. */
export type RuleNext<P, I, V, E, L, RO, RT> = L extends "JSONata" ? (RO extends { readonly output: infer X } ? JsonataOut<Scope<P, I, Visible<V, E>>, X> : RT) : RT;

/**
 * The variables a rule's branch starts with: the Choice's own Assign applies whichever rule
 * matches (DV), then the rule's. Both read the variables as they were on entry (V).
 */
export type RuleVars<P, I, V, E, L, RO, DV> = After<DV, L extends "JSONata" ? JsonataAssigned<Scope<P, I, Visible<V, E>>, RO> : JsonPathAssigned<P, I, Visible<V, E>, RO>>;

export type RuleCheck<P, I, V, E, L, RO> = {
  [K in keyof RO]: K extends "output"
    ? L extends "JSONata"
      ? JsonataCheck<Scope<P, I, Visible<V, E>>, RO[K]>
      : JsonataFieldProblem<K>
    : K extends "assign"
      ? L extends "JSONata"
        ? JsonataAssignCheck<Scope<P, I, Visible<V, E>>, E, RO[K]>
        : JsonPathAssignCheck<P, I, Visible<V, E>, E, RO[K]>
      : K extends "comment"
        ? unknown
        : Problem<`'${K & string}' is not an option of a Choice rule`>;
};

type ErrorOutputFields = Canonical<ErrorOutput>;

/** What a catcher hands its handler: JSONata, its Output or the error output; JSONPath, the input with the error output at ResultPath. */
export type CatchNext<In, I, V, E, L, CO, JsonPathNext> = L extends "JSONata"
  ? CO extends { readonly output: infer X }
    ? JsonataOut<Scope<In, I, Visible<V, E>, NoResult, ErrorOutputFields>, X>
    : ErrorOutputFields
  : JsonPathNext;

export type CatchVars<In, I, V, E, L, CO> = After<
  V,
  L extends "JSONata" ? JsonataAssigned<Scope<In, I, Visible<V, E>, NoResult, ErrorOutputFields>, CO> : JsonPathAssigned<ErrorOutput, I, Visible<V, E>, CO>
>;

export type CatchCheck<In, I, V, E, L, CO> = {
  [K in keyof CO]: K extends "output"
    ? L extends "JSONata"
      ? JsonataCheck<Scope<In, I, Visible<V, E>, NoResult, ErrorOutputFields>, CO[K]>
      : JsonataFieldProblem<K>
    : K extends "assign"
      ? L extends "JSONata"
        ? JsonataAssignCheck<Scope<In, I, Visible<V, E>, NoResult, ErrorOutputFields>, E, CO[K]>
        : JsonPathAssignCheck<ErrorOutput, I, Visible<V, E>, E, CO[K]>
      : K extends "resultPath"
        ? L extends "JSONata"
          ? JsonPathFieldProblem<K>
          : unknown
        : K extends "comment"
          ? unknown
          : Problem<`'${K & string}' is not an option of a catcher`>;
};

// ---------------------------------------------------------------------------------------------
// Parallel

export type ParallelInputFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? O extends { readonly arguments: infer X }
      ? JsonataOut<Scope<P, I, Visible<V, E>>, X>
      : P
    : ParallelInput<P, I, O, Visible<V, E>>;

type ParallelSelected<I, O, R, VV> = O extends { readonly resultSelector: infer S } ? TemplateResult<R, Ctx<I, VV>, S> : R;

export type ParallelCheckFor<P, I, O, R, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataModeChecks<E, O> &
        UnknownOf<O, ParallelOptions> & {
          [K in keyof O]: K extends "arguments"
            ? JsonataCheck<Scope<P, I, Visible<V, E>>, O[K]>
            : K extends "output"
              ? JsonataCheck<Scope<P, I, Visible<V, E>, R>, O[K]>
              : K extends "assign"
                ? JsonataAssignCheck<Scope<P, I, Visible<V, E>, R>, E, O[K]>
                : unknown;
        }
    : ParallelCheck<P, I, O, R, Visible<V, E>> &
        JsonPathModeChecks<E, O> & { [K in keyof O & "assign"]: JsonPathAssignCheck<ParallelSelected<I, O, R, Visible<V, E>>, I, Visible<V, E>, E, O[K]> };

export type ParallelNextFor<P, I, O, R, V, E> =
  IsJsonata<E, O> extends true ? (O extends { readonly output: infer X } ? JsonataOut<Scope<P, I, Visible<V, E>, R>, X> : R) : ParallelNext<P, I, O, R, Visible<V, E>>;

export type ParallelVarsFor<P, I, O, R, V, E> = Assigns<O> extends true ? After<
  V,
  IsJsonata<E, O> extends true ? JsonataAssigned<Scope<P, I, Visible<V, E>, R>, O> : JsonPathAssigned<ParallelSelected<I, O, R, Visible<V, E>>, I, Visible<V, E>, O>
> : V;

// ---------------------------------------------------------------------------------------------
// Map

type ElementOf<A> = 0 extends 1 & A ? any : unknown extends A ? unknown : NonNullable<A> extends readonly (infer X)[] ? X : unknown;

/** The items of a JSONata Map: from an ItemReader, Items, or the input itself. */
type JsonataItems<P, I, O, VV> = O extends { readonly itemReader: object }
  ? O extends { readonly itemSchema: infer S extends import("zod").ZodType }
    ? Canonical<import("zod").output<S>>
    : unknown
  : O extends { readonly items: infer X }
    ? ElementOf<JsonataOut<Scope<P, I, VV>, X>>
    : ElementOf<P>;

type JsonataSelected<P, I, O, VV> = O extends { readonly itemSelector: infer S } ? JsonataOut<Scope<P, I, VV, NoResult, NoErrorOutput, JsonataItems<P, I, O, VV>>, S> : JsonataItems<P, I, O, VV>;

type JsonataBatched<P, I, O, VV> = O extends { readonly itemBatcher: infer B }
  ? B extends { readonly batchInput: infer BI }
    ? { Items: JsonataSelected<P, I, O, VV>[]; BatchInput: JsonataOut<Scope<P, I, VV>, BI> }
    : { Items: JsonataSelected<P, I, O, VV>[] }
  : JsonataSelected<P, I, O, VV>;

export type MapItemFor<P, I, O, V, E> = IsJsonata<E, O> extends true ? Canonical<JsonataBatched<P, I, O, Visible<V, E>>> : MapItemPayload<P, I, O, Visible<V, E>>;

type JsonataMapResult<O, R> = Canonical<O extends { readonly resultWriter: object } ? MapRunResult : R[]>;
type MapSelected<I, O, R, VV> = O extends { readonly resultSelector: infer S } ? TemplateResult<O extends { readonly resultWriter: object } ? MapRunResult : R[], Ctx<I, VV>, S> : O extends { readonly resultWriter: object } ? MapRunResult : R[];

export type MapCheckFor<P, I, O, R, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataModeChecks<E, O> &
        UnknownOf<O, MapOptions> & {
          [K in keyof O]: K extends "items"
            ? JsonataTypedCheck<Scope<P, I, Visible<V, E>>, O[K], readonly unknown[], "Items", "an array">
            : K extends "itemSelector"
              ? JsonataCheck<Scope<P, I, Visible<V, E>, NoResult, NoErrorOutput, JsonataItems<P, I, O, Visible<V, E>>>, O[K]>
              : K extends "output"
                ? JsonataCheck<Scope<P, I, Visible<V, E>, JsonataMapResult<O, R>>, O[K]>
                : K extends "assign"
                  ? JsonataAssignCheck<Scope<P, I, Visible<V, E>, JsonataMapResult<O, R>>, E, O[K]>
                  : K extends "maxConcurrency"
                    ? JsonataTypedCheck<Scope<P, I, Visible<V, E>>, O[K], number, "MaxConcurrency", "a number">
                    : K extends "toleratedFailurePercentage" | "toleratedFailureCount"
                      ? JsonataTypedCheck<Scope<P, I, Visible<V, E>>, O[K], number, "The tolerated failure", "a number">
                      : unknown;
        }
    : MapCheck<P, I, O, R, Visible<V, E>> &
        JsonPathModeChecks<E, O> & { [K in keyof O & "assign"]: JsonPathAssignCheck<MapSelected<I, O, R, Visible<V, E>>, I, Visible<V, E>, E, O[K]> };

export type MapNextFor<P, I, O, R, V, E> =
  IsJsonata<E, O> extends true
    ? O extends { readonly output: infer X }
      ? JsonataOut<Scope<P, I, Visible<V, E>, JsonataMapResult<O, R>>, X>
      : JsonataMapResult<O, R>
    : MapNext<P, I, O, R, Visible<V, E>>;

export type MapVarsFor<P, I, O, R, V, E> = Assigns<O> extends true ? After<
  V,
  IsJsonata<E, O> extends true ? JsonataAssigned<Scope<P, I, Visible<V, E>, JsonataMapResult<O, R>>, O> : JsonPathAssigned<MapSelected<I, O, R, Visible<V, E>>, I, Visible<V, E>, O>
> : V;

/** Distributed iterations run as child executions and see none of the parent's variables. */
export type IsDistributed<O> = O extends { readonly mode: "DISTRIBUTED" } ? true : false;
