/**
 * NCBI genetic code registry. Each table is given exactly as in NCBI's gc.prt
 * (https://www.ncbi.nlm.nih.gov/Taxonomy/Utils/wprintgc.cgi): 64 amino acids and 64 start
 * flags, codons ordered with bases T, C, A, G (first base slowest). Ids 7 and 8 were retired by
 * NCBI (merged into 4 and 1); there is no 17-20.
 */

/** One translation table. */
export interface GeneticCode {
  id: number;
  name: string;
  /** 64 one-letter amino acids (`*` = stop) in TCAG codon order. */
  aminoAcids: string;
  /** 64 flags in TCAG codon order: `M` marks an alternative or standard start codon. */
  starts: string;
}

const TABLES: ReadonlyArray<GeneticCode> = [
  { id: 1, name: "Standard", aminoAcids: "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "---M------**--*----M---------------M----------------------------" },
  { id: 2, name: "Vertebrate Mitochondrial", aminoAcids: "FFLLSSSSYY**CCWWLLLLPPPPHHQQRRRRIIMMTTTTNNKKSS**VVVVAAAADDEEGGGG", starts: "----------**--------------------MMMM----------**---M------------" },
  { id: 3, name: "Yeast Mitochondrial", aminoAcids: "FFLLSSSSYY**CCWWTTTTPPPPHHQQRRRRIIMMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "----------**----------------------MM---------------M------------" },
  { id: 4, name: "Mold, Protozoan and Coelenterate Mitochondrial; Mycoplasma; Spiroplasma", aminoAcids: "FFLLSSSSYY**CCWWLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "--MM------**-------M------------MMMM---------------M------------" },
  { id: 5, name: "Invertebrate Mitochondrial", aminoAcids: "FFLLSSSSYY**CCWWLLLLPPPPHHQQRRRRIIMMTTTTNNKKSSSSVVVVAAAADDEEGGGG", starts: "---M------**--------------------MMMM---------------M------------" },
  { id: 6, name: "Ciliate, Dasycladacean and Hexamita Nuclear", aminoAcids: "FFLLSSSSYYQQCC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "--------------*--------------------M----------------------------" },
  { id: 9, name: "Echinoderm and Flatworm Mitochondrial", aminoAcids: "FFLLSSSSYY**CCWWLLLLPPPPHHQQRRRRIIIMTTTTNNNKSSSSVVVVAAAADDEEGGGG", starts: "----------**-----------------------M---------------M------------" },
  { id: 10, name: "Euplotid Nuclear", aminoAcids: "FFLLSSSSYY**CCCWLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "----------**-----------------------M----------------------------" },
  { id: 11, name: "Bacterial, Archaeal and Plant Plastid", aminoAcids: "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "---M------**--*----M------------MMMM---------------M------------" },
  { id: 12, name: "Alternative Yeast Nuclear", aminoAcids: "FFLLSSSSYY**CC*WLLLSPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "----------**--*----M---------------M----------------------------" },
  { id: 13, name: "Ascidian Mitochondrial", aminoAcids: "FFLLSSSSYY**CCWWLLLLPPPPHHQQRRRRIIMMTTTTNNKKSSGGVVVVAAAADDEEGGGG", starts: "---M------**----------------------MM---------------M------------" },
  { id: 14, name: "Alternative Flatworm Mitochondrial", aminoAcids: "FFLLSSSSYYY*CCWWLLLLPPPPHHQQRRRRIIIMTTTTNNNKSSSSVVVVAAAADDEEGGGG", starts: "-----------*-----------------------M----------------------------" },
  { id: 15, name: "Blepharisma Macronuclear", aminoAcids: "FFLLSSSSYY*QCC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "----------*---*--------------------M----------------------------" },
  { id: 16, name: "Chlorophycean Mitochondrial", aminoAcids: "FFLLSSSSYY*LCC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "----------*---*--------------------M----------------------------" },
  { id: 21, name: "Trematode Mitochondrial", aminoAcids: "FFLLSSSSYY**CCWWLLLLPPPPHHQQRRRRIIMMTTTTNNNKSSSSVVVVAAAADDEEGGGG", starts: "----------**-----------------------M---------------M------------" },
  { id: 22, name: "Scenedesmus obliquus Mitochondrial", aminoAcids: "FFLLSS*SYY*LCC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "------*---*---*--------------------M----------------------------" },
  { id: 23, name: "Thraustochytrium Mitochondrial", aminoAcids: "FF*LSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "--*-------**--*-----------------M--M---------------M------------" },
  { id: 24, name: "Rhabdopleuridae Mitochondrial", aminoAcids: "FFLLSSSSYY**CCWWLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSSKVVVVAAAADDEEGGGG", starts: "---M------**-------M---------------M---------------M------------" },
  { id: 25, name: "Candidate Division SR1 and Gracilibacteria", aminoAcids: "FFLLSSSSYY**CCGWLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "---M------**-----------------------M---------------M------------" },
  { id: 26, name: "Pachysolen tannophilus Nuclear", aminoAcids: "FFLLSSSSYY**CC*WLLLAPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "----------**--*----M---------------M----------------------------" },
  { id: 27, name: "Karyorelict Nuclear", aminoAcids: "FFLLSSSSYYQQCCWWLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "--------------*--------------------M----------------------------" },
  { id: 28, name: "Condylostoma Nuclear", aminoAcids: "FFLLSSSSYYQQCCWWLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "----------**--*--------------------M----------------------------" },
  { id: 29, name: "Mesodinium Nuclear", aminoAcids: "FFLLSSSSYYYYCC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "--------------*--------------------M----------------------------" },
  { id: 30, name: "Peritrich Nuclear", aminoAcids: "FFLLSSSSYYEECC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "--------------*--------------------M----------------------------" },
  { id: 31, name: "Blastocrithidia Nuclear", aminoAcids: "FFLLSSSSYYEECCWWLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "----------**-----------------------M----------------------------" },
  { id: 32, name: "Balanophoraceae Plastid", aminoAcids: "FFLLSSSSYY*WCC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG", starts: "---M------*---*----M------------MMMM---------------M------------" },
  { id: 33, name: "Cephalodiscidae Mitochondrial UAA-Tyr", aminoAcids: "FFLLSSSSYYY*CCWWLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSSKVVVVAAAADDEEGGGG", starts: "---M-------*-------M---------------M---------------M------------" },
];

/** All registered tables by NCBI id. */
export const GENETIC_CODES: ReadonlyMap<number, GeneticCode> = new Map(TABLES.map((t) => [t.id, t]));

/** The table with this NCBI id; throws RangeError for an unknown id. */
export function getGeneticCode(id: number): GeneticCode {
  const code = GENETIC_CODES.get(id);
  if (code === undefined) throw new RangeError(`unknown NCBI genetic code ${id} (known: ${[...GENETIC_CODES.keys()].join(", ")})`);
  return code;
}
