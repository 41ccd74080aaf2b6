/**
 * `// @ts-expect-error <text>` is satisfied by any error on the line it covers, so its text is only a
 * comment unless something reads it. This module compiles type-test files with every directive
 * neutralised (same length, same positions) and finds the errors each directive covers, so that a test
 * can check that the directive's text is part of their messages.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** One `@ts-expect-error` comment, where it is and what it says the error is. */
export interface ExpectErrorDirective {
  readonly file: string;
  /** 1-based line of the comment. */
  readonly line: number;
  /** 1-based line whose errors the directive suppresses. */
  readonly coveredLine: number;
  /** The comment's text after `@ts-expect-error`, whitespace-normalised; "" when it has none. */
  readonly text: string;
}

/** A directive with the messages of the errors on the line it covers. */
export interface DirectiveErrors {
  readonly directive: ExpectErrorDirective;
  readonly messages: readonly string[];
}

const DIRECTIVE = /\/\/\s*@ts-expect-error\b(.*)$/;

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The whole message chain of a diagnostic in one line. tsc prints a string literal type with its
 * quotes and backslashes escaped (`Problem<"set queryLanguage: \\"JSONata\\"">`); they are unescaped
 * here so that a directive quotes the sentence as the DSL wrote it.
 */
export function flatMessage(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
  return normaliseWhitespace(message.replace(/\\(["\\])/g, "$1"));
}

/**
 * The line a directive covers, as tsc decides it: the first line after the comment that is neither
 * blank nor a `//` comment.
 */
function coveredLineIndex(lines: readonly string[], directiveIndex: number): number {
  let index = directiveIndex + 1;
  while (index < lines.length) {
    const text = lines[index]!.trim();
    if (text !== "" && !text.startsWith("//")) return index;
    index++;
  }
  return index;
}

export function findDirectives(file: string, text: string): ExpectErrorDirective[] {
  const lines = text.split("\n");
  const directives: ExpectErrorDirective[] = [];
  lines.forEach((lineText, index) => {
    const match = DIRECTIVE.exec(lineText);
    if (!match) return;
    directives.push({
      file,
      line: index + 1,
      coveredLine: coveredLineIndex(lines, index) + 1,
      text: normaliseWhitespace(match[1]!),
    });
  });
  return directives;
}

/** The source with each directive turned into a plain comment of the same length: `@` becomes a space. */
export function neutraliseDirectives(text: string): string {
  return text.replace(/(\/\/\s*)@(ts-expect-error\b)/g, "$1 $2");
}

/** Compiler options of the repository's tsconfig, for files compiled outside its `include` list. */
export function repoCompilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const config = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (config.error) throw new Error(flatMessage(config.error));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(tsconfigPath));
  return parsed.options;
}

/**
 * Whether a directive names its error: there is an error on the line it covers, and its text is
 * part of the message of every error there, so that no other error hides under it. A directive
 * without text names nothing.
 */
export function namesItsError({ directive, messages }: DirectiveErrors): boolean {
  return directive.text !== "" && messages.length > 0 && messages.every((message) => message.includes(directive.text));
}

/** Every error each directive covers, in one program for all the files (a program per file is slow). */
export function collectDirectiveErrors(files: readonly string[], options: ts.CompilerOptions): DirectiveErrors[] {
  const sources = new Map(files.map((file) => [path.resolve(file), readFileSync(file, "utf8")]));
  const host = ts.createCompilerHost(options, true);
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = sources.get(path.resolve(fileName));
    if (text === undefined) return readSource(fileName, languageVersion, onError, shouldCreate);
    return ts.createSourceFile(fileName, neutraliseDirectives(text), languageVersion, true);
  };
  // A long expected type is cut short in a message ("…"), and the sentence at its end with it.
  const program = ts.createProgram({ rootNames: [...sources.keys()], options: { ...options, noErrorTruncation: true }, host });

  const results: DirectiveErrors[] = [];
  for (const [file, text] of sources) {
    const sourceFile = program.getSourceFile(file)!;
    const messagesByLine = new Map<number, string[]>();
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    for (const diagnostic of diagnostics) {
      if (diagnostic.start === undefined) continue;
      const line = sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
      messagesByLine.set(line, [...(messagesByLine.get(line) ?? []), flatMessage(diagnostic)]);
    }
    for (const directive of findDirectives(file, text)) {
      results.push({ directive, messages: messagesByLine.get(directive.coveredLine) ?? [] });
    }
  }
  return results;
}
