/**
 * `workflow(name, { input, comment?, timeoutSeconds?, version? })`: the start of every chain.
 * The chain runs as plain TypeScript; `buildWorkflow` turns it into the IR.
 */
import type { JsonOf } from "./payload/json-side.ts";
import type { JsonSchemaCheck } from "./payload/not-json.ts";
import type { Zod4Schema } from "./builder/zod-4-schema.ts";
import { ChainImpl } from "./builder/chain-impl.ts";
import type { Chain } from "./builder/chain-types.ts";
import type { WorkflowOptions } from "./builder/options.ts";
import type { Env } from "./builder/variable-types.ts";
import type { QueryLanguage } from "./ir/nodes.ts";
import type { NoFields } from "./path/fields.ts";
import { captureSite } from "./builder/site.ts";

export function workflow<const S extends Zod4Schema, const Q extends QueryLanguage = "JSONPath">(
  name: string,
  options: WorkflowOptions<S> & { readonly queryLanguage?: Q } & NoInfer<JsonSchemaCheck<{ readonly input: S }, "input", "input schema">>,
): Chain<JsonOf<S>, {}, JsonOf<S>, never, never, NoFields, Env<Q>> {
  if (typeof name !== "string" || name.length === 0) throw new TypeError("workflow(): the first argument must be the workflow's name");
  if (typeof options !== "object" || options === null || typeof (options.input as { safeParse?: unknown })?.safeParse !== "function") {
    throw new TypeError(`workflow('${name}'): options.input must be a zod schema describing the execution input`);
  }
  const meta = Object.freeze({
    name,
    input: options.input,
    comment: options.comment,
    timeoutSeconds: options.timeoutSeconds,
    version: options.version,
    queryLanguage: options.queryLanguage,
    site: captureSite(),
  });
  return new ChainImpl(meta, undefined) as unknown as Chain<JsonOf<S>, {}, JsonOf<S>, never, never, NoFields, Env<Q>>;
}
