/**
 * Parses intrinsic function expressions (`States.Format('Hi {}', $.name)`) into a small tree:
 * calls, string/number/boolean/null literals and paths. The one parser of intrinsic text: the
 * schema flow types calls with it, and validate/intrinsic-calls.ts checks them.
 */

export type IntrinsicExpression =
  /** `text` is the call as written, from its name to its closing parenthesis. */
  | { readonly kind: "call"; readonly name: string; readonly args: readonly IntrinsicExpression[]; readonly text: string }
  /** `raw` is the text between the quotes, escapes kept (a States.Format template's `\{` is no placeholder). */
  | { readonly kind: "string"; readonly value: string; readonly raw: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "null" }
  | { readonly kind: "path"; readonly path: string };

export type ParsedIntrinsic = { readonly ok: true; readonly expression: IntrinsicExpression } | { readonly ok: false; readonly reason: string };

export function parseIntrinsic(text: string): ParsedIntrinsic {
  const reader = new Reader(text);
  try {
    const expression = reader.call();
    reader.skipSpace();
    if (!reader.done()) throw new SyntaxError(`unexpected '${text.slice(reader.at)}' after the call`);
    return { ok: true, expression };
  } catch (error) {
    return { ok: false, reason: `'${text}' is not an intrinsic function call: ${(error as Error).message}` };
  }
}

class Reader {
  at = 0;
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  skipSpace(): void {
    while (/\s/.test(this.text[this.at] ?? "")) this.at++;
  }

  call(): IntrinsicExpression {
    this.skipSpace();
    const start = this.at;
    const name = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.at));
    if (!name) throw new SyntaxError(`expected States.Name( at position ${this.at}`);
    this.at += name[0].length;
    this.skipSpace();
    this.expect("(");
    const args: IntrinsicExpression[] = [];
    this.skipSpace();
    if (this.text[this.at] === ")") {
      this.at++;
      return { kind: "call", name: name[0], args, text: this.text.slice(start, this.at) };
    }
    for (;;) {
      args.push(this.argument());
      this.skipSpace();
      const c = this.text[this.at];
      this.at++;
      if (c === ")") return { kind: "call", name: name[0], args, text: this.text.slice(start, this.at) };
      if (c !== ",") throw new SyntaxError(`expected ',' or ')' at position ${this.at - 1}`);
    }
  }

  private expect(c: string): void {
    if (this.text[this.at] !== c) throw new SyntaxError(`expected '${c}' at position ${this.at}`);
    this.at++;
  }

  private argument(): IntrinsicExpression {
    this.skipSpace();
    const rest = this.text.slice(this.at);
    if (rest.startsWith("States.")) return this.call();
    if (rest.startsWith("'")) {
      const start = this.at + 1;
      const value = this.quoted();
      return { kind: "string", value, raw: this.text.slice(start, this.at - 1) };
    }
    if (rest.startsWith("$")) return { kind: "path", path: this.path() };
    const word = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(rest);
    if (!word) throw new SyntaxError(`expected an argument at position ${this.at}`);
    this.at += word[0].length;
    if (word[0] === "null") return { kind: "null" };
    if (word[0] === "true" || word[0] === "false") return { kind: "boolean", value: word[0] === "true" };
    return { kind: "number", value: Number(word[0]) };
  }

  /** A single-quoted string; a backslash escapes the next character. */
  private quoted(): string {
    let value = "";
    for (this.at++; this.at < this.text.length; this.at++) {
      const c = this.text[this.at]!;
      if (c === "\\") value += this.text[++this.at] ?? "";
      else if (c === "'") {
        this.at++;
        return value;
      } else value += c;
    }
    throw new SyntaxError("a string is not closed");
  }

  /** A path runs to the next ',', ')' or space outside brackets and quotes. */
  private path(): string {
    const start = this.at;
    let depth = 0;
    let quote: string | undefined;
    for (; this.at < this.text.length; this.at++) {
      const c = this.text[this.at]!;
      if (quote) {
        if (c === "\\") this.at++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === "[" || c === "(") depth++;
      else if ((c === "]" || c === ")") && depth > 0) depth--;
      else if ((c === "," || c === ")" || /\s/.test(c)) && depth === 0) break;
    }
    return this.text.slice(start, this.at);
  }
}
