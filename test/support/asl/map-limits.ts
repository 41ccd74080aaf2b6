/**
 * A Map state's limits: how many iterations run at once (MaxConcurrency) and, in a Distributed
 * Map, how many failed items the Map Run tolerates (ToleratedFailureCount, ToleratedFailurePercentage).
 * Each is read from its field, its `…Path` form (JSONPath) or its expression (JSONata).
 */

export interface MapLimits {
  /** At most this many iterations run at once. */
  readonly concurrency: number;
  /** The Map Run fails once more items than this have failed. */
  readonly toleratedCount?: number;
  /** The Map Run fails once the failed items are more than this share (0–100) of all items. */
  readonly toleratedPercentage?: number;
}

/**
 * Inline iterations run at most 40 at a time, a Distributed Map's child executions at most 10,000;
 * MaxConcurrency 0 (the default) places no limit below that
 * (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-map-process-modes.html,
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map-inline.html).
 */
const MOST_AT_ONCE = { inline: 40, distributed: 10_000 } as const;

/**
 * Reads the limits. `value(field)` gives a field's value (undefined when absent), `invalid` the
 * error for a value of the wrong kind (States.Runtime for a JSONPath state, as for any path that
 * selects nothing usable; States.QueryEvaluationError for a JSONata state).
 */
export async function mapLimits(distributed: boolean, value: (field: string) => Promise<unknown>, invalid: (message: string) => Error): Promise<MapLimits> {
  const read = async (field: string, valid: (n: number) => boolean, expected: string) => {
    const given = await value(field);
    if (given === undefined) return undefined;
    if (typeof given !== "number" || !valid(given)) throw invalid(`${field} must be ${expected}, not ${JSON.stringify(given)}`);
    return given;
  };
  const count = (n: number) => Number.isInteger(n) && n >= 0;
  const ceiling = distributed ? MOST_AT_ONCE.distributed : MOST_AT_ONCE.inline;
  const maxConcurrency = (await read("MaxConcurrency", count, "an integer of 0 or more")) ?? 0;
  const concurrency = maxConcurrency === 0 ? ceiling : Math.min(maxConcurrency, ceiling);
  if (!distributed) return { concurrency };
  const toleratedCount = await read("ToleratedFailureCount", count, "an integer of 0 or more");
  const toleratedPercentage = await read("ToleratedFailurePercentage", (n) => n >= 0 && n <= 100, "a number from 0 to 100");
  return { concurrency, ...(toleratedCount !== undefined && { toleratedCount }), ...(toleratedPercentage !== undefined && { toleratedPercentage }) };
}

/**
 * Whether `failures` failed items out of `total` exceed the Map Run's threshold: the percentage is
 * failed items over all items; with both given, exceeding either fails the Map Run; with neither,
 * the threshold is 0, so any failed item fails it
 * (https://docs.aws.amazon.com/step-functions/latest/dg/maprun-fail-threshold.html).
 */
export function exceedsTolerance(limits: MapLimits, failures: number, total: number): boolean {
  const { toleratedCount, toleratedPercentage } = limits;
  if (toleratedCount === undefined && toleratedPercentage === undefined) return failures > 0;
  return (toleratedCount !== undefined && failures > toleratedCount) || (toleratedPercentage !== undefined && (failures / total) * 100 > toleratedPercentage);
}
