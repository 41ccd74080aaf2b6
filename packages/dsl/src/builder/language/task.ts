/** A Task in both languages: its checks, its output and the variables it assigns. */
import type { RetryCatchCheck } from "./retry-catch.ts";
import type { Integration } from "../../integrations/integration.ts";
import type { LambdaInvokeRequest } from "../../integrations/lambda.ts";
import type { JsonataCheck, JsonataOut } from "../../jsonata/expression-types.ts";
import type { Canonical } from "../../path/canonical.ts";
import type { Problem, TemplateResult } from "../../payload/template-types.ts";
import type { TaskOptions } from "../options.ts";
import type { Ctx, Get, TaskCheck, TaskEffectiveInput, TaskNext, TaskRequest, TaskResultRead, UnknownOptions } from "../state-types.ts";
import type { RequestCheck } from "../../integrations/request-types.ts";
import type { Visible } from "../variable-types.ts";
import type { After, Assigns, IsJsonata, JsonPathAssignChecks, JsonPathAssigned, JsonPathModeChecks, JsonataAssignCheck, JsonataAssigned, JsonataModeChecks, AnyKind, SpecFor, ScalarCheck, Scope } from "./shared.ts";

export type TaskResult<O> = TaskResultRead<O>;
export type TaskSelected<P, I, O, VV> = O extends { readonly resultSelector: infer S } ? TemplateResult<TaskResultRead<O>, Ctx<I, VV>, S> : TaskResultRead<O>;

export type JsonataTaskCheck<P, I, O, VV, E> = JsonataModeChecks<"Task", E, O> & {
  [K in keyof O]: K extends "arguments"
    ? JsonataCheck<Scope<P, I, VV>, O[K]> & RequestCheck<TaskRequest<O>, O[K], "Arguments", false>
    : K extends "credentials" | "payload"
    ? JsonataCheck<Scope<P, I, VV>, O[K]>
    : K extends "output"
      ? JsonataCheck<Scope<P, I, VV, TaskResult<O>>, O[K]>
      : K extends "assign"
        ? JsonataAssignCheck<Scope<P, I, VV, TaskResult<O>>, E, O[K]>
        : K extends AnyKind["scalar"]
          ? ScalarCheck<SpecFor<"Task">, Scope<P, I, VV>, O[K], K>
          : unknown;
};

export type TaskCheckFor<P, I, O, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataTaskCheck<P, I, O, Visible<V, E>, E> & UnknownOptions<O, TaskOptions> & PayloadCheck<O> & RetryCatchCheck<O>
    : TaskCheck<P, I, O, Visible<V, E>> &
        JsonPathModeChecks<E, O> & (Assigns<O> extends true ? JsonPathAssignChecks<O, TaskSelected<P, I, O, Visible<V, E>>, I, Visible<V, E>, E> : unknown) & RetryCatchCheck<O>;

export type PayloadCheck<O> = O extends { readonly payload: unknown }
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
