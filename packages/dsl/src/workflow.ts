/**
 * `workflow(name, { input, comment?, timeoutSeconds?, version? })`: the start of every chain.
 * The chain runs as plain TypeScript; `buildWorkflow` turns it into the IR.
 */
import type { output, ZodType } from "zod";
import { ChainImpl } from "./builder/chain-impl.ts";
import type { Chain } from "./builder/chain-types.ts";
import type { WorkflowOptions } from "./builder/options.ts";
import { captureSite } from "./builder/site.ts";

export function workflow<const S extends ZodType>(name: string, options: WorkflowOptions<S>): Chain<output<S>, {}, output<S>> {
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
  return new ChainImpl(meta, undefined) as unknown as Chain<output<S>, {}, output<S>>;
}
