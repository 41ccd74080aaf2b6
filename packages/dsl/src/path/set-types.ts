/**
 * Type-level ResultPath: the payload after a value is written at a reference path.
 * Each write rebuilds only the objects on the path and flattens them, so accumulated payload
 * types stay plain object types however many states write into them.
 */
import type { Describe, PathError } from "./path-types.ts";

/** Flattens an intersection into one object type; keeps optional modifiers. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

type Write<T, K extends string, V> = T extends readonly unknown[]
  ? PathError<`ResultPath writes field '${K}' into an array`>
  : T extends object
    ? Simplify<Omit<T, K> & { [P in K]: V }>
    : PathError<`ResultPath writes field '${K}' into ${Describe<T>}`>;

type Child<T, K extends string> = T extends object ? (K extends keyof T ? NonNullable<T[K]> : {}) : {};

type SetWalk<T, R extends string, V> = R extends `${infer H}.${infer Rest}`
  ? Write<T, H, SetWalk<Child<T, H>, Rest, V>>
  : Write<T, R, V>;

/** T with V written at P (`$` replaces the whole payload; missing objects on the path are created). */
export type SetAt<T, P extends string, V> = P extends "$"
  ? V
  : P extends `$.${infer R}`
    ? R extends `${string}[${string}`
      ? unknown
      : unknown extends T
        ? unknown
        : SetWalk<T, R, V>
    : PathError<`ResultPath '${P}' must be '$' or start with '$.'`>;

/** Applies a ResultPath option: absent means `$`, null discards the result. */
export type ApplyResultPath<T, RP, V> = RP extends null
  ? T
  : RP extends string
    ? SetAt<T, RP, V>
    : V;

/** P when a value can be written there, otherwise the message. */
export type ResultPathArg<T, P extends string> =
  SetAt<T, P, unknown> extends infer S ? ([Extract<S, PathError<string>>] extends [never] ? P : Extract<S, PathError<string>> extends PathError<infer M> ? M : P) : P;
