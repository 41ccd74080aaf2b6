/**
 * Retry and Catch within their valid ranges: every ErrorEquals non-empty, `States.ALL` alone and
 * only in the last entry, intervals and delays from 1 second, BackoffRate from 1.0.
 */
import fc from "fast-check";
import { PREDEFINED_ERRORS } from "@aslc/dsl";
import { referencePath } from "./paths.ts";

const NAMED_ERRORS = [...PREDEFINED_ERRORS.filter((e) => e !== "States.ALL"), "Lambda.ServiceException", "Lambda.TooManyRequestsException", "ValidationError", "My.Custom.Error", "Ünïcode"];

const errorList = fc.uniqueArray(fc.constantFrom(...NAMED_ERRORS), { minLength: 1, maxLength: 3 });

/** ErrorEquals lists for `count` entries; the last may be `["States.ALL"]`. */
export function errorLists(count: number): fc.Arbitrary<string[][]> {
  return fc
    .tuple(fc.array(errorList, { minLength: count, maxLength: count }), fc.boolean())
    .map(([lists, catchAll]) => (catchAll && count > 0 ? [...lists.slice(0, -1), ["States.ALL"]] : lists));
}

const retrierFields = fc.record(
  {
    intervalSeconds: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 99_999_999 })),
    maxAttempts: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 99_999_998 })),
    backoffRate: fc.oneof(fc.constantFrom(1, 1.5, 2), fc.double({ min: 1, max: 100, noNaN: true })),
    maxDelaySeconds: fc.integer({ min: 1, max: 31_622_400 }),
    jitterStrategy: fc.constantFrom("FULL" as const, "NONE" as const),
    // No `comment`: statelint does not know a Retrier's Comment field.
  },
  { requiredKeys: [] },
);

export const retryArbitrary: fc.Arbitrary<Record<string, unknown>[]> = fc
  .nat({ max: 3 })
  .chain((count) => fc.tuple(errorLists(count), fc.array(retrierFields, { minLength: count, maxLength: count })))
  .map(([lists, fields]) => lists.map((errorEquals, i) => ({ errorEquals, ...fields[i] })));

/** A Catch ResultPath: where the error output goes (`null` discards it). */
export const catchResultPath = fc.option(fc.oneof(referencePath, fc.constant(null)), { nil: undefined });
