/**
 * The plain object type a canonical payload stands for (see fields.ts): what authors see of a
 * payload, and what typed jumps compare. Nothing the chain carries from state to state is built
 * this way, so its cost is paid only where someone looks.
 */
import type { Fields } from "./fields.ts";

type RequiredKey<En> = En extends readonly [infer K extends PropertyKey, unknown] ? K : never;
type OptionalKey<En> = En extends readonly [infer K extends PropertyKey, unknown, true] ? K : never;
type ValueOf<En> = En extends readonly [unknown, infer V, ...unknown[]] ? V : never;

/** One object type from an intersection of object types; keeps optional modifiers. */
type Flatten<T> = { [K in keyof T]: T[K] } & {};

type ViewFields<E> = Flatten<{ [En in E as RequiredKey<En>]: View<ValueOf<En>> } & { [En in E as OptionalKey<En>]?: View<ValueOf<En>> }>;

/** V as plain types: `Fields` become object types, arrays and tuples keep their shape. */
export type View<V> = 0 extends 1 & V
  ? any
  : V extends Fields<infer E>
    ? ViewFields<E>
    : V extends readonly unknown[]
      ? { [I in keyof V]: View<V[I]> }
      : V;
