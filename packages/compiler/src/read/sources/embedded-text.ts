/**
 * Text that is not a file of its own but is assembled from one: a JSON definition held in a
 * template's string, joined from Fn::Join parts, or written in a Terraform heredoc. Each of its
 * characters remembers the offset in the file it was read from, so a node found in the text is
 * reported where it is written in the file.
 */
export interface EmbeddedText {
  readonly text: string;
  /** For each character of `text`, its offset in the file; one more entry for the end of the text. */
  readonly offsets: readonly number[];
}

/** Text written as is from `start` (each character at its own offset). */
export function verbatimText(text: string, start: number): EmbeddedText {
  return { text, offsets: Array.from({ length: text.length + 1 }, (_, i) => start + i) };
}

/** Text that is written nowhere as such (a `${Name}` built from a Ref): every character points at `offset`. */
export function textAt(text: string, offset: number): EmbeddedText {
  return { text, offsets: new Array<number>(text.length + 1).fill(offset) };
}

export function joinTexts(parts: readonly EmbeddedText[], fallback: number): EmbeddedText {
  const offsets: number[] = [];
  for (const part of parts) offsets.push(...part.offsets.slice(0, part.text.length));
  offsets.push(parts.at(-1)?.offsets.at(-1) ?? fallback);
  return { text: parts.map((part) => part.text).join(""), offsets };
}

/** The file offset of a character of the text (clamped to its ends). */
export function fileOffset(embedded: EmbeddedText, index: number): number {
  return embedded.offsets[Math.max(0, Math.min(index, embedded.offsets.length - 1))]!;
}
