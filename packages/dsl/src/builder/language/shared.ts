/**
 * What the per-state language types share: the scope JSONata expressions read, the test for a
 * JSONata state, the checks that keep each language's fields to its own states, and Assign.
 */
import type { ExpressionScope, JsonataCheck, JsonataOut, JsonataTypedCheck, NoErrorOutput, NoResult } from "../../jsonata/expression-types.ts";
import type { Completing, ConditionOffers, HoldsOpen, Offers } from "../../jsonata/expression-completions.ts";
import type { ContextObject } from "../../shapes/context-object.ts";
import type { Ctx, Get } from "../state-types.ts";
import type { Problem, TemplateCheck, TemplateResult } from "../../payload/template-types.ts";
import type { AssignNameCheck, EnvLanguage, StateLanguage, WithAssigned } from "../variable-types.ts";
import type { StateType } from "../../ir/nodes.ts";
import type { StateSpecs } from "../../ir/spec/states.ts";


/** `$states` and the variables at a JSONata field. */
export type Scope<P, I, VV, Result = NoResult, Err = NoErrorOutput, Item = never> = ExpressionScope<P, Result, Err, ContextObject<I, Item>, VV>;

export type IsJsonata<E, O> = StateLanguage<E, O> extends "JSONata" ? true : false;

/**
 * The options parameter of a state, catcher or rule: the options O with their checks C, or, in
 * JSONata, what the editor offers where an expression is being written (never when none is,
 * which leaves the parameter as O with its checks). L is a language known before the call is
 * inferred: the chain's for a state, the state's for its catchers and rules. So a JSONPath
 * chain's parameter is O with its checks alone and pays nothing for the offers; a JSONata state
 * in a JSONPath chain is checked as ever but its own options offer nothing.
 */
export type OptionsArg<O, C, L> = L extends "JSONata" ? (O & NoInfer<C>) | NoInfer<WritingIn<O> extends true ? Offers<C> : never> : O & NoInfer<C>;

/**
 * Whether the options hold, in a field that takes a JSONata value, an expression that may be
 * still being written (the fields other options hold, such as a resource or a schema, are not
 * looked into).
 */
type WritingIn<O> = true extends HoldsOpen<O[keyof O & JsonataValueKey]> ? true : false;

/** The options that take JSONata values: those the field spec marks (Arguments, Output, Items, the scalar fields), Assign, and those the DSL adds. */
type JsonataValueKey = AnyKind["jsonataOnly"] | AnyKind["scalar"] | "assign" | "itemSelector" | "payload" | "credentials";

/** A rule's condition: C with its check K, or, in JSONata, the expressions the editor offers. */
export type ConditionArg<C, K, L> = L extends "JSONata" ? CheckedCondition<C, K> | NoInfer<ConditionOffers<K>> : CheckedCondition<C, K>;

/**
 * A rule's condition with its check: C, or C with the check's Problem. The check is the
 * conditional's check type, which tsc does not infer into (it infers C from the branches), so it
 * needs no NoInfer; and once C is known the parameter is the plain `C & { "aslc error": … }`, which
 * is what a message shows. An expression being written keeps its check (Completing, which the
 * string satisfies), so that the editor offers the completed texts rather than the text as typed.
 */
type CheckedCondition<C, Check> = [Check] extends [Problem<infer M>] ? C & Problem<M> : [Check] extends [Completing<string>] ? C & Check : C;

// ---------------------------------------------------------------------------------------------
// Fields of one language used in a state of the other: lookups in the field spec

/** A state kind's field spec, or a nested object's (a catcher's). */
type SpecTable = { readonly [key: string]: { readonly languages?: string; readonly kind: string; readonly instead?: string; readonly twin?: string; readonly value?: string } };

/** The spec of a state kind: what its fields are, in which language, and what to write instead. */
export type SpecFor<T extends StateType> = StateSpecs[T];

/** The fields of a spec whose `Key` is `Value`: read once per state kind, not per payload. */
type FieldsWhere<S extends SpecTable, Key extends string, Value> = { [K in keyof S]: S[K] extends { readonly [P in Key]: Value } ? K : never }[keyof S];

/** Fields that exist only in JSONPath states (paths, Parameters, ResultSelector, ResultPath, Result, the `…Path` twins). */
export type JsonPathOnly<S extends SpecTable> = FieldsWhere<S, "languages", "JSONPath">;

/** Fields that exist only in JSONata states (Arguments, Output, Items). */
export type JsonataOnly<S extends SpecTable> = FieldsWhere<S, "languages", "JSONata">;

/** Fields whose value is a plain number or string in JSONPath mode and may be an expression in JSONata mode. */
export type ScalarField<S extends SpecTable> = FieldsWhere<S, "kind", "scalar">;

/** What a scalar field's expression must give, by the spec's `value`, and how a message names it. */
interface ScalarValues {
  number: [number, "a number"];
  string: [string, "a string"];
  timestamp: [string, "a timestamp string"];
}

/** A JSONata scalar field (TimeoutSeconds, Seconds, Error, …): its expression must give what the spec says the field holds. */
export type ScalarCheck<S extends SpecTable, Sc, X, K> = K extends keyof S
  ? S[K] extends { readonly value: infer V extends keyof ScalarValues; readonly asl: infer Name extends string }
    ? JsonataTypedCheck<Sc, X, ScalarValues[V][0], Name, ScalarValues[V][1]>
    : unknown
  : unknown;

/**
 * The check of each of a state kind's scalar fields, by field, for a table of checks (see
 * WrittenChecks): the fields are the spec's, so a table that extends this one checks them all.
 */
export type ScalarChecks<T extends StateType, Sc, O> = { [K in ScalarField<SpecFor<T>>]: ScalarCheck<SpecFor<T>, Sc, Get<O, K & string>, K> };

/** What the spec says to write in a JSONata state instead of a JSONPath field; a `…Path` twin's expression form. */
export type Instead<S extends SpecTable, K> = K extends keyof S
  ? S[K] extends { readonly instead: infer Text extends string }
    ? Text
    : S[K] extends { readonly twin: infer Twin extends string }
      ? `give ${Twin} as an expression, e.g. "{% $states.input.… %}"`
      : "use the JSONata fields"
  : "use the JSONata fields";

/** Written as conditionals so that tsc prints the message rather than the alias's name. */
export type JsonPathFieldProblem<Hint extends string, K> = K extends string ? Problem<`${K} is a JSONPath field and this state is JSONata: ${Hint}`> : never;
export type JsonataFieldProblem<K> = K extends string ? Problem<`${K} is a JSONata field: set queryLanguage: "JSONata" on this state or on the workflow`> : never;

/** A JSONata expression given where a JSONPath state wants a plain value. */
export type ExpressionInJsonPath<X> = X extends `{%${string}%}` ? Problem<`an expression "{% … %}" needs a JSONata state: set queryLanguage: "JSONata" on this state or on the workflow`> : unknown;

export type LanguageCheck<E, O> = O extends { readonly queryLanguage: "JSONPath" }
  ? EnvLanguage<E> extends "JSONata"
    ? { readonly queryLanguage: Problem<"a JSONata workflow holds only JSONata states: remove queryLanguage: \"JSONPath\""> }
    : unknown
  : unknown;

/**
 * Each state kind's fields of one language, and its scalar fields, read from the spec once into
 * plain unions: the mode checks below take them as they are, so a builder call pays for a key
 * test and not for reading the spec.
 */
export type TaskKeys = LanguageKeys<SpecFor<"Task">>;
export type PassKeys = LanguageKeys<SpecFor<"Pass">>;
export type WaitKeys = LanguageKeys<SpecFor<"Wait">>;
export type ChoiceKeys = LanguageKeys<SpecFor<"Choice">>;
export type SucceedKeys = LanguageKeys<SpecFor<"Succeed">>;
export type FailKeys = LanguageKeys<SpecFor<"Fail">>;
export type ParallelKeys = LanguageKeys<SpecFor<"Parallel">>;
export type MapKeys = LanguageKeys<SpecFor<"Map">>;

/**
 * Every state kind's keys together: a JSONPath state's options are tested against these (a key
 * that is not an option of the state at all is reported by UnknownOptions), one union for all.
 */
export type AnyKind = TaskKeys | PassKeys | WaitKeys | ChoiceKeys | SucceedKeys | FailKeys | ParallelKeys | MapKeys;

/** Twins by field, for the exclusive-pair checks: `TaskTwins["timeoutSecondsPath"]` is "timeoutSeconds". */
type TwinsOf<S extends SpecTable> = { readonly [K in keyof S]: S[K] extends { readonly twin: infer Twin extends string } ? Twin : never };
export type TaskTwins = TwinsOf<SpecFor<"Task">>;
export type FailTwins = TwinsOf<SpecFor<"Fail">>;
export type MapTwins = TwinsOf<SpecFor<"Map">>;

/** A state kind's facts from the spec, as the checks take them. */
type LanguageKeys<S extends SpecTable> = { readonly jsonPathOnly: JsonPathOnly<S>; readonly jsonataOnly: JsonataOnly<S>; readonly scalar: ScalarField<S> };

/** Each kind's facts, by kind. */
export interface KeysByKind {
  readonly Task: TaskKeys;
  readonly Pass: PassKeys;
  readonly Wait: WaitKeys;
  readonly Choice: ChoiceKeys;
  readonly Succeed: SucceedKeys;
  readonly Fail: FailKeys;
  readonly Parallel: ParallelKeys;
  readonly Map: MapKeys;
}

/**
 * Keys of O that belong to the other language, and the language itself. The keys tested are one
 * union for every kind, read from the spec once; the state kind's own facts are looked up only
 * for a key the options hold, so a builder call without one pays for no lookup.
 */
export type JsonataModeChecks<T extends StateType, E, O> = LanguageCheck<E, O> & {
  [K in keyof O & AnyKind["jsonPathOnly"]]: K extends KeysByKind[T]["jsonPathOnly"] ? JsonPathFieldProblem<Instead<SpecFor<T>, K>, K> : unknown;
};
/**
 * Only for options that hold a key that can be wrong here: most hold none, and for them one
 * test of their keys costs tsc less than a mapped type and an intersection, which a branch
 * callback's states pay twice (their chain is checked in both of inference's passes).
 */
export type JsonPathModeChecks<E, O> = [keyof O & (AnyKind["jsonataOnly"] | AnyKind["scalar"] | "queryLanguage")] extends [never]
  ? unknown
  : LanguageCheck<E, O> & { [K in keyof O & (AnyKind["jsonataOnly"] | AnyKind["scalar"])]: K extends AnyKind["jsonataOnly"] ? JsonataFieldProblem<K> : ExpressionInJsonPath<O[K]> };

/** The check of a JSONPath state's Assign, read against S; nothing to check without one. */
export type JsonPathAssignChecks<O, S, I, VV, E> = O extends { readonly assign: infer X } ? { readonly assign: JsonPathAssignCheck<S, I, VV, E, X> } : unknown;

// ---------------------------------------------------------------------------------------------
// Assign

/** The variables a JSONPath Assign gives: a template read against the source S. */
export type JsonPathAssigned<S, I, VV, O> = O extends { readonly assign: infer A } ? TemplateResult<S, Ctx<I, VV>, A> : never;

/** The variables a JSONata Assign gives. */
export type JsonataAssigned<Sc, O> = O extends { readonly assign: infer A } ? JsonataOut<Sc, A> : never;

export type JsonPathAssignCheck<S, I, VV, E, X> = TemplateCheck<S, Ctx<I, VV>, X> & AssignNameCheck<X, E>;
export type JsonataAssignCheck<Sc, E, X> = JsonataCheck<Sc, X> & AssignNameCheck<X, E>;

export type After<V, A> = [A] extends [never] ? V : WithAssigned<V, A>;

/** Most states assign nothing: their variables are their entry's, at no further cost. */
export type Assigns<O> = O extends { readonly assign: object } ? true : false;

