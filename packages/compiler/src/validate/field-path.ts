/**
 * A field as the checks name it in messages (`Choices[0].And[1].Variable`, `Retry[1].BackoffRate`,
 * `Parameters.id.$`) as a node path: `["Choices", 0, "And", 1, "Variable"]`. A key holding a dot
 * (`id.$`) splits here too; whoever resolves the path against the definition joins the parts
 * again where the definition has the longer key.
 */
import type { NodePath } from "../read/definition-source.ts";

export function fieldPath(text: string): NodePath {
  const path: (string | number)[] = [];
  for (const part of text.split(".")) {
    const index = /^(.*?)((?:\[\d+\])+)$/.exec(part);
    if (!index) {
      path.push(part);
      continue;
    }
    if (index[1] !== "") path.push(index[1]!);
    for (const [, n] of index[2]!.matchAll(/\[(\d+)\]/g)) path.push(Number(n));
  }
  return path;
}
