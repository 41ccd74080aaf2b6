/**
 * The one driver of every walk over zod schemas. Its policy for cycles: a schema met again while
 * it is still being processed (it holds itself, through `z.lazy` or a getter in a shape) is not
 * unfolded again but becomes a reference, numbered by the order the walk first met it; a schema
 * met again elsewhere (shared, not a cycle) is processed again in its new place and context.
 */
import { z, type core } from "zod";
import { isCoerced } from "./input-side.ts";
import type { Processor, SchemaWalker } from "./processors.ts";
import { defOf, type SchemaKind } from "./schema-kind.ts";

interface Seen {
  readonly id: number;
  open: boolean;
}

export function walkSchema<R, C>(walker: SchemaWalker<R, C>, schema: core.$ZodType, context: C): R {
  const seen = new Map<core.$ZodType, Seen>();
  const visit = (current: core.$ZodType, here: C): R => {
    let entry = seen.get(current);
    if (entry?.open) return walker.reference({ schema: current, id: entry.id }, here);
    if (!entry) {
      entry = { id: seen.size, open: false };
      seen.set(current, entry);
    }
    const opened = entry;
    opened.open = true;
    try {
      const read = walker.readsInput && isCoerced(current) ? z.unknown() : current;
      const process = () => processorOf(walker, read)(defOf(read) as never, here, visit, read);
      return walker.around ? walker.around(read, here, process) : process();
    } finally {
      opened.open = false;
    }
  };
  return visit(schema, context);
}

function processorOf<R, C>(walker: SchemaWalker<R, C>, schema: core.$ZodType): Processor<SchemaKind, R, C> {
  const kind = defOf(schema).type;
  const processor = Object.hasOwn(walker.kinds, kind) ? (walker.kinds[kind] as Processor<SchemaKind, R, C>) : undefined;
  if (!processor) throw new TypeError(`unknown schema kind ${JSON.stringify(kind)}`);
  return processor;
}
