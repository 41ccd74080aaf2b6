/**
 * A union of field names as one readable list ("order, customer, total"), for the message of a
 * path that names a field that is not there. Built only where a lookup failed.
 */

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** One member of U (tsc takes the last overload of an intersection of functions). */
type LastOf<U> = UnionToIntersection<U extends unknown ? () => U : never> extends () => infer R ? R : never;

/** The most names a message lists. */
type MostListed = 20;

/** The names of U separated by commas, in the union's order; "…" after the first MostListed. */
export type FieldList<U extends string, Listed extends string = "", Count extends readonly unknown[] = []> = [U] extends [never]
  ? Listed
  : Count["length"] extends MostListed
    ? `…, ${Listed}`
    : LastOf<U> extends infer Name extends string
      ? FieldList<Exclude<U, Name>, Listed extends "" ? Name : `${Name}, ${Listed}`, [...Count, Name]>
      : Listed;

/** What a "has no field" message adds: the fields there are. */
export type FieldsHere<U extends string> = [U] extends [never] ? " (it has no fields)" : string extends U ? "" : ` (fields here: ${FieldList<U>})`;
