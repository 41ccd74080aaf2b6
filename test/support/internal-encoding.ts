/**
 * The spellings of the DSL's internal type encodings. A message or hover that shows one has
 * leaked the machinery instead of saying what is wrong in the author's terms.
 */
export const INTERNAL_ENCODINGS = ["Fields<", "Problem<", "Intrinsic<", "NoInfer<"] as const;

export type InternalEncoding = (typeof INTERNAL_ENCODINGS)[number];

/** The internal encodings `text` shows, in the order of INTERNAL_ENCODINGS. */
export function internalEncodingsIn(text: string): InternalEncoding[] {
  return INTERNAL_ENCODINGS.filter((encoding) => text.includes(encoding));
}
