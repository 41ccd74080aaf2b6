/** A Choice's rules and a state's catchers: what each hands on and assigns, in both languages. */
import type { JsonataCheck, JsonataOut, JsonataTypedCheck, NoResult } from "../../jsonata/expression-types.ts";
import type { Canonical } from "../../path/canonical.ts";
import type { Problem } from "../../payload/template-types.ts";
import type { ErrorOutput } from "../../shapes/error-output.ts";
import type { Visible } from "../variable-types.ts";
import type { After, JsonPathAssignCheck, JsonPathAssigned, Instead, JsonPathFieldProblem, JsonataAssignCheck, JsonataAssigned, JsonataFieldProblem, Scope } from "./shared.ts";
import type { CATCHER } from "../../ir/spec/nested.ts";

/** A rule's condition: a factory condition, or (JSONata) an expression that gives a boolean. */
export type ConditionCheck<P, I, V, E, L, C> = C extends boolean
  ? L extends "JSONata"
    ? unknown
    : Problem<"a literal condition is a JSONata Condition: set queryLanguage: \"JSONata\", or build the condition with the factory (c.booleanEquals(…), …)">
  : C extends string
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

export type ErrorOutputFields = Canonical<ErrorOutput>;

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
          ? JsonPathFieldProblem<Instead<typeof CATCHER, K>, K>
          : unknown
        : K extends "comment"
          ? unknown
          : Problem<`'${K & string}' is not an option of a catcher`>;
};
