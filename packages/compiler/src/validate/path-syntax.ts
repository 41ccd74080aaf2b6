/**
 * JSONPath syntax as ASL uses it. A reference path selects one node: `$`, `.field`, `['field']`
 * and `[0]` only. A path (InputPath, OutputPath, `.$` values) may also use wildcards, slices and
 * filters. Either may start at the context object (`$$`) where ASL allows it. Whitespace that
 * ends a path is not part of it: Step Functions reads `"$.a.b "` as `$.a.b` (the AWS Step
 * Functions Developer Guide's own sample, "Gather Amazon S3 bucket info using AWS SDK service
 * integrations", compares `"$.BucketLocationInfo.LocationConstraint "`).
 */
const NAME = String.raw`\.[^.\[\]\s'"@,:?*()]+`;
const QUOTED = String.raw`\['(?:[^'\\]|\\.)*'\]`;
const INDEX = String.raw`\[\d+\]`;
const REFERENCE = new RegExp(String.raw`^\$\$?(?:${NAME}|${QUOTED}|${INDEX})*$`);
const VARIABLE = new RegExp(String.raw`^\$[A-Za-z_][A-Za-z0-9_]*(?:${NAME}|${QUOTED}|${INDEX})*$`);

export function isReferencePath(path: string, allowContext = true): boolean {
  if (!allowContext && path.startsWith("$$")) return false;
  return REFERENCE.test(path.trimEnd());
}

/** A variable reference such as `$order.total` (workflow variables). */
export function isVariablePath(path: string): boolean {
  return VARIABLE.test(path.trimEnd()) && !path.startsWith("$$");
}

/** A general path: any JSONPath expression starting at `$` or `$$`, with balanced brackets. */
export function isPath(path: string): boolean {
  if (!/^\$/.test(path)) return false;
  let depth = 0;
  for (const ch of path) {
    if (ch === "[") depth++;
    else if (ch === "]" && --depth < 0) return false;
  }
  return depth === 0;
}
