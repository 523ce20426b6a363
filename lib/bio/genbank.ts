/**
 * GenBank flat file parser (NCBI GenBank release notes, section 3.4 "Structure of the
 * sequence entry", https://ftp.ncbi.nih.gov/genbank/gbrel.txt; feature table per the INSDC
 * Feature Table Definition). Header keywords occupy columns 1-12, feature keys start in column
 * 6, locations and qualifiers in column 22, and each record ends with `//`.
 */

import { BioParseError, type BioParsePosition } from "./parse-error";
import { LineReader, isBlank } from "./lines";
import {
  locationLeaves,
  locationToSegments,
  parseLocation,
  type FeatureLocation,
  type LocationSegment,
} from "./genbank-location";
import { reverseComplement } from "./sequence";
import { GENETIC_CODES } from "./genetic-codes";
import { translate } from "./translate";

/** Fields of the LOCUS line. */
export interface GenBankLocus {
  name: string;
  lengthBp: number;
  /** `bp` for nucleotide records, `aa` for protein (GenPept) records. */
  unit: "bp" | "aa";
  /** e.g. `DNA`, `mRNA`, `ss-RNA`; null when absent (protein records). */
  moleculeType: string | null;
  topology: "linear" | "circular" | null;
  /** Three-letter GenBank division such as `BCT` or `VRL`. */
  division: string | null;
  /** Date as written, e.g. `21-JUL-2008`. */
  date: string | null;
}

/** A feature qualifier; `value` is null for value-less qualifiers such as `/pseudo`. */
export interface GenBankQualifier {
  key: string;
  value: string | null;
}

/** One entry of the FEATURES table. */
export interface GenBankFeature {
  type: string;
  /** Location as written, whitespace removed. */
  locationText: string;
  location: FeatureLocation;
  qualifiers: GenBankQualifier[];
  /** 1-based line of the feature key. */
  line: number;
}

/** One GenBank record. */
export interface GenBankRecord {
  locus: GenBankLocus;
  /** DEFINITION text, continuation lines joined by single spaces, without the closing period. */
  definition: string;
  /** Primary accession (first ACCESSION token), or null. */
  accession: string | null;
  accessions: string[];
  /** Accession.version from the VERSION line, or null. */
  version: string | null;
  keywords: string[];
  source: string | null;
  organism: string | null;
  taxonomy: string[];
  features: GenBankFeature[];
  /** ORIGIN sequence as written (usually lowercase), or null when the record has no ORIGIN. */
  sequence: string | null;
}

/** Options for {@link parseGenBank}. */
export interface ParseGenBankOptions {
  /** Stop after this many records. */
  maxRecords?: number;
}

const DATE = /^\d{1,2}-[A-Za-z]{3}-\d{4}$/;

function fail(code: ConstructorParameters<typeof BioParseError>[1], pos: BioParsePosition, detail: string): never {
  throw new BioParseError("genbank", code, pos, detail);
}

/** Parse the LOCUS line by tokens (column positions vary between writers, e.g. `ss-RNA` shifts them). */
function parseLocus(line: string, lineNumber: number): GenBankLocus {
  const tokens = line.slice(5).trim().split(/\s+/).filter((t) => t.length > 0);
  const unitIndex = tokens.findIndex((t, i) => i >= 1 && (t === "bp" || t === "aa"));
  if (tokens.length === 0 || unitIndex < 2 || !/^\d+$/.test(tokens[unitIndex - 1]!)) {
    fail("bad_locus", { line: lineNumber }, `LOCUS line must give a name and a length such as '9609 bp': ${JSON.stringify(line.trim())}`);
  }
  const locus: GenBankLocus = {
    name: tokens[0]!,
    lengthBp: Number(tokens[unitIndex - 1]),
    unit: tokens[unitIndex] as "bp" | "aa",
    moleculeType: null,
    topology: null,
    division: null,
    date: null,
  };
  const rest: string[] = [];
  for (const t of tokens.slice(unitIndex + 1)) {
    if (DATE.test(t)) locus.date = t;
    else if (t.toLowerCase() === "linear" || t.toLowerCase() === "circular") locus.topology = t.toLowerCase() as "linear" | "circular";
    else rest.push(t);
  }
  // Molecule type precedes the division; protein records have only the division.
  if (rest.length >= 2) {
    locus.moleculeType = rest[0]!;
    locus.division = rest[1]!;
  } else if (rest.length === 1) {
    if (/(DNA|RNA)$/i.test(rest[0]!)) locus.moleculeType = rest[0]!;
    else locus.division = rest[0]!;
  }
  return locus;
}

interface LocationPiece {
  text: string;
  /** Index in the joined location string where this piece starts. */
  offset: number;
  line: number;
  /** 1-based column of the piece's first character. */
  column: number;
}

interface PendingQualifier {
  key: string;
  parts: string[];
  quoted: boolean;
  closed: boolean;
  line: number;
}

interface PendingFeature {
  type: string;
  line: number;
  pieces: LocationPiece[];
  locationLength: number;
  qualifiers: GenBankQualifier[];
  open: PendingQualifier | null;
  inLocation: boolean;
}

/** Scan a quoted qualifier fragment; returns the text up to the closing quote and whether it closed. */
function scanQuoted(fragment: string): { text: string; closed: boolean; trailing: string } {
  let out = "";
  let i = 0;
  while (i < fragment.length) {
    const ch = fragment[i]!;
    if (ch === '"') {
      if (fragment[i + 1] === '"') {
        out += '"'; // "" is an escaped quote inside a quoted value
        i += 2;
        continue;
      }
      return { text: out, closed: true, trailing: fragment.slice(i + 1) };
    }
    out += ch;
    i++;
  }
  return { text: out, closed: false, trailing: "" };
}

class GenBankParser {
  private readonly reader: LineReader;
  private readonly records: GenBankRecord[] = [];

  constructor(text: string) {
    this.reader = new LineReader(text);
  }

  parse(maxRecords: number): GenBankRecord[] {
    for (;;) {
      const line = this.nextNonBlank();
      if (line === null) break;
      if (!line.startsWith("LOCUS")) {
        fail("missing_locus", { line: this.reader.lineNumber }, `expected a LOCUS line to start a record, found ${JSON.stringify(line.slice(0, 40))}`);
      }
      this.records.push(this.record(line));
      if (this.records.length >= maxRecords) break;
    }
    if (this.records.length === 0) fail("empty_file", { line: 1 }, "no GenBank records found (empty file)");
    return this.records;
  }

  private nextNonBlank(): string | null {
    for (let line = this.reader.next(); line !== null; line = this.reader.next()) if (!isBlank(line)) return line;
    return null;
  }

  private record(locusLine: string): GenBankRecord {
    const rec: GenBankRecord = {
      locus: parseLocus(locusLine, this.reader.lineNumber),
      definition: "",
      accession: null,
      accessions: [],
      version: null,
      keywords: [],
      source: null,
      organism: null,
      taxonomy: [],
      features: [],
      sequence: null,
    };
    let keyword = "";
    let subKeyword = "";
    const header = new Map<string, string[]>();
    let line = this.reader.next();
    while (line !== null) {
      const lineNumber = this.reader.lineNumber;
      if (line.startsWith("//")) {
        this.finishHeader(rec, header);
        this.checkRecord(rec, lineNumber);
        return rec;
      }
      if (line.startsWith("LOCUS ")) {
        fail("missing_terminator", { line: lineNumber }, `record ${rec.locus.name} is not terminated by '//' before the next LOCUS line`);
      }
      const key = line.slice(0, 12).trim();
      if (line.startsWith("FEATURES")) {
        line = this.features(rec);
        continue;
      }
      if (line.startsWith("ORIGIN")) {
        line = this.origin(rec);
        continue;
      }
      if (line.length > 0 && line[0] !== " ") {
        keyword = key.split(/\s+/)[0] ?? key;
        subKeyword = "";
        if (keyword === "CONTIG") {
          line = this.skipUntilTerminator();
          continue;
        }
        pushHeader(header, keyword, line.slice(12).trim());
      } else if (key.length > 0 && !isBlank(line)) {
        subKeyword = key.split(/\s+/)[0] ?? key;
        pushHeader(header, `${keyword}/${subKeyword}`, line.slice(12).trim());
      } else if (!isBlank(line)) {
        pushHeader(header, subKeyword ? `${keyword}/${subKeyword}` : keyword, line.trim());
      }
      line = this.reader.next();
    }
    fail("missing_terminator", { line: Math.max(this.reader.lineNumber, 1) }, `record ${rec.locus.name} is not terminated by '//'`);
  }

  private skipUntilTerminator(): string | null {
    let line = this.reader.next();
    while (line !== null && !line.startsWith("//") && !line.startsWith("ORIGIN")) line = this.reader.next();
    return line;
  }

  private finishHeader(rec: GenBankRecord, header: Map<string, string[]>): void {
    const joined = (k: string): string | null => {
      const v = header.get(k);
      return v === undefined ? null : v.join(" ").replace(/\s+/g, " ").trim();
    };
    // The DEFINITION field ends with a period that is punctuation, not content (GenBank release
    // notes 3.4.5); it is dropped as Biopython does.
    rec.definition = (joined("DEFINITION") ?? "").replace(/\.$/, "");
    const acc = joined("ACCESSION");
    rec.accessions = acc === null ? [] : acc.split(/\s+/).filter((t) => t.length > 0);
    rec.accession = rec.accessions[0] ?? null;
    rec.version = joined("VERSION")?.split(/\s+/)[0] ?? null;
    const kw = joined("KEYWORDS");
    rec.keywords =
      kw === null || kw === "."
        ? []
        : kw
            .replace(/\.$/, "")
            .split(";")
            .map((k) => k.trim())
            .filter((k) => k.length > 0);
    rec.source = joined("SOURCE");
    // ORGANISM: the first line is the name; lineage lines contain ';' or end with '.'.
    const organismLines = header.get("SOURCE/ORGANISM") ?? [];
    const name: string[] = [];
    const lineage: string[] = [];
    for (const [i, l] of organismLines.entries()) {
      if (i === 0 || (lineage.length === 0 && !l.includes(";") && !l.endsWith("."))) name.push(l);
      else lineage.push(l);
    }
    rec.organism = name.length > 0 ? name.join(" ") : null;
    rec.taxonomy = lineage
      .join(" ")
      .replace(/\.$/, "")
      .split(";")
      .map((t) => t.trim())
      .filter((t) => t.length > 0);
  }

  /** Cross-checks that need the whole record: ORIGIN length vs LOCUS, locations within the sequence. */
  private checkRecord(rec: GenBankRecord, terminatorLine: number): void {
    const len = rec.locus.lengthBp;
    if (rec.sequence !== null && rec.sequence.length !== len) {
      fail(
        "origin_length_mismatch",
        { line: terminatorLine },
        `ORIGIN has ${rec.sequence.length} ${rec.locus.unit === "aa" ? "residues" : "bases"} but the LOCUS line declares ${len}`,
      );
    }
    for (const f of rec.features) {
      for (const leaf of locationLeaves(f.location)) {
        const remote = leaf.accession !== null;
        // Only a local range on a circular molecule may wrap the origin (start > end).
        if (leaf.kind === "range" && leaf.start > leaf.end && (remote || rec.locus.topology !== "circular")) {
          const where = remote ? `in entry ${leaf.accession}` : `on a ${rec.locus.topology ?? "non-circular"} molecule`;
          fail("bad_location", { line: f.line }, `${f.type} location ${f.locationText} runs backwards ${where}`);
        }
        if (remote) continue;
        const lo = leaf.kind === "between" ? leaf.after : leaf.start;
        const hi = leaf.kind === "between" ? leaf.before : leaf.end;
        if (Math.max(lo, hi) > len) {
          fail("bad_location", { line: f.line }, `${f.type} location ${f.locationText} extends beyond the sequence length ${len}`);
        }
      }
    }
  }

  /** Read the feature table; returns the first line after it. */
  private features(rec: GenBankRecord): string | null {
    let current: PendingFeature | null = null;
    let line = this.reader.next();
    for (; line !== null; line = this.reader.next()) {
      if (line.length > 0 && line[0] !== " ") break; // next keyword (ORIGIN, BASE COUNT, CONTIG, //)
      if (isBlank(line)) continue;
      const lineNumber = this.reader.lineNumber;
      const indent = line.length - line.trimStart().length;
      if (indent < 21 && indent >= 1) {
        if (current !== null) rec.features.push(this.finishFeature(current));
        const body = line.trimStart();
        const key = body.split(/\s+/)[0]!;
        const locStart = line.indexOf(key) + key.length;
        const locText = line.slice(locStart);
        current = { type: key, line: lineNumber, pieces: [], locationLength: 0, qualifiers: [], open: null, inLocation: true };
        this.addLocationPiece(current, locText, lineNumber, locStart);
        continue;
      }
      if (current === null) fail("bad_qualifier", { line: lineNumber, column: indent + 1 }, "qualifier or location text before the first feature key");
      this.featureContinuation(current, line, indent, lineNumber);
    }
    if (current !== null) rec.features.push(this.finishFeature(current));
    return line;
  }

  private addLocationPiece(f: PendingFeature, text: string, line: number, startIndex: number): void {
    // Whitespace inside locations is insignificant; keep a map back to file columns.
    for (const m of text.matchAll(/\S+/g)) {
      f.pieces.push({ text: m[0], offset: f.locationLength, line, column: startIndex + m.index + 1 });
      f.locationLength += m[0].length;
    }
  }

  private featureContinuation(f: PendingFeature, line: string, indent: number, lineNumber: number): void {
    const body = line.slice(indent);
    const open = f.open;
    if (open !== null && !open.closed && open.quoted) {
      const { text, closed, trailing } = scanQuoted(line.trim());
      open.parts.push(text);
      if (closed) this.closeQualifier(f, open, trailing, lineNumber);
      return;
    }
    if (body.startsWith("/")) {
      f.inLocation = false;
      if (open !== null) this.commitQualifier(f, open);
      const eq = body.indexOf("=");
      const key = (eq === -1 ? body.slice(1) : body.slice(1, eq)).trimEnd();
      if (key.length === 0 || /\s/.test(key)) fail("bad_qualifier", { line: lineNumber, column: indent + 1 }, `malformed qualifier ${JSON.stringify(body)}`);
      if (eq === -1) {
        f.open = { key, parts: [], quoted: false, closed: true, line: lineNumber };
        return;
      }
      const raw = body.slice(eq + 1);
      if (raw.startsWith('"')) {
        const { text, closed, trailing } = scanQuoted(raw.slice(1));
        const q: PendingQualifier = { key, parts: [text], quoted: true, closed, line: lineNumber };
        f.open = q;
        if (closed) this.closeQualifier(f, q, trailing, lineNumber);
      } else {
        f.open = { key, parts: [raw.trim()], quoted: false, closed: false, line: lineNumber };
      }
      return;
    }
    if (f.inLocation) {
      this.addLocationPiece(f, line, lineNumber, 0);
      return;
    }
    if (open !== null && !open.quoted && !open.closed) {
      open.parts.push(body.trim()); // unquoted value wrapped onto the next line
      return;
    }
    fail("bad_qualifier", { line: lineNumber, column: indent + 1 }, `unexpected text in feature ${f.type}: ${JSON.stringify(body.slice(0, 40))}`);
  }

  private closeQualifier(f: PendingFeature, q: PendingQualifier, trailing: string, lineNumber: number): void {
    q.closed = true;
    if (trailing.trim().length > 0) {
      fail("bad_qualifier", { line: lineNumber }, `text after the closing quote of /${q.key}: ${JSON.stringify(trailing.trim())}`);
    }
    this.commitQualifier(f, q);
    f.open = null;
  }

  private commitQualifier(f: PendingFeature, q: PendingQualifier): void {
    if (q.quoted && !q.closed) fail("bad_qualifier", { line: q.line }, `unterminated quoted value of /${q.key}`);
    let value: string | null;
    if (!q.quoted && q.parts.length === 0) value = null;
    else if (q.key === "translation") value = q.parts.join("").replace(/\s+/g, ""); // protein text: no spaces
    else if (q.quoted) value = q.parts.join(" ").replace(/ +/g, " ").trim();
    else value = q.parts.join("");
    f.qualifiers.push({ key: q.key, value });
    f.open = null;
  }

  private finishFeature(f: PendingFeature): GenBankFeature {
    if (f.open !== null) this.commitQualifier(f, f.open);
    const locationText = f.pieces.map((p) => p.text).join("");
    const mapIndex = (index: number): BioParsePosition => {
      let piece = f.pieces[0];
      for (const p of f.pieces) if (p.offset <= index) piece = p;
      if (piece === undefined) return { line: f.line };
      const within = Math.min(index - piece.offset, piece.text.length);
      return { line: piece.line, column: piece.column + within };
    };
    if (locationText.length === 0) fail("bad_location", { line: f.line }, `feature ${f.type} has no location`);
    const location = parseLocation(locationText, mapIndex);
    return { type: f.type, locationText, location, qualifiers: f.qualifiers, line: f.line };
  }

  /** Read ORIGIN sequence lines; returns the terminator line (or null at EOF). */
  private origin(rec: GenBankRecord): string | null {
    const parts: string[] = [];
    let line = this.reader.next();
    for (; line !== null; line = this.reader.next()) {
      if (line.startsWith("//")) break;
      if (line.length > 0 && line[0] !== " " && !/^\d/.test(line)) break;
      let chunk = "";
      for (let i = 0; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 42 || c === 45 || c === 46) chunk += line[i];
        else if (!(c >= 48 && c <= 57) && c !== 32 && c !== 9) {
          fail("invalid_sequence_char", { line: this.reader.lineNumber, column: i + 1 }, `invalid character ${JSON.stringify(line[i])} in ORIGIN sequence`);
        }
      }
      parts.push(chunk);
    }
    rec.sequence = parts.join("");
    return line;
  }
}

function pushHeader(header: Map<string, string[]>, key: string, value: string): void {
  const list = header.get(key);
  if (list === undefined) header.set(key, [value]);
  else list.push(value);
}

/** Parse GenBank flat-file text (one or more records). Throws {@link BioParseError} on malformed input. */
export function parseGenBank(text: string, options: ParseGenBankOptions = {}): GenBankRecord[] {
  return new GenBankParser(text).parse(options.maxRecords ?? Infinity);
}

/** First value of a qualifier: a string, null for a value-less qualifier, undefined when absent. */
export function qualifierValue(feature: GenBankFeature, key: string): string | null | undefined {
  return feature.qualifiers.find((q) => q.key === key)?.value;
}

/** The feature's location as 0-based half-open segments in biological order. */
export function featureSegments(record: GenBankRecord, feature: GenBankFeature): LocationSegment[] {
  return locationToSegments(feature.location, { sequenceLengthBp: record.locus.lengthBp, circular: record.locus.topology === "circular" });
}

function isSelf(record: GenBankRecord, accession: string): boolean {
  return accession === record.accession || accession === record.version || accession === record.locus.name;
}

/**
 * The feature's nucleotide sequence (segments joined in biological order, minus-strand parts
 * reverse-complemented). Null when the record has no sequence or the location refers to
 * another entry.
 */
export function extractFeatureSequence(record: GenBankRecord, feature: GenBankFeature): string | null {
  const seq = record.sequence;
  if (seq === null) return null;
  let out = "";
  for (const s of featureSegments(record, feature)) {
    if (s.accession !== null && !isSelf(record, s.accession)) return null;
    const part = seq.slice(s.start, s.end);
    out += s.strand === -1 ? reverseComplement(part) : part;
  }
  return out;
}

/**
 * Translate a CDS feature: honours `/codon_start` and `/transl_table` (default 1, or
 * `options.table`), and reads the first codon as a start (M) unless the 5' end is partial.
 * The result includes a terminal `*` when the CDS ends with a stop codon. Throws
 * {@link BioParseError} (bad_qualifier) for an unknown `/transl_table`.
 */
export function translateFeature(record: GenBankRecord, feature: GenBankFeature, options: { table?: number } = {}): string | null {
  const nt = extractFeatureSequence(record, feature);
  if (nt === null) return null;
  const codonStart = Number(qualifierValue(feature, "codon_start") ?? "1");
  const tableText = qualifierValue(feature, "transl_table") ?? "1";
  const table = options.table ?? Number(tableText);
  if (!GENETIC_CODES.has(table)) {
    fail("bad_qualifier", { line: feature.line }, `${feature.type} has /transl_table=${tableText}, which is not an NCBI genetic code`);
  }
  const segments = featureSegments(record, feature);
  const first = segments[0];
  const partial5 = first !== undefined && (first.strand === 1 ? first.startFuzzy === "<" : first.endFuzzy === ">");
  const offset = codonStart >= 1 && codonStart <= 3 ? codonStart - 1 : 0;
  return translate(nt.slice(offset), { table, cds: !partial5 && offset === 0 });
}
