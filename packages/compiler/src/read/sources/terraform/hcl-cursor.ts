/**
 * A reader of the part of HCL (Terraform's language) that holds a state machine's definition:
 * blocks and attributes, strings, heredocs and literal values, each with its offset. No maintained
 * HCL parser for Node keeps positions (the WebAssembly ones convert to JSON and drop them), so
 * this one reads what aslc needs and steps over every other expression without evaluating it.
 */
import { type EmbeddedText, textWithOffsets } from "../embedded-text.ts";

export class HclSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** A literal value, its position kept: objects' keys and tuples' entries have sites of their own. */
export type HclValue =
  | { readonly kind: "object"; readonly offset: number; readonly entries: readonly { readonly key: string; readonly keyOffset: number; readonly value: HclValue }[] }
  | { readonly kind: "tuple"; readonly offset: number; readonly items: readonly HclValue[] }
  | { readonly kind: "literal"; readonly offset: number; readonly value: string | number | boolean | null }
  /** Anything else (a reference such as `var.x`, a function call): its text as written. */
  | { readonly kind: "expression"; readonly offset: number; readonly text: string };

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
const IDENTIFIER = /[A-Za-z_][\w-]*/y;

export class HclCursor {
  constructor(
    readonly text: string,
    public pos = 0,
  ) {}

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peek(length = 1): string {
    return this.text.slice(this.pos, this.pos + length);
  }

  fail(message: string, offset = this.pos): never {
    throw new HclSyntaxError(offset, message);
  }

  expect(token: string, what: string): void {
    this.skipSpace(true);
    if (!this.text.startsWith(token, this.pos)) this.fail(`expected ${what}`);
    this.pos += token.length;
  }

  /** Steps over blanks and comments, and over line ends when `newlines`. */
  skipSpace(newlines: boolean): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text[this.pos]!;
      if (c === " " || c === "\t" || c === "\r" || (newlines && c === "\n")) this.pos += 1;
      else if (c === "#" || text.startsWith("//", this.pos)) {
        const end = text.indexOf("\n", this.pos);
        this.pos = end < 0 ? text.length : end;
      } else if (text.startsWith("/*", this.pos)) {
        const end = text.indexOf("*/", this.pos + 2);
        if (end < 0) this.fail("a comment that is not closed");
        this.pos = end + 2;
      } else break;
    }
  }

  identifier(): string | undefined {
    IDENTIFIER.lastIndex = this.pos;
    const match = IDENTIFIER.exec(this.text);
    if (!match) return undefined;
    this.pos += match[0].length;
    return match[0];
  }

  /** A quoted string: escapes undone, `${…}` and `%{…}` kept as written; each character with its offset. */
  quoted(): EmbeddedText {
    const start = this.pos;
    const chars: string[] = [];
    const offsets: number[] = [];
    this.pos += 1;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === "\n") this.fail("a string that is not closed", start);
      if (c === '"') break;
      const at = this.pos;
      if (c === "\\") {
        const next = this.text[this.pos + 1] ?? "";
        const digits = next === "u" ? 4 : next === "U" ? 8 : 0;
        const decoded = digits ? String.fromCodePoint(parseInt(this.text.slice(this.pos + 2, this.pos + 2 + digits), 16)) : (ESCAPES[next] ?? next);
        for (const char of decoded) chars.push(char), offsets.push(at);
        this.pos += 2 + digits;
      } else if ((c === "$" || c === "%") && this.text[this.pos + 1] === "{") {
        this.pos += 2;
        this.skipTo("}");
        this.pos += 1;
        for (let i = at; i < this.pos; i++) chars.push(this.text[i]!), offsets.push(i);
      } else {
        chars.push(c), offsets.push(at);
        this.pos += 1;
      }
    }
    offsets.push(this.pos);
    this.pos += 1;
    return textWithOffsets(chars.join(""), offsets);
  }

  /** A heredoc (`<<EOF` or `<<-EOF`, any marker), from `<<` to its closing line; `<<-` takes the lines' common indentation off. */
  heredoc(): EmbeddedText {
    const start = this.pos;
    const header = /<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/y;
    header.lastIndex = start;
    const match = header.exec(this.text);
    if (!match) this.fail("a heredoc needs a marker and a line end after <<");
    const [whole, indented, marker] = match;
    const lines: { from: number; to: number }[] = [];
    let from = start + whole.length;
    for (;;) {
      if (from >= this.text.length) this.fail(`a heredoc that is not closed: no line with ${marker} alone`, start);
      const newline = this.text.indexOf("\n", from);
      const end = newline < 0 ? this.text.length : newline;
      const to = this.text[end - 1] === "\r" ? end - 1 : end;
      if (this.text.slice(from, to).trim() === marker) {
        this.pos = to;
        break;
      }
      lines.push({ from, to });
      from = end + 1;
    }
    const strip = indented ? Math.min(...lines.filter((line) => line.to > line.from && this.text.slice(line.from, line.to).trim() !== "").map((line) => /^[ \t]*/.exec(this.text.slice(line.from, line.to))![0].length)) : 0;
    const chars: string[] = [];
    const offsets: number[] = [];
    for (const line of lines) {
      for (let i = Math.min(line.from + (Number.isFinite(strip) ? strip : 0), line.to); i < line.to; i++) chars.push(this.text[i]!), offsets.push(i);
      chars.push("\n"), offsets.push(line.to);
    }
    offsets.push(this.pos);
    return textWithOffsets(chars.join(""), offsets);
  }

  /** Steps to the next `stop` character outside strings, heredocs, comments and brackets. */
  skipTo(stop: string): void {
    let depth = 0;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (depth === 0 && stop.includes(c)) return;
      if (c === '"') this.quoted();
      else if (c === "<" && this.peek(2) === "<<" && /^<<-?[A-Za-z_]/.test(this.text.slice(this.pos, this.pos + 4))) this.heredoc();
      else if (c === "#" || this.peek(2) === "//" || this.peek(2) === "/*") this.skipSpace(false);
      else {
        if (c === "(" || c === "[" || c === "{") depth += 1;
        else if (c === ")" || c === "]" || c === "}") {
          if (depth === 0) return;
          depth -= 1;
        }
        this.pos += 1;
      }
    }
  }

  /** An expression not read as a value: its text up to the end of the line, a comma or a closing bracket. */
  expressionText(): { offset: number; text: string } {
    const offset = this.pos;
    this.skipTo(",\n)]}");
    return { offset, text: this.text.slice(offset, this.pos).trim() };
  }

  /** A value: an object, a tuple, a string, a number, a bool, null, or any other expression kept as its text. */
  value(): HclValue {
    this.skipSpace(true);
    const offset = this.pos;
    const c = this.peek();
    let value: HclValue | undefined;
    if (c === "{") value = this.object();
    else if (c === "[") value = this.tuple();
    else if (c === '"') value = { kind: "literal", offset, value: this.quoted().text };
    else if (this.peek(2) === "<<") value = { kind: "literal", offset, value: this.heredoc().text };
    else {
      const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
      number.lastIndex = offset;
      const match = number.exec(this.text);
      const word = /(true|false|null)\b/y;
      word.lastIndex = offset;
      const keyword = word.exec(this.text);
      if (match) {
        this.pos += match[0].length;
        value = { kind: "literal", offset, value: Number(match[0]) };
      } else if (keyword) {
        this.pos += keyword[0].length;
        value = { kind: "literal", offset, value: keyword[0] === "null" ? null : keyword[0] === "true" };
      }
    }
    this.skipSpace(false);
    if (value && (this.atEnd || ",\n)]}".includes(this.peek()))) return value;
    // Not a literal after all (`"a" == var.b ? …`, `var.x`, `format(…)`): the expression's text.
    this.pos = offset;
    const expression = this.expressionText();
    if (expression.text === "") this.fail("expected a value");
    return { kind: "expression", ...expression };
  }

  private object(): HclValue {
    const offset = this.pos;
    this.pos += 1;
    const entries: { key: string; keyOffset: number; value: HclValue }[] = [];
    for (;;) {
      this.skipSpace(true);
      if (this.peek() === "}") break;
      if (this.atEnd) this.fail("an object that is not closed", offset);
      const keyOffset = this.pos;
      const key = this.peek() === '"' ? this.quoted().text : this.identifier();
      if (key === undefined) this.fail("expected an attribute name");
      this.skipSpace(false);
      if (this.peek() !== "=" && this.peek() !== ":") this.fail(`expected = or : after ${key}`);
      this.pos += 1;
      entries.push({ key, keyOffset, value: this.value() });
      this.skipSpace(false);
      if (this.peek() === ",") this.pos += 1;
      else if (this.peek() !== "\n" && this.peek() !== "}") this.fail("expected a comma, a line end or } after the value");
    }
    this.pos += 1;
    return { kind: "object", offset, entries };
  }

  private tuple(): HclValue {
    const offset = this.pos;
    this.pos += 1;
    const items: HclValue[] = [];
    for (;;) {
      this.skipSpace(true);
      if (this.peek() === "]") break;
      if (this.atEnd) this.fail("a list that is not closed", offset);
      items.push(this.value());
      this.skipSpace(true);
      if (this.peek() === ",") this.pos += 1;
      else if (this.peek() !== "]") this.fail("expected a comma or ] after the value");
    }
    this.pos += 1;
    return { kind: "tuple", offset, items };
  }
}
