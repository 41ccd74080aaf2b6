/**
 * Text that is not a file of its own but is assembled from one: a JSON definition held in a
 * template's string, joined from Fn::Join parts, or written in a Terraform heredoc. Each of its
 * characters remembers the offset in the file it was read from, so a node found in the text is
 * reported where it is written in the file.
 */
export interface EmbeddedText {
  readonly text: string;
  /** The offset in the file of a character of `text` (`text.length`: the end of the text). */
  offsetAt(index: number): number;
}

/** Text written as is from `start`: no table of offsets is built, as a whole file is read this way. */
export function verbatimText(text: string, start: number): EmbeddedText {
  return { text, offsetAt: (index) => start + index };
}

/** Text that is written nowhere as such (a `${Name}` built from a Ref): every character points at `offset`. */
export function textAt(text: string, offset: number): EmbeddedText {
  return { text, offsetAt: () => offset };
}

/** Text with the offset of each character, and one more for its end. */
export function textWithOffsets(text: string, offsets: readonly number[]): EmbeddedText {
  return { text, offsetAt: (index) => offsets[Math.min(index, offsets.length - 1)]! };
}

export function joinTexts(parts: readonly EmbeddedText[], fallback: number): EmbeddedText {
  const offsets: number[] = [];
  for (const part of parts) for (let i = 0; i < part.text.length; i++) offsets.push(part.offsetAt(i));
  const last = parts.at(-1);
  offsets.push(last ? last.offsetAt(last.text.length) : fallback);
  return textWithOffsets(parts.map((part) => part.text).join(""), offsets);
}

/** The file offset of a character of the text (clamped to its ends). */
export function fileOffset(embedded: EmbeddedText, index: number): number {
  return embedded.offsetAt(Math.max(0, Math.min(index, embedded.text.length)));
}
