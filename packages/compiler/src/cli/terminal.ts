/**
 * What the command line prints, and how: results on stdout, diagnostics and progress on
 * stderr; colours only where a terminal shows them (NO_COLOR turns them off, FORCE_COLOR on,
 * NO_COLOR winning); `--quiet` keeps errors only, `--verbose` adds details; a progress line for
 * steps that take over a second, on a terminal, never under CI.
 */
import { styleText } from "node:util";
import { formatDiagnostic, type Diagnostic } from "../diagnostics.ts";

type Style = Parameters<typeof styleText>[0];

export interface TerminalOptions {
  /** Only errors are printed. @default false */
  readonly quiet?: boolean;
  /** Details too: files kept, cache use, tsconfigs. @default false */
  readonly verbose?: boolean;
  /** Output is JSON on stdout; nothing else is printed there. @default false */
  readonly json?: boolean;
}

/** Whether a stream shows colours, by the conventions of no-color.org and force-color.org. */
export function colorsFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return Boolean(stream.isTTY) && (stream.hasColors?.() ?? false);
}

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export class Terminal {
  private readonly outColors = colorsFor(process.stdout);
  private readonly errColors = colorsFor(process.stderr);
  private readonly started = performance.now();
  private step = "";
  private progressTimer: NodeJS.Timeout | undefined;
  private progressShown = false;

  constructor(readonly options: TerminalOptions = {}) {}

  private paint(style: Style, text: string, colors: boolean): string {
    return colors ? styleText(style, text) : text;
  }

  /** Seconds since the command started, as the summary line shows them. */
  elapsed(): string {
    const ms = performance.now() - this.started;
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  }

  /** A result line (stdout), unless quiet or JSON. */
  info(line: string): void {
    if (this.options.quiet || this.options.json) return;
    this.clearProgress();
    console.log(line);
  }

  /** A detail line (stdout), only when verbose. */
  detail(line: string): void {
    if (this.options.verbose) this.info(this.paint("dim", line, this.outColors));
  }

  /** The closing line of a command that succeeded. */
  summary(line: string): void {
    this.info(this.paint("green", line, this.outColors));
  }

  /** A result that must be seen (stdout), printed even when quiet: drift found by `check`. */
  finding(line: string): void {
    if (this.options.json) return;
    this.clearProgress();
    console.log(line);
  }

  /** A problem with how aslc was called (stderr), printed even when quiet. */
  problem(text: string): void {
    this.clearProgress();
    console.error(text);
  }

  json(value: unknown): void {
    this.clearProgress();
    console.log(JSON.stringify(value, null, 2));
  }

  /** Diagnostics that are the command's result (`lint`), on stdout; warnings only when not quiet. */
  findings(diagnostics: readonly Diagnostic[], cwd: string): void {
    for (const d of diagnostics) {
      if (d.severity === "warning" && this.options.quiet) continue;
      const label = `${d.severity} ${d.code}`;
      this.finding(formatDiagnostic(d, cwd).replace(label, this.paint(d.severity === "error" ? ["red", "bold"] : ["yellow", "bold"], label, this.outColors)));
    }
  }

  /** Diagnostics on stderr (warnings only when not quiet), then how many errors and warnings there were. */
  diagnostics(diagnostics: readonly Diagnostic[], cwd: string, command: string): void {
    this.clearProgress();
    for (const d of diagnostics) {
      if (d.severity === "warning" && this.options.quiet) continue;
      const text = formatDiagnostic(d, cwd);
      const label = `${d.severity} ${d.code}`;
      console.error(text.replace(label, this.paint(d.severity === "error" ? ["red", "bold"] : ["yellow", "bold"], label, this.errColors)));
    }
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    const counts = [plural(errors, "error"), ...(warnings > 0 ? [plural(warnings, "warning")] : [])].join(", ");
    if (errors > 0) console.error(this.paint(["red", "bold"], `aslc ${command}: ${counts} (${this.elapsed()}); nothing was written`, this.errColors));
  }

  /**
   * Shows what the command is doing on one stderr line, once it has taken a second: only on
   * a terminal, never under CI, never when quiet or printing JSON.
   */
  progress(command: string): (step: string) => void {
    const wanted = Boolean(process.stderr.isTTY) && !process.env.CI && !this.options.quiet && !this.options.json;
    if (wanted) {
      let frame = 0;
      this.progressTimer = setInterval(() => {
        if (performance.now() - this.started < 1000) return;
        this.progressShown = true;
        process.stderr.write(`\r\x1b[K${SPINNER[frame++ % SPINNER.length]} aslc ${command}: ${this.step} (${this.elapsed()})`);
      }, 100);
      this.progressTimer.unref();
    }
    return (step) => {
      this.step = step;
    };
  }

  /** Removes the progress line (before anything else is printed, and at the end). */
  clearProgress(): void {
    if (this.progressShown) process.stderr.write("\r\x1b[K");
    this.progressShown = false;
  }

  stopProgress(): void {
    clearInterval(this.progressTimer);
    this.clearProgress();
  }
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
