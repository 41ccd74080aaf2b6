/**
 * An editor engine as the benchmark drives it: TypeScript 6's language service with the DSL's
 * plugin (typescript-6.ts) or TypeScript 7's native language server (typescript-7.ts). Both are
 * asked the same operations on the same texts (operations.ts), and answer in the same terms
 * (answers.ts).
 */
import type { Clock, Reading } from "../clock.ts";
import type { Answer } from "./answers.ts";
import type { Operation } from "./operations.ts";

export interface Asking {
  /** The time the operation took, on the clocks that apply (the others NaN). */
  readonly time: Reading;
  readonly answer: Answer;
  /** For a quick info, the DSL plugin's share of `time`, where the engine runs the plugin. */
  readonly plugin?: Reading;
}

/** One file open in an engine. */
export interface EngineFile {
  /** A new version of the file's whole text, as after a keystroke. */
  setText(text: string): void;
  /** Asks `op` at offset `at` of the current text (diagnostics: of the whole file). */
  ask(op: Operation, at: number): Promise<Asking>;
  close(): Promise<void>;
}

export interface Engine {
  /** The heading of the engine's table. */
  readonly title: string;
  /** A short name, for the lists of misses. */
  readonly name: string;
  /** The clocks its times are read on. */
  readonly clocks: readonly Clock[];
  /** Whether it runs the DSL's editor plugin. */
  readonly plugins: boolean;
  /** What a reader of its table should know about how it answers. */
  readonly notes: readonly string[];
  open(fileName: string, text: string): Promise<EngineFile>;
  dispose(): Promise<void>;
}
