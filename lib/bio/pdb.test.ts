import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parseMmcif } from "./mmcif";
import { decodeHybrid36, parsePdb } from "./pdb";
import { BioParseError } from "./parse-error";
import { summarizeStructure, type Atom, type Structure } from "./structure";
import { atomArb } from "./test-arbitraries";

const text = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

interface OracleStructure {
  file: string;
  format: "PDB" | "mmCIF";
  models: number;
  atom_records_per_model: number[];
  model1_ATOM: number;
  model1_HETATM: number;
  model1_water_atoms: number;
  model1_altloc_atom_records: number;
  model1_altloc_ids: string[];
  model1_unique_atom_sites: number;
  model1_chains: string[];
  model1_ATOM_residues_per_chain: Record<string, number>;
  model1_HETATM_residues_per_chain: Record<string, number>;
  model1_het_residue_counts: Record<string, number>;
  model1_element_counts: Record<string, number>;
  model1_centroid_all_atom_records: [number, number, number];
  centroid_all_models_all_atom_records: [number, number, number];
  model1_bbox_min: [number, number, number];
  model1_bbox_max: [number, number, number];
  seqres_lengths?: Record<string, number>;
  entity_poly_seq_one_letter?: Record<string, string>;
}
const oracles = JSON.parse(text("oracles/structures.json")) as OracleStructure[];

function parseAny(o: OracleStructure): Structure {
  const name = o.file.split("/").pop()!;
  return o.format === "mmCIF" ? parseMmcif(text(name)) : parsePdb(text(name));
}

function caught(fn: () => unknown): BioParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BioParseError) return e;
    throw e;
  }
  throw new Error("expected a BioParseError");
}

describe("structures against the oracle", () => {
  it("covers all five oracle structures", () => expect(oracles).toHaveLength(5));

  for (const o of oracles) {
    it(`${o.file}: summary matches`, () => {
      const s = parseAny(o);
      const sum = summarizeStructure(s);
      expect(sum.modelCount).toBe(o.models);
      expect(sum.atomRecordsPerModel).toEqual(o.atom_records_per_model);
      expect(sum.atomRecords).toBe(o.atom_records_per_model[0]);
      expect(sum.atomCount).toBe(o.model1_ATOM);
      expect(sum.hetatmCount).toBe(o.model1_HETATM);
      expect(sum.waterCount).toBe(o.model1_water_atoms);
      expect(sum.altlocRecords).toBe(o.model1_altloc_atom_records);
      expect(sum.altlocIds).toEqual(o.model1_altloc_ids);
      expect(sum.uniqueAtomSites).toBe(o.model1_unique_atom_sites);
      expect(sum.chains.map((c) => c.id)).toEqual(o.model1_chains);
      for (const c of sum.chains) {
        expect(c.residueCount).toBe(o.model1_ATOM_residues_per_chain[c.id]);
        expect(c.hetResidueCount).toBe(o.model1_HETATM_residues_per_chain[c.id]);
      }
      expect(sum.hetResidues).toEqual(o.model1_het_residue_counts);
      expect(sum.elementCounts).toEqual(o.model1_element_counts);
      sum.centroid!.forEach((v, i) => expect(v).toBeCloseTo(o.model1_centroid_all_atom_records[i]!, 3));
      // Centroid over every model's atoms (NMR ensembles differ from model 1).
      const all = s.models.flatMap((m) => m.atoms);
      const mean = (k: "x" | "y" | "z"): number => all.reduce((acc, a) => acc + a[k], 0) / all.length;
      (["x", "y", "z"] as const).forEach((k, i) => expect(mean(k)).toBeCloseTo(o.centroid_all_models_all_atom_records[i]!, 3));
      const atoms = s.models[0]!.atoms;
      (["x", "y", "z"] as const).forEach((k, i) => {
        expect(Math.min(...atoms.map((a) => a[k]))).toBeCloseTo(o.model1_bbox_min[i]!, 3);
        expect(Math.max(...atoms.map((a) => a[k]))).toBeCloseTo(o.model1_bbox_max[i]!, 3);
      });
      if (o.seqres_lengths) expect(sum.seqresLengths).toEqual(o.seqres_lengths);
    });
  }

  it("1CRN.cif and 1crn.pdb give the same atoms and summary", () => {
    const cif = parseMmcif(text("1CRN.cif"));
    const pdb = parsePdb(text("1crn.pdb"));
    expect(cif.models[0]!.atoms).toEqual(pdb.models[0]!.atoms);
    expect(summarizeStructure(cif)).toEqual(summarizeStructure(pdb));
    expect(Object.fromEntries(Object.entries(cif.entityPolySeq).map(([k, v]) => [k, v.length]))).toEqual({ "1": 46 });
    expect(cif.idCode).toBe(pdb.idCode);
    expect(cif.title).toBe(pdb.title);
  });

  it("reads HEADER id, multi-line TITLE and MODEL serials", () => {
    const s = parsePdb(text("1LVZ.pdb"));
    expect(s.idCode).toBe("1LVZ");
    expect(s.title).toBe("METARHODOPSIN II BOUND STRUCTURE OF C-TERMINAL PEPTIDE OF ALPHA-SUBUNIT OF TRANSDUCIN");
    expect(s.models.map((m) => m.serial)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(parsePdb(text("1LVZ.pdb"), { maxModels: 2 }).models).toHaveLength(2);
  });

  it("decodes hybrid-36 serial numbers", () => {
    expect(decodeHybrid36("99999", 5)).toBe(99999);
    expect(decodeHybrid36("A0000", 5)).toBe(100000);
    expect(decodeHybrid36("a0000", 5)).toBe(100000 + 26 * 36 ** 4);
    expect(decodeHybrid36("A000", 4)).toBe(10000);
    expect(decodeHybrid36("A0b0", 4)).toBeNull();
  });
});

const ATOM = "ATOM      1  N   THR A   1      17.047  14.099   3.625  1.00 13.79           N";

describe("PDB errors", () => {
  const cases: Array<{ what: string; input: string; code: string; line: number; column?: number; columnEnd?: number }> = [
    { what: "letter in the y coordinate", input: `HEADER\n${ATOM.slice(0, 40)}1x.099${ATOM.slice(46)}\n`, code: "bad_coordinate", line: 2, column: 39, columnEnd: 46 },
    { what: "truncated ATOM line", input: `${ATOM}\n${ATOM.slice(0, 45)}\n`, code: "truncated_atom_line", line: 2, column: 46 },
    { what: "ENDMDL without MODEL", input: `${ATOM}\nENDMDL\n`, code: "endmdl_without_model", line: 2 },
    { what: "MODEL inside MODEL", input: `MODEL        1\n${ATOM}\nMODEL        2\n`, code: "nested_model", line: 3 },
    { what: "bad serial number", input: `${ATOM.slice(0, 6)}  1?3${ATOM.slice(11)}\n`, code: "bad_number", line: 1, column: 7, columnEnd: 11 },
    { what: "bad occupancy", input: `${ATOM.slice(0, 54)}  x.00${ATOM.slice(60)}\n`, code: "bad_number", line: 1, column: 55, columnEnd: 60 },
    { what: "no atoms at all", input: "HEADER    PROTEIN\nREMARK   1\n", code: "no_atoms", line: 2 },
  ];
  for (const c of cases) {
    it(`${c.what} → ${c.code} at line ${c.line}`, () => {
      const e = caught(() => parsePdb(c.input));
      expect({ code: e.code, line: e.line, column: e.column, columnEnd: e.columnEnd }).toEqual({ code: c.code, line: c.line, column: c.column, columnEnd: c.columnEnd });
    });
  }

  it("names the column range in the message", () => {
    expect(caught(() => parsePdb(`${ATOM.slice(0, 30)}  17.0x7${ATOM.slice(38)}`)).message).toBe('PDB line 1, columns 31-38: x coordinate "  17.0x7" is not a number');
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests

function pdbLine(a: Atom): string {
  const name = a.name.length < 4 && a.element.length === 1 ? ` ${a.name}`.padEnd(4) : a.name.padEnd(4);
  return (
    a.record.padEnd(6) +
    String(a.serial).padStart(5) +
    " " +
    name +
    (a.altLoc || " ") +
    a.resName.padStart(3) +
    " " +
    a.chainId +
    String(a.resSeq).padStart(4) +
    (a.iCode || " ") +
    "   " +
    a.x.toFixed(3).padStart(8) +
    a.y.toFixed(3).padStart(8) +
    a.z.toFixed(3).padStart(8) +
    a.occupancy.toFixed(2).padStart(6) +
    a.tempFactor.toFixed(2).padStart(6) +
    " ".repeat(10) +
    a.element.padStart(2)
  );
}

describe("PDB properties", () => {
  it("throws nothing but BioParseError on arbitrary text", () => {
    const pdbish = fc
      .array(fc.constantFrom(`${ATOM}\n`, "ATOM  ", "HETATM", "MODEL        1\n", "ENDMDL\n", "TER\n", "SEQRES   1 A   2  ALA GLY\n", "  1.0", "x", "\r\n", "\n"), { maxLength: 20 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), pdbish), (input) => {
        try {
          parsePdb(input);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("round-trips generated atoms through fixed columns, MODEL blocks and any line ending", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(atomArb, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.boolean(),
        (models, eol, explicitModels) => {
          const useModels = explicitModels || models.length > 1;
          const lines: string[] = ["HEADER    TEST STRUCTURE                          01-JAN-20   1ABC"];
          models.forEach((atoms, i) => {
            if (useModels) lines.push(`MODEL     ${String(i + 1).padStart(4)}`);
            for (const a of atoms) lines.push(pdbLine(a));
            if (useModels) lines.push("ENDMDL");
          });
          lines.push("END");
          const s = parsePdb(lines.join(eol));
          expect(s.idCode).toBe("1ABC");
          expect(s.models.map((m) => m.atoms)).toEqual(models);
          expect(s.models.map((m) => m.serial)).toEqual(models.map((_, i) => i + 1));
        },
      ),
      { numRuns: 150 },
    );
  });
});
