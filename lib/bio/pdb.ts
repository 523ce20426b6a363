/**
 * PDB format parser (wwPDB "Atomic Coordinate Entry Format Description" v3.3,
 * https://www.wwpdb.org/documentation/file-format-content/format33/v3.3.html). ATOM/HETATM are
 * fixed-column records; numbers too large for their columns use hybrid-36 (as written by
 * CCTBX and gemmi for > 99,999 atoms).
 */

import { BioParseError } from "./parse-error";
import { LineReader } from "./lines";
import type { Atom, Structure, StructureModel } from "./structure";

/** Options for {@link parsePdb}. */
export interface ParsePdbOptions {
  /** Stop after this many models (NMR ensembles can be large). */
  maxModels?: number;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A fixed-width field: 1-based inclusive columns as in the format description. */
interface Field {
  name: string;
  from: number;
  to: number;
}
const X: Field = { name: "x coordinate", from: 31, to: 38 };
const Y: Field = { name: "y coordinate", from: 39, to: 46 };
const Z: Field = { name: "z coordinate", from: 47, to: 54 };
const OCCUPANCY: Field = { name: "occupancy", from: 55, to: 60 };
const TEMP_FACTOR: Field = { name: "temperature factor", from: 61, to: 66 };
const SERIAL: Field = { name: "atom serial number", from: 7, to: 11 };
const RES_SEQ: Field = { name: "residue sequence number", from: 23, to: 26 };

const col = (line: string, f: Field): string => line.slice(f.from - 1, f.to);

/** Decode a hybrid-36 number of the given width ("A0000" = 100000 for width 5). Null when invalid. */
export function decodeHybrid36(text: string, width: number): number | null {
  const s = text.trim();
  if (s.length === 0) return null;
  if (/^-?\d+$/.test(s)) return Number(s);
  if (s.length !== width) return null;
  const upper = /^[A-Z][0-9A-Z]*$/.test(s);
  const lower = /^[a-z][0-9a-z]*$/.test(s);
  if (!upper && !lower) return null;
  const base = 10 * 36 ** (width - 1);
  const value = parseInt(s, 36) - base + 10 ** width;
  return upper ? value : value + 26 * 36 ** (width - 1);
}

class PdbParser {
  private readonly reader: LineReader;
  private readonly models: StructureModel[] = [];
  private current: StructureModel | null = null;
  private inExplicitModel = false;
  private readonly seqres: Record<string, string[]> = {};
  private readonly titleParts: string[] = [];
  private idCode: string | undefined;
  private atomTotal = 0;

  constructor(text: string) {
    this.reader = new LineReader(text);
  }

  parse(maxModels: number): Structure {
    for (let line = this.reader.next(); line !== null; line = this.reader.next()) {
      const record = line.slice(0, 6).trimEnd();
      const n = this.reader.lineNumber;
      if (record === "ATOM" || record === "HETATM") this.atom(line, record, n);
      else if (record === "MODEL") {
        if (this.inExplicitModel) {
          throw new BioParseError("pdb", "nested_model", { line: n }, "MODEL record before the previous model's ENDMDL");
        }
        if (this.models.length >= maxModels) break;
        const serial = Number(line.slice(6).trim().split(/\s+/)[0] ?? "");
        this.current = { serial: Number.isInteger(serial) && serial > 0 ? serial : this.models.length + 1, atoms: [] };
        this.models.push(this.current);
        this.inExplicitModel = true;
      } else if (record === "ENDMDL") {
        if (!this.inExplicitModel) throw new BioParseError("pdb", "endmdl_without_model", { line: n }, "ENDMDL record without a preceding MODEL");
        this.inExplicitModel = false;
      } else if (record === "SEQRES") this.seqresLine(line);
      else if (record === "HEADER") {
        const id = line.slice(62, 66).trim();
        if (id.length > 0) this.idCode = id;
      } else if (record === "TITLE") this.titleParts.push(line.slice(10).trim());
      else if (record === "END") break;
    }
    if (this.atomTotal === 0) {
      throw new BioParseError("pdb", "no_atoms", { line: Math.max(this.reader.lineNumber, 1) }, "no ATOM or HETATM records found");
    }
    const structure: Structure = { models: this.models, seqres: this.seqres };
    if (this.titleParts.length > 0) structure.title = this.titleParts.join(" ").replace(/\s+/g, " ").trim();
    if (this.idCode !== undefined) structure.idCode = this.idCode;
    return structure;
  }

  private seqresLine(line: string): void {
    const chain = line.slice(11, 12).trim();
    const residues = line.slice(19, 70).trim().split(/\s+/).filter((r) => r.length > 0);
    (this.seqres[chain] ??= []).push(...residues);
  }

  private number(line: string, f: Field, n: number, code: "bad_coordinate" | "bad_number", fallback?: number): number {
    const raw = col(line, f).trim();
    if (raw.length === 0 && fallback !== undefined) return fallback;
    if (!NUMBER.test(raw)) {
      throw new BioParseError(
        "pdb",
        code,
        { line: n, column: f.from, columnEnd: f.to },
        `${f.name} ${JSON.stringify(col(line, f))} is not a number`,
      );
    }
    return Number(raw);
  }

  private integer(line: string, f: Field, n: number, width: number): number {
    const raw = col(line, f);
    if (raw.trim().length === 0) return 0;
    const value = decodeHybrid36(raw, width);
    if (value === null) {
      throw new BioParseError("pdb", "bad_number", { line: n, column: f.from, columnEnd: f.to }, `${f.name} ${JSON.stringify(raw)} is not a number`);
    }
    return value;
  }

  private atom(line: string, record: "ATOM" | "HETATM", n: number): void {
    const text = line.trimEnd();
    if (text.length < Z.to) {
      throw new BioParseError(
        "pdb",
        "truncated_atom_line",
        { line: n, column: text.length + 1 },
        `${record} record is ${text.length} characters long; coordinates need columns ${X.from}-${Z.to}`,
      );
    }
    const name = line.slice(12, 16);
    const atom: Atom = {
      record,
      serial: this.integer(line, SERIAL, n, 5),
      name: name.trim(),
      altLoc: line.slice(16, 17).trim(),
      resName: line.slice(17, 20).trim(),
      chainId: line.slice(21, 22).trim(),
      resSeq: this.integer(line, RES_SEQ, n, 4),
      iCode: line.slice(26, 27).trim(),
      x: this.number(line, X, n, "bad_coordinate"),
      y: this.number(line, Y, n, "bad_coordinate"),
      z: this.number(line, Z, n, "bad_coordinate"),
      occupancy: this.number(line, OCCUPANCY, n, "bad_number", 1),
      tempFactor: this.number(line, TEMP_FACTOR, n, "bad_number", 0),
      element: line.slice(76, 78).trim().toUpperCase() || elementFromName(name, record),
    };
    if (this.current === null) {
      this.current = { serial: 1, atoms: [] };
      this.models.push(this.current);
    }
    this.current.atoms.push(atom);
    this.atomTotal++;
  }
}

/**
 * Element from the atom-name field when columns 77-78 are blank: the element symbol is
 * right-justified in columns 13-14, so " CA " is carbon and "CA  " (HETATM) calcium.
 */
function elementFromName(name: string, record: "ATOM" | "HETATM"): string {
  const two = name.slice(0, 2).replace(/[^A-Za-z]/g, "").toUpperCase();
  if (name[0] === " " || /\d/.test(name[0] ?? "")) return two.slice(0, 1);
  return record === "HETATM" && two.length === 2 ? two : two.slice(0, 1);
}

/** Parse PDB-format text. Throws {@link BioParseError} on malformed coordinate records. */
export function parsePdb(text: string, options: ParsePdbOptions = {}): Structure {
  return new PdbParser(text).parse(options.maxModels ?? Infinity);
}
