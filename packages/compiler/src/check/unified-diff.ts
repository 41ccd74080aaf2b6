/**
 * A unified diff of two texts, line by line, with three lines of context: what `aslc check`
 * prints for each drifted file. Edits are found with Myers' O(ND) algorithm, so files that
 * differ little cost little however long they are.
 */
type Edit = { readonly kind: " " | "-" | "+"; readonly line: string };

function edits(a: readonly string[], b: readonly string[]): Edit[] {
  const max = a.length + b.length;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
      let x = down ? v.get(k + 1)! : v.get(k - 1)! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v.set(k, x);
      if (x >= a.length && y >= b.length) return backtrack(a, b, trace, d);
    }
  }
  return [];
}

function backtrack(a: readonly string[], b: readonly string[], trace: Map<number, number>[], depth: number): Edit[] {
  const out: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v.get(prevK) ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) out.push({ kind: " ", line: a[--x]! }), y--;
    if (d > 0) {
      if (down) out.push({ kind: "+", line: b[--y]! });
      else out.push({ kind: "-", line: a[--x]! });
    }
  }
  return out.reverse();
}

function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The diff from `before` (on disk) to `after` (compiled), or "" when they are equal. */
export function unifiedDiff(before: string, after: string, path: string, context = 3): string {
  if (before === after) return "";
  const all = edits(splitLines(before), splitLines(after));
  const out = [`--- ${path} (on disk)`, `+++ ${path} (compiled)`];
  let i = 0;
  let oldLine = 1;
  let newLine = 1;
  while (i < all.length) {
    if (all[i]!.kind === " ") {
      i++, oldLine++, newLine++;
      continue;
    }
    // A hunk: back up to include context, run until a gap of more than 2×context unchanged lines.
    const start = Math.max(0, i - context);
    let end = i;
    let gap = 0;
    while (end < all.length && gap <= 2 * context) {
      gap = all[end]!.kind === " " ? gap + 1 : 0;
      end++;
    }
    end = Math.min(all.length, end - Math.max(0, gap - context));
    const hunk = all.slice(start, end);
    const back = i - start;
    const oldStart = oldLine - back;
    const newStart = newLine - back;
    const oldCount = hunk.filter((e) => e.kind !== "+").length;
    const newCount = hunk.filter((e) => e.kind !== "-").length;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const e of hunk) out.push(`${e.kind}${e.line}`);
    for (let j = i; j < end; j++) {
      if (all[j]!.kind !== "+") oldLine++;
      if (all[j]!.kind !== "-") newLine++;
    }
    i = end;
  }
  return `${out.join("\n")}\n`;
}
