/**
 * Whether a problem the schema flow records says a read selects nothing when the state runs (a
 * field the payload lacks, an element past a tuple's end, a string where a Map needs an array or a number),
 * rather than that the flow could not follow it (a deep scan, a path it cannot parse). Step
 * Functions takes such a read and fails the execution that reaches it.
 */
const SELECTS_NOTHING = /has no field '|has no item \[|cannot be indexed with \[|not an array|is always null or absent|is an array: select an element|, not a number$/;

export function selectsNothing(problem: string): boolean {
  return SELECTS_NOTHING.test(problem);
}
