/**
 * mmCIF coordinates (PDBx/mmCIF dictionary, https://mmcif.wwpdb.org/): `_atom_site` rows mapped
 * to the same {@link Atom} model as the PDB parser, using the author fields that PDB-format
 * files carry (auth_asym_id, auth_seq_id, auth_comp_id, auth_atom_id) so that an entry gives the
 * same summary in both formats.
 */

import { BioParseError } from "./parse-error";
import { cifCategory, parseCif, type CifTable, type CifValue } from "./cif";
import type { Atom, Structure, StructureModel } from "./structure";

/** Parsed mmCIF entry: the shared structure model plus entity sequences. */
export interface MmcifStructure extends Structure {
  /** `_entity_poly_seq` residue names per entity id. */
  entityPolySeq: Record<string, string[]>;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parse an mmCIF file (first data block). Throws {@link BioParseError} on syntax or `_atom_site` errors. */
export function parseMmcif(text: string): MmcifStructure {
  const blocks = parseCif(text);
  const block = blocks[0];
  if (block === undefined) throw new BioParseError("mmcif", "missing_data_block", { line: 1 }, "no data_ block found");
  const atomSite = cifCategory(block, "_atom_site");
  if (atomSite === null || atomSite.rowCount === 0) {
    throw new BioParseError("mmcif", "no_atoms", { line: 1 }, `data block ${block.name} has no _atom_site records`);
  }
  const models = readAtoms(atomSite);
  const entityPolySeq = readEntityPolySeq(cifCategory(block, "_entity_poly_seq"));
  const seqres = readSeqres(cifCategory(block, "_pdbx_poly_seq_scheme"), entityPolySeq, atomSite);
  const result: MmcifStructure = { models, seqres, entityPolySeq };
  const title = cifCategory(block, "_struct");
  const titleValue = title?.value(0, title.column("title"));
  if (titleValue) result.title = titleValue.replace(/\s+/g, " ").trim();
  const entry = cifCategory(block, "_entry");
  const id = entry?.value(0, entry.column("id"));
  result.idCode = id ?? block.name;
  return result;
}

function readAtoms(t: CifTable): StructureModel[] {
  const col = (...names: string[]): number => {
    for (const name of names) {
      const c = t.column(name);
      if (c >= 0) return c;
    }
    return -1;
  };
  const required = (name: string): number => {
    const c = t.column(name);
    if (c < 0) throw new BioParseError("mmcif", "missing_atom_site_column", { line: t.line(0) }, `_atom_site has no ${name} column`);
    return c;
  };
  const cx = required("Cartn_x");
  const cy = required("Cartn_y");
  const cz = required("Cartn_z");
  const cGroup = col("group_PDB");
  const cId = col("id");
  const cName = col("auth_atom_id", "label_atom_id");
  const cAlt = col("label_alt_id");
  const cRes = col("auth_comp_id", "label_comp_id");
  const cChain = col("auth_asym_id", "label_asym_id");
  const cSeq = col("auth_seq_id", "label_seq_id");
  const cIns = col("pdbx_PDB_ins_code");
  const cOcc = col("occupancy");
  const cB = col("B_iso_or_equiv");
  const cEl = col("type_symbol");
  const cModel = col("pdbx_PDB_model_num");
  const models = new Map<string, StructureModel>();
  const str = (v: CifValue): string => v ?? "";
  for (let row = 0; row < t.rowCount; row++) {
    const line = t.line(row);
    const num = (c: number, what: string, code: "bad_coordinate" | "bad_number", fallback: number): number => {
      const v = t.value(row, c);
      if (v === null) {
        if (code === "bad_coordinate") throw new BioParseError("mmcif", code, { line }, `${what} is missing`);
        return fallback;
      }
      if (!NUMBER.test(v)) throw new BioParseError("mmcif", code, { line }, `${what} ${JSON.stringify(v)} is not a number`);
      return Number(v);
    };
    const group = str(t.value(row, cGroup)).toUpperCase();
    const atom: Atom = {
      record: group === "HETATM" ? "HETATM" : "ATOM",
      serial: num(cId, "atom id", "bad_number", row + 1),
      name: str(t.value(row, cName)),
      altLoc: str(t.value(row, cAlt)),
      resName: str(t.value(row, cRes)),
      chainId: str(t.value(row, cChain)),
      resSeq: num(cSeq, "residue number", "bad_number", 0),
      iCode: str(t.value(row, cIns)),
      x: num(cx, "Cartn_x", "bad_coordinate", 0),
      y: num(cy, "Cartn_y", "bad_coordinate", 0),
      z: num(cz, "Cartn_z", "bad_coordinate", 0),
      occupancy: num(cOcc, "occupancy", "bad_number", 1),
      tempFactor: num(cB, "B_iso_or_equiv", "bad_number", 0),
      element: str(t.value(row, cEl)).toUpperCase(),
    };
    const modelKey = str(t.value(row, cModel)) || "1";
    let model = models.get(modelKey);
    if (model === undefined) {
      const serial = Number(modelKey);
      model = { serial: Number.isInteger(serial) ? serial : models.size + 1, atoms: [] };
      models.set(modelKey, model);
    }
    model.atoms.push(atom);
  }
  return [...models.values()];
}

function readEntityPolySeq(t: CifTable | null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (t === null) return out;
  const cEntity = t.column("entity_id");
  const cNum = t.column("num");
  const cMon = t.column("mon_id");
  const seen = new Set<string>();
  for (let row = 0; row < t.rowCount; row++) {
    const entity = t.value(row, cEntity) ?? "";
    const key = `${entity}\u0000${t.value(row, cNum) ?? row}`;
    // Microheterogeneity lists several monomers at one position: keep the first.
    if (seen.has(key)) continue;
    seen.add(key);
    (out[entity] ??= []).push(t.value(row, cMon) ?? "UNK");
  }
  return out;
}

/** Residue names per author chain, like PDB SEQRES (from `_pdbx_poly_seq_scheme`, else via entities). */
function readSeqres(scheme: CifTable | null, entities: Record<string, string[]>, atomSite: CifTable): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (scheme !== null) {
    const cStrand = scheme.column("pdb_strand_id");
    const cAsym = scheme.column("asym_id");
    const cSeq = scheme.column("seq_id");
    const cMon = scheme.column("mon_id");
    const seen = new Set<string>();
    for (let row = 0; row < scheme.rowCount; row++) {
      const chain = scheme.value(row, cStrand) ?? scheme.value(row, cAsym) ?? "";
      const key = `${chain}\u0000${scheme.value(row, cSeq) ?? row}`;
      if (seen.has(key)) continue;
      seen.add(key);
      (out[chain] ??= []).push(scheme.value(row, cMon) ?? "UNK");
    }
    return out;
  }
  const cEntity = atomSite.column("label_entity_id");
  const cChain = atomSite.column("auth_asym_id") >= 0 ? atomSite.column("auth_asym_id") : atomSite.column("label_asym_id");
  if (cEntity < 0 || cChain < 0) return out;
  for (let row = 0; row < atomSite.rowCount; row++) {
    const entity = atomSite.value(row, cEntity);
    const chain = atomSite.value(row, cChain) ?? "";
    const seq = entity === null ? undefined : entities[entity];
    if (seq !== undefined && out[chain] === undefined) out[chain] = seq.slice();
  }
  return out;
}
