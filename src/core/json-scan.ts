/**
 * One pass over a JSON file's bytes: where each line starts, each `{`/`[` with the offset of
 * the bracket that closes it (-1 if none), and how many keys are written. Byte offsets equal the offsets of the Latin-1 text
 * the positions are computed in (see `decodeJsonBytes`). Strings are jumped with the native
 * indexOf, so the loop only walks structure and indentation.
 */
export interface JsonScan {
  lineStarts: Int32Array;
  open: Int32Array;
  close: Int32Array;
  /** Strings followed by a colon: more than the parsed objects hold when a key is written twice. */
  keys: number;
}

export function scanJson(bytes: Uint8Array): JsonScan {
  const lineStarts = new Growable();
  const open = new Growable();
  const close = new Growable();
  const stack: number[] = [];
  let keys = 0;
  lineStarts.push(0);
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 34 /* " */) {
      i = endOfString(bytes, i);
      let next = i;
      while (bytes[next] === 32 || bytes[next] === 10 || bytes[next] === 13 || bytes[next] === 9) next++;
      if (bytes[next] === 58 /* : */) keys++;
      i--;
    } else if (c === 123 || c === 91) {
      stack.push(open.length);
      open.push(i);
      close.push(-1);
    } else if ((c === 125 || c === 93) && stack.length > 0) close.set(stack.pop()!, i);
  }
  return { lineStarts: lineStarts.view(), open: open.view(), close: close.view(), keys };
}

/** The offset just past the string opening at `i` (the text parsed, so no string holds a raw newline). */
function endOfString(bytes: Uint8Array, i: number): number {
  let j = i + 1;
  for (;;) {
    const quote = bytes.indexOf(34, j);
    if (quote < 0) return bytes.length;
    let backslashes = 0;
    for (let k = quote - 1; bytes[k] === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    j = quote + 1;
  }
}

/** An Int32Array that doubles as it fills: a million offsets without a million-element JS array. */
class Growable {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  set(index: number, value: number): void {
    this.data[index] = value;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
