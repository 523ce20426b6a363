/**
 * CIF 1.1 / mmCIF syntax (International Tables for Crystallography Vol. G, section 2.2.7;
 * https://www.iucr.org/resources/cif/spec/version1.1/cifsyntax): `data_` blocks, `_tag value`
 * pairs, `loop_` tables, comments from `#`, values quoted with '…' or "…" (a quote closes only
 * when followed by whitespace), and text fields between lines that start with `;`. The
 * unquoted values `?` (unknown) and `.` (inapplicable) are returned as null.
 */

import { BioParseError } from "./parse-error";
import { normalizeNewlines } from "./lines";

/** A CIF value; null for the unquoted `?` and `.` placeholders. */
export type CifValue = string | null;

/** A `loop_` table: `values` is row-major, `rowLines` gives the line where each row starts. */
export interface CifLoop {
  tags: string[];
  values: CifValue[];
  rowLines: number[];
  line: number;
}

/** One `data_` block. */
export interface CifBlock {
  name: string;
  items: Map<string, { value: CifValue; line: number }>;
  loops: CifLoop[];
}

interface Token {
  kind: "tag" | "value" | "loop" | "data" | "save" | "global" | "stop";
  text: string;
  value: CifValue;
  line: number;
}

const WS_SPACE = 32;
const WS_TAB = 9;
const LF = 10;

function isSpace(c: number): boolean {
  return c === WS_SPACE || c === WS_TAB || c === LF || c === 13;
}

class Tokenizer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly s: string) {}

  next(): Token | null {
    const s = this.s;
    const n = s.length;
    for (;;) {
      while (this.pos < n && isSpace(s.charCodeAt(this.pos))) {
        if (s.charCodeAt(this.pos) === LF) {
          this.line++;
          this.lineStart = this.pos + 1;
        }
        this.pos++;
      }
      if (this.pos >= n) return null;
      if (s[this.pos] === "#") {
        const eol = s.indexOf("\n", this.pos);
        this.pos = eol === -1 ? n : eol;
        continue;
      }
      break;
    }
    const start = this.pos;
    const line = this.line;
    const ch = s[start]!;
    if (ch === ";" && start === this.lineStart) return this.textField(start, line);
    if (ch === "'" || ch === '"') return this.quoted(start, line, ch);
    let end = start;
    while (end < n && !isSpace(s.charCodeAt(end))) end++;
    this.pos = end;
    const text = s.slice(start, end);
    if (ch === "_") return { kind: "tag", text, value: null, line };
    const lower = text.length >= 5 ? text.slice(0, 5).toLowerCase() : text.toLowerCase();
    if (lower === "data_") return { kind: "data", text: text.slice(5), value: null, line };
    if (lower === "loop_" && text.length === 5) return { kind: "loop", text, value: null, line };
    if (lower === "save_") return { kind: "save", text, value: null, line };
    if (text.toLowerCase() === "global_") return { kind: "global", text, value: null, line };
    if (text.toLowerCase() === "stop_") return { kind: "stop", text, value: null, line };
    return { kind: "value", text, value: text === "?" || text === "." ? null : text, line };
  }

  /** A quoted value ends at the first matching quote followed by whitespace or end of input. */
  private quoted(start: number, line: number, q: string): Token {
    const s = this.s;
    let i = start + 1;
    for (;;) {
      const j = s.indexOf(q, i);
      const eol = s.indexOf("\n", i);
      if (j === -1 || (eol !== -1 && eol < j)) {
        throw new BioParseError("mmcif", "unterminated_quote", { line, column: start - this.lineStart + 1 }, `quoted value starting with ${q} is not closed on the same line`);
      }
      if (j + 1 >= s.length || isSpace(s.charCodeAt(j + 1))) {
        this.pos = j + 1;
        const text = s.slice(start + 1, j);
        return { kind: "value", text, value: text, line };
      }
      i = j + 1;
    }
  }

  /** `;` at the start of a line opens a text field that runs to the next line starting with `;`. */
  private textField(start: number, line: number): Token {
    const s = this.s;
    const close = s.indexOf("\n;", start);
    if (close === -1) {
      throw new BioParseError("mmcif", "unterminated_text_field", { line }, "text field opened with ';' is never closed by a line starting with ';'");
    }
    const text = s.slice(start + 1, close);
    for (let k = start; k <= close; k++) if (s.charCodeAt(k) === LF) this.line++;
    this.lineStart = close + 1;
    this.pos = close + 2;
    return { kind: "value", text, value: text, line };
  }
}

/** Parse CIF text into data blocks. Throws {@link BioParseError} on syntax errors. */
export function parseCif(text: string): CifBlock[] {
  const tz = new Tokenizer(normalizeNewlines(text));
  const blocks: CifBlock[] = [];
  let block: CifBlock | null = null;
  let tok = tz.next();
  const needBlock = (t: Token): CifBlock => {
    if (block === null) throw new BioParseError("mmcif", "missing_data_block", { line: t.line }, `${t.text} appears before the first data_ block header`);
    return block;
  };
  while (tok !== null) {
    switch (tok.kind) {
      case "data":
        block = { name: tok.text, items: new Map(), loops: [] };
        blocks.push(block);
        tok = tz.next();
        break;
      case "save":
      case "global":
      case "stop":
        tok = tz.next(); // save frames (dictionaries) are flattened into the enclosing block
        break;
      case "tag": {
        const b = needBlock(tok);
        const value = tz.next();
        if (value === null || value.kind !== "value") {
          throw new BioParseError("mmcif", "unexpected_token", { line: tok.line }, `tag ${tok.text} has no value`);
        }
        b.items.set(tok.text, { value: value.value, line: value.line });
        tok = tz.next();
        break;
      }
      case "loop": {
        const b = needBlock(tok);
        const loop: CifLoop = { tags: [], values: [], rowLines: [], line: tok.line };
        tok = tz.next();
        while (tok !== null && tok.kind === "tag") {
          loop.tags.push(tok.text);
          tok = tz.next();
        }
        if (loop.tags.length === 0) throw new BioParseError("mmcif", "unexpected_token", { line: loop.line }, "loop_ without tags");
        const width = loop.tags.length;
        while (tok !== null && tok.kind === "value") {
          if (loop.values.length % width === 0) loop.rowLines.push(tok.line);
          loop.values.push(tok.value);
          tok = tz.next();
        }
        if (loop.values.length % width !== 0) {
          throw new BioParseError(
            "mmcif",
            "loop_value_count",
            { line: loop.line },
            `loop_ of ${loop.tags[0]!.split(".")[0]} has ${loop.values.length} values, not a multiple of its ${width} columns`,
          );
        }
        b.loops.push(loop);
        break;
      }
      case "value":
        throw new BioParseError("mmcif", "unexpected_token", { line: tok.line }, `value ${JSON.stringify(tok.text.slice(0, 30))} without a tag`);
    }
  }
  return blocks;
}

/** A category (e.g. `_atom_site`) as a table, whether written as a loop or as tag-value pairs. */
export interface CifTable {
  rowCount: number;
  /** Column index for a field name (the part after the dot), or -1. */
  column(field: string): number;
  value(row: number, column: number): CifValue;
  /** Line where the row starts. */
  line(row: number): number;
}

/** The rows of a category in a block, or null when the category is absent. */
export function cifCategory(block: CifBlock, category: string): CifTable | null {
  const prefix = `${category.toLowerCase()}.`;
  for (const loop of block.loops) {
    if (!loop.tags[0]!.toLowerCase().startsWith(prefix)) continue;
    const fields = loop.tags.map((t) => t.slice(prefix.length).toLowerCase());
    const width = fields.length;
    return {
      rowCount: loop.values.length / width,
      column: (field) => fields.indexOf(field.toLowerCase()),
      value: (row, c) => (c < 0 ? null : (loop.values[row * width + c] ?? null)),
      line: (row) => loop.rowLines[row] ?? loop.line,
    };
  }
  const fields: string[] = [];
  const values: CifValue[] = [];
  let line = 0;
  for (const [tag, item] of block.items) {
    if (!tag.toLowerCase().startsWith(prefix)) continue;
    fields.push(tag.slice(prefix.length).toLowerCase());
    values.push(item.value);
    if (line === 0) line = item.line;
  }
  if (fields.length === 0) return null;
  return {
    rowCount: 1,
    column: (field) => fields.indexOf(field.toLowerCase()),
    value: (_row, c) => (c < 0 ? null : (values[c] ?? null)),
    line: () => line,
  };
}
