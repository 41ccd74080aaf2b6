/** Names an imported workflow's module gives it: the exported constant and the file. */

/** `order-processing`, `Order Processing` → `OrderProcessing`: a TypeScript identifier. */
export function workflowIdentifier(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  if (joined.length === 0) return "ImportedWorkflow";
  return /^\p{L}/u.test(joined) ? joined : `Workflow${joined}`;
}

/** `OrderProcessing`, `order_processing` → `order-processing`: the module's file name without `.workflow.ts`. */
export function workflowFileStem(name: string): string {
  const stem = name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1-$2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1-$2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join("-")
    .toLowerCase();
  return stem.length > 0 ? stem : "imported";
}
