/**
 * Line handling shared by the text parsers: LF, CRLF and lone CR (classic Mac OS) all end a
 * line, a UTF-8 byte-order mark at the start is dropped, and a final line terminator does not
 * create an extra empty line.
 */

const LF = 10;
const CR = 13;

/** Remove a leading U+FEFF byte-order mark (how a UTF-8 BOM decodes). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Sequential reader over the lines of a string, tracking 1-based line numbers. */
export class LineReader {
  private readonly text: string;
  private pos = 0;
  // Cached positions of the next LF / CR at or after `pos` (-1: none left). Caching keeps
  // scanning linear even for files that contain no CR at all.
  private nextLf = -2;
  private nextCr = -2;
  private peeked: string | null = null;
  private hasPeeked = false;
  /** Line number of the line most recently returned by `next()` (0 before the first call). */
  lineNumber = 0;

  constructor(text: string) {
    this.text = stripBom(text);
  }

  /** The next line without its terminator, or null at end of input. */
  next(): string | null {
    if (this.hasPeeked) {
      this.hasPeeked = false;
      if (this.peeked !== null) this.lineNumber++;
      return this.peeked;
    }
    const line = this.read();
    if (line !== null) this.lineNumber++;
    return line;
  }

  /** The line `next()` would return, without consuming it. */
  peek(): string | null {
    if (!this.hasPeeked) {
      this.peeked = this.read();
      this.hasPeeked = true;
    }
    return this.peeked;
  }

  private read(): string | null {
    const text = this.text;
    const start = this.pos;
    if (start >= text.length) return null;
    if (this.nextLf !== -1 && this.nextLf < start) this.nextLf = text.indexOf("\n", start);
    if (this.nextCr !== -1 && this.nextCr < start) this.nextCr = text.indexOf("\r", start);
    const lf = this.nextLf;
    const cr = this.nextCr;
    let end: number;
    if (cr === -1 || (lf !== -1 && lf < cr)) {
      end = lf === -1 ? text.length : lf;
      this.pos = end + 1;
    } else {
      end = cr;
      this.pos = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
    }
    return text.slice(start, end);
  }
}

/** All lines of `text` (BOM stripped, any line ending). */
export function splitLines(text: string): string[] {
  const reader = new LineReader(text);
  const out: string[] = [];
  for (let line = reader.next(); line !== null; line = reader.next()) out.push(line);
  return out;
}

/** A line with its 1-based line number. */
export interface NumberedLine {
  text: string;
  lineNumber: number;
}

/** Iterate the lines of `text` with their 1-based line numbers. */
export function* iterateLines(text: string): Generator<NumberedLine, void, undefined> {
  const reader = new LineReader(text);
  for (let line = reader.next(); line !== null; line = reader.next()) {
    yield { text: line, lineNumber: reader.lineNumber };
  }
}

/** Replace CRLF and lone CR with LF and drop a leading BOM, for parsers that tokenize whole text. */
export function normalizeNewlines(text: string): string {
  const stripped = stripBom(text);
  return stripped.indexOf("\r") === -1 ? stripped : stripped.replace(/\r\n?/g, "\n");
}

/** True when the string has only spaces, tabs, vertical tabs or form feeds (or is empty). */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12) return false;
  }
  return true;
}

/**
 * Incremental line splitter for text that arrives in pieces (e.g. chunks decoded with
 * `TextDecoder#decode(chunk, { stream: true })`). Handles a CRLF split across pieces.
 */
export class StreamingLineSplitter {
  private carry = "";
  private pendingCr = false;
  private first = true;

  /** Feed a piece of text; `onLine` is called for every complete line. */
  push(piece: string, onLine: (line: string) => void): void {
    let text = piece;
    if (this.first && text.length > 0) {
      text = stripBom(text);
      this.first = false;
    }
    let pos = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === LF) pos = 1;
    }
    const n = text.length;
    // Fast path for the common case of a piece without CR: native indexOf finds each LF.
    if (text.indexOf("\r", pos) === -1) {
      while (pos < n) {
        const end = text.indexOf("\n", pos);
        if (end === -1) break;
        const line = this.carry.length > 0 ? this.carry + text.slice(pos, end) : text.slice(pos, end);
        this.carry = "";
        onLine(line);
        pos = end + 1;
      }
      if (pos < n) this.carry += text.slice(pos);
      return;
    }
    while (pos < n) {
      let end = pos;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === LF || c === CR) break;
        end++;
      }
      if (end === n) {
        this.carry += text.slice(pos);
        return;
      }
      const line = this.carry.length > 0 ? this.carry + text.slice(pos, end) : text.slice(pos, end);
      this.carry = "";
      onLine(line);
      if (text.charCodeAt(end) === CR) {
        if (end + 1 === n) {
          this.pendingCr = true;
          return;
        }
        pos = text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      } else {
        pos = end + 1;
      }
    }
  }

  /** Flush the last line if the input did not end with a line terminator. */
  end(onLine: (line: string) => void): void {
    if (this.carry.length > 0) onLine(this.carry);
    this.carry = "";
  }
}
