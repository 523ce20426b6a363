/**
 * INSDC feature locations (The DDBJ/ENA/GenBank Feature Table Definition, section 3.4,
 * https://www.insdc.org/submitting-standards/feature-table/): `467`, `340..565`, `<345..500`,
 * `<1..>888`, `(102.110)..600`, `102.110`, `123^124`, `J00194.1:100..202`, and the operators
 * `complement(...)`, `join(...)` and `order(...)` (plus GenPept's `bond(...)`), nested in any
 * combination.
 */

import { BioParseError, type BioParsePosition } from "./parse-error";

/** `<` (extends before), `>` (extends after), `~` (lies within an uncertain span), or exact. */
export type FuzzyMark = "<" | ">" | "~" | null;

/** A span of bases, 1-based inclusive as written (`start..end`, or a single base with start = end). */
export interface RangeLocation {
  kind: "range";
  start: number;
  end: number;
  startFuzzy: FuzzyMark;
  endFuzzy: FuzzyMark;
  /** Remote entry (`J00194.1:100..202`), or null for this record. */
  accession: string | null;
}

/** A site between two bases (`123^124`; `n^1` between the last and first base of a circular molecule). */
export interface BetweenLocation {
  kind: "between";
  after: number;
  before: number;
  accession: string | null;
}

/** One base somewhere within `start.end` (both 1-based inclusive). */
export interface WithinLocation {
  kind: "within";
  start: number;
  end: number;
  accession: string | null;
}

/** The reverse complement of the enclosed location. */
export interface ComplementLocation {
  kind: "complement";
  location: FeatureLocation;
}

/**
 * `join` (parts are joined to form one contiguous sequence), `order` (order unspecified) or
 * `bond` (residues linked by a bond, used in GenPept protein records).
 */
export interface JoinLocation {
  kind: "join" | "order" | "bond";
  parts: FeatureLocation[];
}

/** Parsed feature location. */
export type FeatureLocation = RangeLocation | BetweenLocation | WithinLocation | ComplementLocation | JoinLocation;

/** A 0-based half-open interval on one strand, in biological order within its feature. */
export interface LocationSegment {
  start: number;
  end: number;
  strand: 1 | -1;
  accession: string | null;
  startFuzzy: FuzzyMark;
  endFuzzy: FuzzyMark;
}

/** Maps an index in the location string to a file position, for error messages. */
export type LocationPositionMapper = (index: number) => BioParsePosition;

const defaultMapper: LocationPositionMapper = (index) => ({ line: 1, column: index + 1 });

class LocationParser {
  private i = 0;

  constructor(
    private readonly s: string,
    private readonly at: LocationPositionMapper,
  ) {}

  parse(): FeatureLocation {
    if (this.s.length === 0) this.fail(0, "empty location");
    const loc = this.location();
    if (this.i < this.s.length) this.fail(this.i, `unexpected '${this.s[this.i]}'`);
    return loc;
  }

  private fail(index: number, what: string): never {
    throw new BioParseError("genbank", "bad_location", this.at(index), `bad location ${JSON.stringify(this.s)}: ${what}`);
  }

  private location(): FeatureLocation {
    const m = /^(complement|join|order|bond)\(/.exec(this.s.slice(this.i, this.i + 11));
    if (m !== null) {
      const op = m[1] as "complement" | "join" | "order" | "bond";
      this.i += op.length + 1;
      const parts: FeatureLocation[] = [this.location()];
      while (this.s[this.i] === ",") {
        this.i++;
        parts.push(this.location());
      }
      if (this.s[this.i] !== ")") this.fail(this.i, this.i < this.s.length ? `expected ')' or ',' but found '${this.s[this.i]}'` : "missing ')'");
      this.i++;
      if (op === "complement") {
        // complement() takes one location; a list inside is an implicit join (seen in old records).
        return { kind: "complement", location: parts.length === 1 ? parts[0]! : { kind: "join", parts } };
      }
      return { kind: op, parts };
    }
    return this.base();
  }

  private base(): FeatureLocation {
    const acc = /^([A-Za-z][A-Za-z0-9_]*(?:\.[0-9]+)?):/.exec(this.s.slice(this.i));
    let accession: string | null = null;
    if (acc !== null) {
      accession = acc[1]!;
      this.i += acc[0].length;
    }
    const first = this.position();
    const c = this.s[this.i];
    if (c === "." && this.s[this.i + 1] === ".") {
      this.i += 2;
      const second = this.position();
      // For an uncertain span "(a.b)" the outer bound is kept: a for the start, b for the end.
      return { kind: "range", start: first.lo, end: second.hi, startFuzzy: first.fuzzy, endFuzzy: second.fuzzy, accession };
    }
    if (c === "^") {
      if (first.fuzzy !== null) this.fail(this.i, "a between-site cannot have fuzzy ends");
      this.i++;
      const before = this.number();
      return { kind: "between", after: first.lo, before, accession };
    }
    if (first.fuzzy === "~") return { kind: "within", start: first.lo, end: first.hi, accession };
    if (c === "." && first.fuzzy === null) {
      this.i++;
      const end = this.number();
      return { kind: "within", start: first.lo, end, accession };
    }
    return { kind: "range", start: first.lo, end: first.lo, startFuzzy: first.fuzzy, endFuzzy: first.fuzzy, accession };
  }

  /** `123`, `<123`, `>123` or `(102.110)`; `lo`/`hi` are equal except for the last form. */
  private position(): { lo: number; hi: number; fuzzy: FuzzyMark } {
    const c = this.s[this.i];
    if (c === "<" || c === ">") {
      this.i++;
      const value = this.number();
      return { lo: value, hi: value, fuzzy: c };
    }
    if (c === "(") {
      this.i++;
      const lo = this.number();
      if (this.s[this.i] !== ".") this.fail(this.i, "expected '.' inside '(n.m)'");
      this.i++;
      const hi = this.number();
      if (this.s[this.i] !== ")") this.fail(this.i, "expected ')'");
      this.i++;
      return { lo, hi, fuzzy: "~" };
    }
    const value = this.number();
    return { lo: value, hi: value, fuzzy: null };
  }

  private number(): number {
    const start = this.i;
    while (this.i < this.s.length && this.s.charCodeAt(this.i) >= 48 && this.s.charCodeAt(this.i) <= 57) this.i++;
    if (this.i === start) {
      this.fail(start, this.i < this.s.length ? `expected a base number but found '${this.s[this.i]}'` : "expected a base number");
    }
    const value = Number(this.s.slice(start, this.i));
    if (value < 1 || !Number.isSafeInteger(value)) this.fail(start, `base number ${this.s.slice(start, this.i)} is out of range (bases are numbered from 1)`);
    return value;
  }
}

/**
 * Parse a location string (whitespace already removed). `mapIndex` turns a string index into
 * a file position for the error; by default errors point at line 1.
 */
export function parseLocation(text: string, mapIndex: LocationPositionMapper = defaultMapper): FeatureLocation {
  return new LocationParser(text, mapIndex).parse();
}

function formatPosition(value: number, fuzzy: FuzzyMark): string {
  if (fuzzy === "<" || fuzzy === ">") return `${fuzzy}${value}`;
  // Only the outer bound of an uncertain span is kept, so "(a.b)" is rendered as "(a.a)".
  if (fuzzy === "~") return `(${value}.${value})`;
  return String(value);
}

/** Render a location in INSDC syntax (inverse of {@link parseLocation} for the supported forms). */
export function formatLocation(loc: FeatureLocation): string {
  switch (loc.kind) {
    case "range": {
      const prefix = loc.accession !== null ? `${loc.accession}:` : "";
      if (loc.start === loc.end && loc.startFuzzy === loc.endFuzzy && loc.startFuzzy !== "~") {
        return prefix + formatPosition(loc.start, loc.startFuzzy);
      }
      return `${prefix}${formatPosition(loc.start, loc.startFuzzy)}..${formatPosition(loc.end, loc.endFuzzy)}`;
    }
    case "between":
      return `${loc.accession !== null ? `${loc.accession}:` : ""}${loc.after}^${loc.before}`;
    case "within":
      return `${loc.accession !== null ? `${loc.accession}:` : ""}${loc.start}.${loc.end}`;
    case "complement":
      return `complement(${formatLocation(loc.location)})`;
    case "join":
    case "order":
    case "bond":
      return `${loc.kind}(${loc.parts.map(formatLocation).join(",")})`;
  }
}

/** Options for {@link locationToSegments}. */
export interface SegmentOptions {
  /** Sequence length; needed to split a range that wraps the origin of a circular molecule. */
  sequenceLengthBp?: number;
  circular?: boolean;
}

/**
 * Convert a location to 0-based half-open segments in biological (5'→3') order:
 * `complement(join(a,b))` gives b then a, both on the minus strand. A between-site becomes an
 * empty segment; `start > end` on a circular molecule wraps through the origin.
 */
export function locationToSegments(loc: FeatureLocation, options: SegmentOptions = {}): LocationSegment[] {
  switch (loc.kind) {
    case "range":
      if (loc.start > loc.end) {
        const len = options.sequenceLengthBp;
        if (options.circular !== true || len === undefined) {
          throw new RangeError(`range ${loc.start}..${loc.end} runs backwards; only a circular molecule can wrap the origin`);
        }
        return [
          { start: loc.start - 1, end: len, strand: 1, accession: loc.accession, startFuzzy: loc.startFuzzy, endFuzzy: null },
          { start: 0, end: loc.end, strand: 1, accession: loc.accession, startFuzzy: null, endFuzzy: loc.endFuzzy },
        ];
      }
      return [{ start: loc.start - 1, end: loc.end, strand: 1, accession: loc.accession, startFuzzy: loc.startFuzzy, endFuzzy: loc.endFuzzy }];
    case "between":
      return [{ start: loc.after, end: loc.after, strand: 1, accession: loc.accession, startFuzzy: null, endFuzzy: null }];
    case "within":
      return [{ start: loc.start - 1, end: loc.end, strand: 1, accession: loc.accession, startFuzzy: "~", endFuzzy: "~" }];
    case "complement":
      return locationToSegments(loc.location, options)
        .reverse()
        .map((s) => ({ ...s, strand: s.strand === 1 ? -1 : 1 }));
    case "join":
    case "order":
    case "bond":
      return loc.parts.flatMap((p) => locationToSegments(p, options));
  }
}

/** Every range/between/within leaf of a location, in written order. */
export function locationLeaves(loc: FeatureLocation): Array<RangeLocation | BetweenLocation | WithinLocation> {
  switch (loc.kind) {
    case "complement":
      return locationLeaves(loc.location);
    case "join":
    case "order":
    case "bond":
      return loc.parts.flatMap(locationLeaves);
    default:
      return [loc];
  }
}
