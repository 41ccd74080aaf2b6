/**
 * Line and column of an offset in a file's text. The line starts are found on the first question,
 * not when the file is read: most files are read without any node's site ever being asked for.
 */
import type { SourceSite } from "@aslc/dsl";

export type SiteAt = (offset: number) => SourceSite;

/** Sites in `text`, the contents of `file`: lines and columns count from 1, columns in UTF-16 units. */
export function textSites(file: string, text: string): SiteAt {
  let lineStarts: number[] | undefined;
  return (offset) => {
    lineStarts ??= findLineStarts(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { file, line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
