/**
 * A request written as an object literal, checked against the request type of its integration:
 * each field must be one the request has (unless it takes any), and a literal value one the
 * field takes; errors land on the field. `RequestMissing` names a required field the request
 * leaves out, for the whole object. In JSONPath a `Key.$` field gives `Key` at run time; values
 * read at run time (`.$` fields, `{% … %}` text, objects and arrays) are not judged here.
 */
import type { Problem } from "../payload/template-types.ts";
import type { MapResource, MapResourcePlace } from "./map-resource.ts";

/** The request field a key gives: `Key.$` gives Key in JSONPath. */
export type RequestFieldName<K, Dollar extends boolean> = Dollar extends true ? (K extends `${infer N}.$` ? N : K) : K;

type Shown<V> = V extends string ? `'${V}'` : V extends number | boolean | null ? `${V}` : "this value";

type LiteralProblem<Want, V> = V extends string | number | boolean | null
  ? V extends `{%${string}%}`
    ? unknown
    : [V] extends [Want]
      ? unknown
      : Problem<`the request field cannot be ${Shown<V>}`>
  : unknown;

/** Whether a request takes fields beyond those it names (an index signature). */
type IsOpen<Req> = string extends keyof Req ? true : false;

/** Per-field checks of a request object literal P against Req. */
export type RequestFieldsCheck<Req, P, Dollar extends boolean> = unknown extends Req
  ? unknown
  : IsOpen<Req> extends true
    ? unknown
    : P extends string | readonly unknown[]
      ? unknown
      : string extends keyof P
        ? unknown
        : {
            [K in keyof P]: RequestFieldName<K, Dollar> extends keyof Req
              ? K extends `${string}.$`
                ? unknown
                : LiteralProblem<Req[RequestFieldName<K, Dollar> & keyof Req], P[K]>
              : Problem<`'${K & string}' is not a field of this request`>;
          };

/** Required request fields the object P does not give. */
type Missing<Req, P, Dollar extends boolean> = {
  [K in keyof Req]-?: {} extends Pick<Req, K> ? never : K extends RequestFieldName<keyof P, Dollar> ? never : K;
}[keyof Req];

/** A problem naming a required field the object literal P leaves out, if any. */
export type RequestMissing<Req, P, Where extends string, Dollar extends boolean> = unknown extends Req
  ? unknown
  : P extends string | readonly unknown[]
    ? unknown
    : string extends keyof P
      ? unknown
      : [Missing<Req, P, Dollar>] extends [never]
        ? unknown
        : Problem<`the ${Where} lack the request field ${Missing<Req, P, Dollar> & string}`>;

/** Both checks, for a request given as an object literal. */
export type RequestCheck<Req, P, Where extends string, Dollar extends boolean> = RequestFieldsCheck<Req, P, Dollar> & RequestMissing<Req, P, Where, Dollar>;

/**
 * An ItemReader's or ResultWriter's request, when its resource is typed (`s3.getObject()`):
 * JSONPath `parameters`, JSONata `arguments`.
 */
export type MapResourceCheck<V, Place extends string> = V extends { readonly resource: MapResource<infer Req, MapResourcePlace> }
  ? (V extends { readonly parameters: infer P } ? { readonly parameters: RequestCheck<Req, P, `${Place} Parameters`, true> } : unknown) &
      (V extends { readonly arguments: infer A } ? { readonly arguments: RequestCheck<Req, A, `${Place} Arguments`, false> } : unknown)
  : unknown;
