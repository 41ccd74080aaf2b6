/**
 * What a walk finds in place of a schema it is already processing: the schema holds itself
 * (through `z.lazy`, or a getter in an object's shape), and unfolding it again would never end.
 */
import type { core } from "zod";

export interface Reference {
  /** The schema referred to, an ancestor of the place the reference stands. */
  readonly schema: core.$ZodType;
  /** Its number in this walk: schemas are numbered in the order the walk first meets them, the root being 0. */
  readonly id: number;
}
