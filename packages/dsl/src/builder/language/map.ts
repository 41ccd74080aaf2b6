/** A Map in both languages: its items (Items, an ItemReader or the input), ItemSelector, batches and result. */
import type { RetryCatchCheck } from "./retry-catch.ts";
import type { JsonataCheck, JsonataOut, JsonataTypedCheck, NoErrorOutput, NoResult } from "../../jsonata/expression-types.ts";
import type { Canonical } from "../../path/canonical.ts";
import type { JsonOf, SchemaType } from "../../payload/json-side.ts";
import type { TemplateResult } from "../../payload/template-types.ts";
import type { MapOptions } from "../options.ts";
import type { MapResourceCheck } from "../../integrations/request-types.ts";
import type { Ctx, Get, MapCheck, MapItemPayload, MapNext, UnknownOptions, WrittenChecks } from "../state-types.ts";
import type { MapRunResult } from "../../shapes/map-run-result.ts";
import type { Visible } from "../variable-types.ts";
import type { After, Assigns, IsJsonata, JsonPathAssignChecks, JsonPathAssigned, JsonPathModeChecks, JsonataAssignCheck, JsonataAssigned, JsonataModeChecks, ScalarChecks, Scope } from "./shared.ts";

export type ElementOf<A> = 0 extends 1 & A ? any : unknown extends A ? unknown : NonNullable<A> extends readonly (infer X)[] ? X : unknown;

/** The items of a JSONata Map: from an ItemReader, Items, or the input itself. */
export type JsonataItems<P, I, O, VV> = O extends { readonly itemReader: object }
  ? O extends { readonly itemSchema: infer S extends SchemaType }
    ? Canonical<JsonOf<S>>
    : unknown
  : O extends { readonly items: infer X }
    ? ElementOf<JsonataOut<Scope<P, I, VV>, X>>
    : ElementOf<P>;

export type JsonataSelected<P, I, O, VV> = O extends { readonly itemSelector: infer S } ? JsonataOut<Scope<P, I, VV, NoResult, NoErrorOutput, JsonataItems<P, I, O, VV>>, S> : JsonataItems<P, I, O, VV>;

export type JsonataBatched<P, I, O, VV> = O extends { readonly itemBatcher: infer B }
  ? B extends { readonly batchInput: infer BI }
    ? { Items: JsonataSelected<P, I, O, VV>[]; BatchInput: JsonataOut<Scope<P, I, VV>, BI> }
    : { Items: JsonataSelected<P, I, O, VV>[] }
  : JsonataSelected<P, I, O, VV>;

export type MapItemFor<P, I, O, V, E> = IsJsonata<E, O> extends true ? Canonical<JsonataBatched<P, I, O, Visible<V, E>>> : MapItemPayload<P, I, O, Visible<V, E>>;

export type JsonataMapResult<O, R> = Canonical<O extends { readonly resultWriter: object } ? MapRunResult : R[]>;
export type MapSelected<I, O, R, VV> = O extends { readonly resultSelector: infer S } ? TemplateResult<O extends { readonly resultWriter: object } ? MapRunResult : R[], Ctx<I, VV>, S> : O extends { readonly resultWriter: object } ? MapRunResult : R[];

export type MapCheckFor<P, I, O, R, V, E> =
  IsJsonata<E, O> extends true
    ? JsonataModeChecks<"Map", E, O> &
        UnknownOptions<O, MapOptions> & RetryCatchCheck<O> & WrittenChecks<O, JsonataMapOptionChecks<P, I, O, R, Visible<V, E>, E>>
    : MapCheck<P, I, O, R, Visible<V, E>> &
        JsonPathModeChecks<E, O> & JsonPathAssignChecks<O, MapSelected<I, O, R, Visible<V, E>>, I, Visible<V, E>, E> & RetryCatchCheck<O>;

/** The check of each JSONata Map option that has one, by option (see WrittenChecks). */
interface JsonataMapOptionChecks<P, I, O, R, VV, E> extends ScalarChecks<"Map", Scope<P, I, VV>, O> {
  items: JsonataTypedCheck<Scope<P, I, VV>, Get<O, "items">, readonly unknown[], "Items", "an array">;
  itemSelector: JsonataCheck<Scope<P, I, VV, NoResult, NoErrorOutput, JsonataItems<P, I, O, VV>>, Get<O, "itemSelector">>;
  output: JsonataCheck<Scope<P, I, VV, JsonataMapResult<O, R>>, Get<O, "output">>;
  assign: JsonataAssignCheck<Scope<P, I, VV, JsonataMapResult<O, R>>, E, Get<O, "assign">>;
  itemReader: MapResourceCheck<Get<O, "itemReader">, "ItemReader">;
  resultWriter: MapResourceCheck<Get<O, "resultWriter">, "ResultWriter">;
}

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
