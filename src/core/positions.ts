import type { Position } from './diagnostic.js';

/**
 * Offsets to 1-based line/column by binary search over line starts.
 * The table is built on first use, so a file that reports nothing never pays for it.
 */
export class LineIndex {
  private starts: ArrayLike<number> | undefined;

  /** `lineStarts` gives the table when another scan already found it. */
  constructor(
    private readonly text: string,
    private readonly lineStarts?: () => ArrayLike<number>,
  ) {}

  positionAt(offset: number): Position {
    const starts = (this.starts ??= this.lineStarts ? this.lineStarts() : computeLineStarts(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
