/**
 * A walk over zod schemas, described as one processor per schema kind (as zod's own JSON Schema
 * generation does): each processor gets the definition and the walk's context, and goes on
 * into the schemas the definition holds through `walk`, so every step passes the driver and its
 * one policy for cycles (see `walkSchema`).
 */
import type { core } from "zod";
import type { Reference } from "./reference.ts";
import type { DefOf, SchemaKind } from "./schema-kind.ts";

/** Goes on into a schema the current one holds, in the context it is met in. */
export type Walk<R, C> = (schema: core.$ZodType, context: C) => R;

export type Processor<K extends SchemaKind, R, C> = (def: DefOf<K>, context: C, walk: Walk<R, C>, schema: core.$ZodType) => R;

/** One processor for every kind: a kind left out is a compile error. */
export type Processors<R, C> = { readonly [K in SchemaKind]: Processor<K, R, C> };

export interface SchemaWalker<R, C> {
  readonly kinds: Processors<R, C>;
  /** What stands where a schema is met again while it is being processed (a cycle). */
  readonly reference: (reference: Reference, context: C) => R;
  /**
   * The walk reads the JSON that arrives (zod's input side): a coercion accepts any value, so it
   * is walked as `z.unknown()`.
   * @default false (a coercion is walked as its kind)
   */
  readonly readsInput?: boolean;
  /**
   * Runs around every schema's processor (not around references): to answer for a schema
   * before its kind is looked at, or to add to what its kind gave.
   * @default the processor's result, as is
   */
  readonly around?: (schema: core.$ZodType, context: C, process: () => R) => R;
}
