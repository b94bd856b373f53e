/** A 0-based line and UTF-16 character, as editors count them. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/**
 * Converts UTF-16 offsets of a text to lines and characters and back, for texts the editor has not opened
 * (references and symbols in files on disk). Lines end at LF; a CR before the LF belongs to its line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  /** The line and character of an offset. */
  positionAt(offset: number): LinePosition {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return { line: low, character: offset - (this.starts[low] ?? 0) };
  }
}
