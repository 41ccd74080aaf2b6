/**
 * Type-level ResultPath: the payload after a value is written at a reference path.
 * Each write rebuilds only the objects on the path and flattens them, so accumulated payload
 * types stay plain object types however many states write into them.
 */
import type { Describe, PathError } from "./path-types.ts";

/** Flattens an intersection into one object type; keeps optional modifiers. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

type IsAny<T> = 0 extends 1 & T ? true : false;

/** Writes field K of T; a value of unknown type is taken to be an object (the compiler checks it). */
type Write<T, K extends string, V, Here extends string> =
  IsAny<T> extends true
    ? { [P in K]: V }
    : unknown extends T
      ? { [P in K]: V }
      : T extends readonly unknown[]
        ? PathError<`ResultPath writes field '${K}' into ${Here}, which is an array`>
        : T extends object
          ? Simplify<Omit<T, K> & { [P in K]: V }>
          : PathError<`ResultPath writes field '${K}' into ${Here}, which is ${Describe<T>}`>;

type Child<T, K extends string> = T extends object ? (K extends keyof T ? NonNullable<T[K]> : {}) : {};

type Errors<V> = Extract<V, PathError<string>>;

/** A failed write deeper down fails the whole ResultPath, so the error reaches the author. */
type SetWalk<T, R extends string, V, Here extends string> = R extends `${infer H}.${infer Rest}`
  ? SetWalk<Child<T, H>, Rest, V, `${Here}.${H}`> extends infer Inner
    ? [Errors<Inner>] extends [never]
      ? Write<T, H, Inner, Here>
      : Errors<Inner>
    : never
  : Write<T, R, V, Here>;

/** T with V written at P (`$` replaces the whole payload; missing objects on the path are created). */
export type SetAt<T, P extends string, V> = P extends "$"
  ? V
  : P extends `$.${infer R}`
    ? R extends `${string}[${string}`
      ? unknown
      : unknown extends T
        ? unknown
        : SetWalk<T, R, V, "$">
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
