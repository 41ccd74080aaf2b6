/**
 * The spellings of the DSL's internal type encodings, as the DSL's editor plugin knows them: a
 * message or hover that shows one has leaked the machinery.
 */
import { INTERNAL_ENCODINGS } from "../../packages/dsl/src/editor/plain-type-text.ts";

export { INTERNAL_ENCODINGS };

export type InternalEncoding = (typeof INTERNAL_ENCODINGS)[number];

/** The internal encodings `text` shows, in the order of INTERNAL_ENCODINGS. */
export function internalEncodingsIn(text: string): InternalEncoding[] {
  return INTERNAL_ENCODINGS.filter((encoding) => text.includes(encoding));
}
