/**
 * The schema a `z.lazy` stands for. zod keeps it once made, so a walk meets the same object each
 * time and can tell a lazy schema that holds itself from one that keeps building new schemas.
 */
import type { core } from "zod";

export function lazyInner(schema: core.$ZodType): core.$ZodType {
  return (schema as core.$ZodLazy)._zod.innerType;
}
