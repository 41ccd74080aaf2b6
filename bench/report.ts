/**
 * Turns measurements into the printed tables: cost per case, cost per state after the baseline,
 * and how the cost per state grows with the size of the workflow.
 */
import { SHAPES, type Shape, type WorkflowCase } from "./generate-workflows.ts";

export interface Measurement {
  readonly case: WorkflowCase;
  /** Median over the runs. */
  readonly checkTime: number;
  readonly runs: number;
  readonly instantiations: number;
  readonly types: number;
  /** Set when runs disagreed on the instantiation count (they should not). */
  readonly unstable: boolean;
  readonly errorCount: number;
  readonly failure?: string;
  /** Cost per state once the baseline is subtracted; undefined for baselines. */
  readonly perStateMs?: number;
  readonly perStateInstantiations?: number;
}

/** The growth this benchmark holds the DSL to: per-state cost at 300 states over that at 20. */
export const TARGET_RATIO = 1.5;

export interface Ratio {
  readonly shape: Shape;
  readonly metric: "check time" | "instantiations";
  readonly at100: number;
  readonly at300: number;
  /** False when a size erred or did not finish: the checker stops early there, so the ratio means little. */
  readonly valid: boolean;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const fixed = (value: number | undefined, digits: number) => (value === undefined || Number.isNaN(value) ? "-" : value.toFixed(digits));
const times = (value: number) => (Number.isNaN(value) ? "-" : `${value.toFixed(2)}x`);
const count = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "-" : Math.round(value).toLocaleString("en-US"));

export function costTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => [
    m.case.name,
    String(m.case.states),
    fixed(m.checkTime, 2),
    String(m.runs),
    count(m.instantiations) + (m.unstable ? "*" : ""),
    count(m.types),
    fixed(m.perStateMs, 2),
    count(m.perStateInstantiations),
    m.failure ? m.failure : String(m.errorCount),
  ]);
  return table(["case", "states", "check s", "runs", "instantiations", "types", "ms/state", "inst/state", "errors"], rows);
}

export function ratios(measurements: readonly Measurement[]): Ratio[] {
  const result: Ratio[] = [];
  for (const shape of SHAPES) {
    const at = (n: number) => measurements.find((m) => m.case.shape === shape && m.case.states === n);
    const [small, mid, large] = [at(20), at(100), at(300)];
    if (!small || !mid || !large) continue;
    const of = (m: Measurement, metric: Ratio["metric"]) => (metric === "check time" ? m.perStateMs : m.perStateInstantiations) ?? Number.NaN;
    const valid = [small, mid, large].every((m) => m.errorCount === 0 && !m.failure);
    for (const metric of ["check time", "instantiations"] as const) {
      result.push({ shape, metric, at100: of(mid, metric) / of(small, metric), at300: of(large, metric) / of(small, metric), valid });
    }
  }
  return result;
}

/** A size that erred or did not finish counts as a miss. */
export function withinTarget(ratio: Ratio): boolean {
  return ratio.valid && ratio.at300 <= TARGET_RATIO;
}

export function ratioTable(list: readonly Ratio[]): string {
  const rows = list.map((r) => [
    r.shape,
    r.metric,
    times(r.at100),
    times(r.at300),
    `<= ${TARGET_RATIO}x`,
    Number.isNaN(r.at300) ? "no result" : !r.valid ? "errors" : withinTarget(r) ? "ok" : "OVER",
  ]);
  return table(["shape", "per-state", "100 vs 20", "300 vs 20", "target", "verdict"], rows);
}
