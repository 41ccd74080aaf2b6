/**
 * What the per-state language types share: the scope JSONata expressions read, the test for a
 * JSONata state, the checks that keep each language's fields to its own states, and Assign.
 */
import type { ExpressionScope, JsonataCheck, JsonataOut, NoErrorOutput, NoResult } from "../../jsonata/expression-types.ts";
import type { ContextObject } from "../../path/path-types.ts";
import type { Ctx } from "../state-types.ts";
import type { Problem, TemplateCheck, TemplateResult } from "../../payload/template-types.ts";
import type { AssignNameCheck, EnvLanguage, StateLanguage, WithAssigned } from "../variable-types.ts";


/** `$states` and the variables at a JSONata field. */
export type Scope<P, I, VV, Result = NoResult, Err = NoErrorOutput, Item = never> = ExpressionScope<P, Result, Err, ContextObject<I, Item>, VV>;

export type IsJsonata<E, O> = StateLanguage<E, O> extends "JSONata" ? true : false;

// ---------------------------------------------------------------------------------------------
// Fields of one language used in a state of the other

export type JsonPathOnly =
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

export type JsonataOnly = "arguments" | "output" | "items";

export type Instead<K> = K extends "parameters"
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
export type JsonPathFieldProblem<K> = K extends string ? Problem<`${K} is a JSONPath field and this state is JSONata: ${Instead<K>}`> : never;
export type JsonataFieldProblem<K> = K extends string ? Problem<`${K} is a JSONata field: set queryLanguage: "JSONata" on this state or on the workflow`> : never;

/** A JSONata expression given where a JSONPath state wants a plain value. */
export type ExpressionInJsonPath<X> = X extends `{%${string}%}` ? Problem<`an expression "{% … %}" needs a JSONata state: set queryLanguage: "JSONata" on this state or on the workflow`> : unknown;

export type LanguageCheck<E, O> = O extends { readonly queryLanguage: "JSONPath" }
  ? EnvLanguage<E> extends "JSONata"
    ? { readonly queryLanguage: Problem<"a JSONata workflow holds only JSONata states: remove queryLanguage: \"JSONPath\""> }
    : unknown
  : unknown;

/** Keys of O that belong to the other language, and the language itself. */
export type JsonataModeChecks<E, O> = LanguageCheck<E, O> & { [K in keyof O & JsonPathOnly]: JsonPathFieldProblem<K> };
/** Fields whose value is a plain number or string in JSONPath mode and may be an expression in JSONata mode. */
export type ScalarField =
  | "timeoutSeconds"
  | "heartbeatSeconds"
  | "seconds"
  | "timestamp"
  | "maxConcurrency"
  | "toleratedFailurePercentage"
  | "toleratedFailureCount"
  | "error"
  | "cause";

/**
 * Only for options that hold a key that can be wrong here: most hold none, and for them one
 * test of their keys costs tsc less than a mapped type and an intersection, which a branch
 * callback's states pay twice (their chain is checked in both of inference's passes).
 */
export type JsonPathModeChecks<E, O> = [keyof O & (JsonataOnly | ScalarField | "queryLanguage")] extends [never]
  ? unknown
  : LanguageCheck<E, O> & { [K in keyof O & (JsonataOnly | ScalarField)]: K extends JsonataOnly ? JsonataFieldProblem<K> : ExpressionInJsonPath<O[K]> };

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

