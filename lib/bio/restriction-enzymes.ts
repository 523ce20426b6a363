/**
 * Common commercial restriction enzymes (REBASE recognition sites and cut positions). Cut
 * offsets are counted from the first base of the recognition site on the top strand, between
 * bases: EcoRI G^AATTC cuts the top strand at 1 and the bottom strand at 5 (5′ overhang AATT).
 * Type IIS enzymes cut outside their site: BsaI GGTCTC(1/5) cuts at 6+1 and 6+5.
 */

export interface RestrictionEnzyme {
  name: string;
  /** Recognition site, IUPAC, 5′→3′ on the top strand. */
  site: string;
  /** Top-strand cut, bases after the start of the site (may exceed the site: type IIS). */
  cutTop: number;
  /** Bottom-strand cut, in the same top-strand coordinates. */
  cutBottom: number;
  /** Notes that change how results should be read. */
  note?: string;
}

const e = (name: string, site: string, cutTop: number, cutBottom: number, note?: string): RestrictionEnzyme => ({ name, site, cutTop, cutBottom, ...(note ? { note } : {}) });

/** The curated table, alphabetical. */
export const RESTRICTION_ENZYMES: readonly RestrictionEnzyme[] = [
  e("AatII", "GACGTC", 5, 1),
  e("AccI", "GTMKAC", 2, 4),
  e("AluI", "AGCT", 2, 2),
  e("ApaI", "GGGCCC", 5, 1),
  e("AscI", "GGCGCGCC", 2, 6),
  e("AvaI", "CYCGRG", 1, 5),
  e("AvrII", "CCTAGG", 1, 5),
  e("BamHI", "GGATCC", 1, 5),
  e("BbsI", "GAAGAC", 8, 12),
  e("BglII", "AGATCT", 1, 5),
  e("BsaI", "GGTCTC", 7, 11),
  e("BsmBI", "CGTCTC", 7, 11),
  e("BsrGI", "TGTACA", 1, 5),
  e("BstXI", "CCANNNNNNTGG", 8, 4),
  e("ClaI", "ATCGAT", 2, 4),
  e("DpnI", "GATC", 2, 2, "cuts only adenine-methylated GATC (Dam+ DNA)"),
  e("DraI", "TTTAAA", 3, 3),
  e("EcoRI", "GAATTC", 1, 5),
  e("EcoRV", "GATATC", 3, 3),
  e("HaeIII", "GGCC", 2, 2),
  e("HhaI", "GCGC", 3, 1),
  e("HindIII", "AAGCTT", 1, 5),
  e("HinfI", "GANTC", 1, 4),
  e("HpaI", "GTTAAC", 3, 3),
  e("HpaII", "CCGG", 1, 3),
  e("KpnI", "GGTACC", 5, 1),
  e("MboI", "GATC", 0, 4),
  e("MfeI", "CAATTG", 1, 5),
  e("MluI", "ACGCGT", 1, 5),
  e("MseI", "TTAA", 1, 3),
  e("MspI", "CCGG", 1, 3),
  e("NcoI", "CCATGG", 1, 5),
  e("NdeI", "CATATG", 2, 4),
  e("NheI", "GCTAGC", 1, 5),
  e("NotI", "GCGGCCGC", 2, 6),
  e("NruI", "TCGCGA", 3, 3),
  e("NsiI", "ATGCAT", 5, 1),
  e("PacI", "TTAATTAA", 5, 3),
  e("PstI", "CTGCAG", 5, 1),
  e("PvuII", "CAGCTG", 3, 3),
  e("SacI", "GAGCTC", 5, 1),
  e("SalI", "GTCGAC", 1, 5),
  e("SapI", "GCTCTTC", 8, 11),
  e("Sau3AI", "GATC", 0, 4),
  e("ScaI", "AGTACT", 3, 3),
  e("SfiI", "GGCCNNNNNGGCC", 8, 5),
  e("SmaI", "CCCGGG", 3, 3),
  e("SpeI", "ACTAGT", 1, 5),
  e("SphI", "GCATGC", 5, 1),
  e("StuI", "AGGCCT", 3, 3),
  e("TaqI", "TCGA", 1, 3),
  e("XbaI", "TCTAGA", 1, 5),
  e("XhoI", "CTCGAG", 1, 5),
  e("XmaI", "CCCGGG", 1, 5),
  e("XmnI", "GAANNNNTTC", 5, 5),
];

/** Enzyme names in table order. */
export const ENZYME_NAMES: readonly string[] = RESTRICTION_ENZYMES.map((z) => z.name);

const BY_NAME = new Map(RESTRICTION_ENZYMES.map((z) => [z.name.toLowerCase(), z]));

/** The enzyme with this name (case-insensitive), or undefined. */
export function findEnzyme(name: string): RestrictionEnzyme | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/** Table names close to an unknown one (same prefix or at most two edits), for error messages. */
export function closeEnzymeNames(name: string): string[] {
  const q = name.trim().toLowerCase();
  return ENZYME_NAMES.filter((n) => {
    const l = n.toLowerCase();
    return (q.length >= 2 && (l.startsWith(q) || q.startsWith(l))) || editDistance(q, l) <= 2;
  });
}

/** The enzyme, or an Error listing close names. */
export function requireEnzyme(name: string): RestrictionEnzyme {
  const z = findEnzyme(name);
  if (z) return z;
  const close = closeEnzymeNames(name);
  throw new Error(`unknown enzyme "${name}"${close.length ? ` (did you mean ${close.join(", ")}?)` : ""}; known enzymes: ${ENZYME_NAMES.join(", ")}`);
}
