/**
 * Format-independent macromolecular structure model shared by the PDB and mmCIF parsers, and
 * the summary shown in previews.
 */

/** One ATOM/HETATM record (an mmCIF `_atom_site` row). */
export interface Atom {
  record: "ATOM" | "HETATM";
  serial: number;
  /** Atom name, e.g. `CA`, trimmed. */
  name: string;
  /** Alternate location indicator, "" when none. */
  altLoc: string;
  resName: string;
  chainId: string;
  resSeq: number;
  /** Insertion code, "" when none. */
  iCode: string;
  x: number;
  y: number;
  z: number;
  occupancy: number;
  tempFactor: number;
  /** Element symbol (upper case), "" when neither given nor derivable. */
  element: string;
}

/** One model (NMR ensembles have many; X-ray entries usually one). */
export interface StructureModel {
  serial: number;
  atoms: Atom[];
}

/** Parsed coordinates and sequence information. */
export interface Structure {
  models: StructureModel[];
  /** Residue names per chain from SEQRES (PDB) or the polymer sequence scheme (mmCIF). */
  seqres: Record<string, string[]>;
  title?: string;
  idCode?: string;
}

/** Per-chain counts for model 1. */
export interface ChainSummary {
  id: string;
  /** Distinct residues (resSeq + insertion code) among ATOM records. */
  residueCount: number;
  /** Distinct non-water residues among HETATM records. */
  hetResidueCount: number;
  /** ATOM + HETATM records of the chain. */
  atomCount: number;
}

/** The structure overview used in previews. All counts refer to model 1 unless noted. */
export interface StructureSummary {
  modelCount: number;
  /** ATOM + HETATM records in model 1. */
  atomRecords: number;
  /** Records per model, in model order. */
  atomRecordsPerModel: number[];
  /** ATOM records in model 1. */
  atomCount: number;
  hetatmCount: number;
  /** Water atoms (HOH, WAT, DOD, …) in model 1. */
  waterCount: number;
  /** Records with a non-blank alternate location indicator. */
  altlocRecords: number;
  altlocIds: string[];
  /** Atom sites after merging alternate locations (chain, residue, insertion code, atom name). */
  uniqueAtomSites: number;
  chains: ChainSummary[];
  /** Non-water HETATM residue names and how many residues of each (waters are counted in `waterCount`). */
  hetResidues: Record<string, number>;
  elementCounts: Record<string, number>;
  /** Unweighted mean of all model-1 atom records, or null without atoms. */
  centroid: [number, number, number] | null;
  /** SEQRES residue count per chain. */
  seqresLengths: Record<string, number>;
}

// Residue names used for water in the PDB Chemical Component Dictionary and common MD tools.
const WATER = new Set(["HOH", "WAT", "DOD", "H2O", "TIP", "TIP3", "SOL"]);

/** Whether a residue name denotes water. */
export function isWater(resName: string): boolean {
  return WATER.has(resName.toUpperCase());
}

/** Summarise a parsed structure (model 1 for per-atom figures). */
export function summarizeStructure(structure: Structure): StructureSummary {
  const model = structure.models[0];
  const atoms = model?.atoms ?? [];
  let atomCount = 0;
  let hetatmCount = 0;
  let waterCount = 0;
  let altlocRecords = 0;
  const altlocIds = new Set<string>();
  const sites = new Set<string>();
  const chains = new Map<string, { residues: Set<string>; het: Set<string>; atoms: number }>();
  const hetResidueKeys = new Map<string, Set<string>>();
  const elementCounts: Record<string, number> = {};
  let sx = 0;
  let sy = 0;
  let sz = 0;
  for (const a of atoms) {
    const residueKey = `${a.resSeq}\u0000${a.iCode}`;
    let chain = chains.get(a.chainId);
    if (chain === undefined) {
      chain = { residues: new Set(), het: new Set(), atoms: 0 };
      chains.set(a.chainId, chain);
    }
    chain.atoms++;
    if (a.record === "ATOM") {
      atomCount++;
      chain.residues.add(residueKey);
    } else {
      hetatmCount++;
      if (isWater(a.resName)) {
        waterCount++;
      } else {
        chain.het.add(`${residueKey}\u0000${a.resName}`);
        let set = hetResidueKeys.get(a.resName);
        if (set === undefined) {
          set = new Set();
          hetResidueKeys.set(a.resName, set);
        }
        set.add(`${a.chainId}\u0000${residueKey}`);
      }
    }
    if (a.altLoc !== "") {
      altlocRecords++;
      altlocIds.add(a.altLoc);
    }
    sites.add(`${a.chainId}\u0000${residueKey}\u0000${a.name}`);
    if (a.element !== "") elementCounts[a.element] = (elementCounts[a.element] ?? 0) + 1;
    sx += a.x;
    sy += a.y;
    sz += a.z;
  }
  const n = atoms.length;
  const hetResidues: Record<string, number> = {};
  for (const [name, set] of hetResidueKeys) hetResidues[name] = set.size;
  const seqresLengths: Record<string, number> = {};
  for (const [chain, residues] of Object.entries(structure.seqres)) seqresLengths[chain] = residues.length;
  return {
    modelCount: structure.models.length,
    atomRecords: n,
    atomRecordsPerModel: structure.models.map((m) => m.atoms.length),
    atomCount,
    hetatmCount,
    waterCount,
    altlocRecords,
    altlocIds: [...altlocIds].sort(),
    uniqueAtomSites: sites.size,
    chains: [...chains].map(([id, c]) => ({ id, residueCount: c.residues.size, hetResidueCount: c.het.size, atomCount: c.atoms })),
    hetResidues,
    elementCounts,
    centroid: n === 0 ? null : [sx / n, sy / n, sz / n],
    seqresLengths,
  };
}
