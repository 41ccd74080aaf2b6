/** A Parallel in both languages: Arguments (every branch's input), the result tuple, Output and Assign. */
import type { RetryCatchCheck } from "./retry-catch.ts";
import type { JsonataCheck, JsonataOut } from "../../jsonata/expression-types.ts";
import type { TemplateResult } from "../../payload/template-types.ts";
import type { ParallelOptions } from "../options.ts";
import type { Ctx, ParallelCheck, ParallelInput, ParallelNext, UnknownOptions } from "../state-types.ts";
import type { Visible } from "../variable-types.ts";
import type { After, Assigns, IsJsonata, JsonPathAssignChecks, JsonPathAssigned, JsonPathModeChecks, JsonataAssignCheck, JsonataAssigned, JsonataModeChecks, Scope } from "./shared.ts";

export type ParallelInputFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? O extends { readonly arguments: infer X }
      ? JsonataOut<Scope<P, I, Visible<V, E>>, X>
      : P
    : ParallelInput<P, I, O, Visible<V, E>>;

export type ParallelSelected<I, O, R, VV> = O extends { readonly resultSelector: infer S } ? TemplateResult<R, Ctx<I, VV>, S> : R;

export type ParallelCheckFor<P, I, O, R, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataModeChecks<"Parallel", E, O> &
        UnknownOptions<O, ParallelOptions> & RetryCatchCheck<O> & {
          [K in keyof O]: K extends "arguments"
            ? JsonataCheck<Scope<P, I, Visible<V, E>>, O[K]>
            : K extends "output"
              ? JsonataCheck<Scope<P, I, Visible<V, E>, R>, O[K]>
              : K extends "assign"
                ? JsonataAssignCheck<Scope<P, I, Visible<V, E>, R>, E, O[K]>
                : unknown;
        }
    : ParallelCheck<P, I, O, R, Visible<V, E>> &
        JsonPathModeChecks<E, O> & JsonPathAssignChecks<O, ParallelSelected<I, O, R, Visible<V, E>>, I, Visible<V, E>, E> & RetryCatchCheck<O>;

export type ParallelNextFor<P, I, O, R, V, E> =
  IsJsonata<E, O> extends true ? (O extends { readonly output: infer X } ? JsonataOut<Scope<P, I, Visible<V, E>, R>, X> : R) : ParallelNext<P, I, O, R, Visible<V, E>>;

export type ParallelVarsFor<P, I, O, R, V, E> = Assigns<O> extends true ? After<
  V,
  IsJsonata<E, O> extends true ? JsonataAssigned<Scope<P, I, Visible<V, E>, R>, O> : JsonPathAssigned<ParallelSelected<I, O, R, Visible<V, E>>, I, Visible<V, E>, O>
> : V;
