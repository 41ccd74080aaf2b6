/**
 * The text of a YAML (or JSON) string with the file offset of each character: a definition held
 * in a DefinitionString is JSON inside a string, and a node found in it is reported where it is
 * written in the template. Escapes, folded lines and block indentation are undone here the way
 * YAML undoes them; the result is checked against the value the `yaml` package read, and where the
 * two differ (a form this reading does not follow), every character points at the string's start.
 */
import type { Scalar } from "yaml";
import { type EmbeddedText, textAt, textWithOffsets } from "./embedded-text.ts";

export function scalarText(scalar: Scalar, source: string): EmbeddedText {
  const value = String(scalar.value);
  const [start, end] = scalar.range ?? [0, 0];
  const read = readScalar(scalar.type, source, start, end);
  if (read && read.text.startsWith(value)) {
    return textWithOffsets(value, [...read.offsets.slice(0, value.length), read.offsets[value.length] ?? end]);
  }
  return textAt(value, start);
}

/** A string read with the file offset of each character, and one more for its end. */
interface OffsetText {
  readonly text: string;
  readonly offsets: readonly number[];
}

interface Builder {
  chars: string[];
  offsets: number[];
}

function readScalar(type: Scalar["type"], source: string, start: number, end: number): OffsetText | undefined {
  switch (type) {
    case "QUOTE_DOUBLE":
      return flowScalar(source, start + 1, end - 1, "double");
    case "QUOTE_SINGLE":
      return flowScalar(source, start + 1, end - 1, "single");
    case "PLAIN":
      return flowScalar(source, start, end, "plain");
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return blockScalar(source, start, end, type === "BLOCK_FOLDED");
    default:
      return undefined;
  }
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_ESCAPES: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

function flowScalar(source: string, start: number, end: number, style: "double" | "single" | "plain"): OffsetText {
  const out: Builder = { chars: [], offsets: [] };
  let kept = 0; // chars written before the trailing white space of the current line
  let i = start;
  while (i < end) {
    const c = source[i]!;
    if (c === "\n" || c === "\r") {
      out.chars.length = out.offsets.length = kept;
      i = fold(source, i, end, out);
      kept = out.chars.length;
      continue;
    }
    if (style === "double" && c === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "\n" || next === "\r") {
        // An escaped line break joins the lines with nothing between them.
        i = skipBlank(source, skipBreak(source, i + 1), end);
        continue;
      }
      const digits = HEX_ESCAPES[next];
      if (digits !== undefined) push(out, String.fromCodePoint(parseInt(source.slice(i + 2, i + 2 + digits), 16)), i);
      else push(out, SIMPLE_ESCAPES[next] ?? next, i);
      i += 2 + (digits ?? 0);
      kept = out.chars.length;
      continue;
    }
    if (style === "single" && c === "'" && source[i + 1] === "'") {
      push(out, "'", i);
      i += 2;
      kept = out.chars.length;
      continue;
    }
    push(out, c, i);
    i += 1;
    if (c !== " " && c !== "\t") kept = out.chars.length;
  }
  return { text: out.chars.join(""), offsets: [...out.offsets, end] };
}

/** A line break in a flow scalar: one space, or a newline for each empty line that follows it. */
function fold(source: string, at: number, end: number, out: Builder): number {
  let i = skipBlank(source, skipBreak(source, at), end);
  let empty = 0;
  while (i < end && (source[i] === "\n" || source[i] === "\r")) {
    push(out, "\n", i);
    empty += 1;
    i = skipBlank(source, skipBreak(source, i), end);
  }
  if (empty === 0) push(out, " ", at);
  return i;
}

function blockScalar(source: string, start: number, end: number, folded: boolean): OffsetText | undefined {
  const headerEnd = source.indexOf("\n", start);
  if (headerEnd < 0) return undefined;
  const lines: { from: number; to: number; empty: boolean }[] = [];
  for (let from = headerEnd + 1; from < end; ) {
    const newline = source.indexOf("\n", from);
    const to = newline < 0 || newline > end ? end : newline;
    lines.push({ from, to: source[to - 1] === "\r" ? to - 1 : to, empty: source.slice(from, to).trim() === "" });
    from = to + 1;
  }
  const first = lines.find((line) => !line.empty);
  if (!first) return { text: "", offsets: [end] };
  const indent = /^ */.exec(source.slice(first.from, first.to))![0].length;
  const out: Builder = { chars: [], offsets: [] };
  lines.forEach((line, n) => {
    for (let i = line.from + indent; i < line.to; i++) push(out, source[i]!, i);
    const next = lines[n + 1];
    const joins = folded && !line.empty && next && !next.empty && !/^\s/.test(source.slice(line.from + indent, line.to)) &&
      !/^\s/.test(source.slice(next.from + indent, next.to));
    const afterText = folded && line.empty === false && next?.empty === true && lines.slice(n + 1).some((later) => !later.empty);
    if (joins) push(out, " ", line.to);
    else if (!afterText) push(out, "\n", line.to);
  });
  return { text: out.chars.join(""), offsets: [...out.offsets, end] };
}

function push(out: Builder, text: string, offset: number): void {
  for (const char of text.split("")) {
    out.chars.push(char);
    out.offsets.push(offset);
  }
}

function skipBreak(source: string, i: number): number {
  return source[i] === "\r" && source[i + 1] === "\n" ? i + 2 : i + 1;
}

function skipBlank(source: string, i: number, end: number): number {
  while (i < end && (source[i] === " " || source[i] === "\t")) i += 1;
  return i;
}
