import { DEMO_RESEARCHER } from "./demo-accounts";

/**
 * Demo datasets, each holding real files from `db/seed/data/`. Licenses follow the repository the
 * copy came from (see data/README.md), since that is what governs these exact bytes.
 */
export interface SeedDataset {
  slug: string;
  title: string;
  description: string;
  lab: string | null;
  owner: string;
  visibility: "public" | "private";
  license: string;
  organism: string | null;
  tags: readonly string[];
  /** File names under `db/seed/data/`; the first one decides the dataset's format. */
  files: readonly string[];
  createdDaysAgo: number;
  /** Null = draft. */
  publishedDaysAgo: number | null;
  updatedDaysAgo: number;
}

export const SEED_DATASETS: readonly SeedDataset[] = [
  {
    slug: "sars-cov-2-wuhan-hu-1-reference",
    title: "SARS-CoV-2 Wuhan-Hu-1 reference genome (MN908947)",
    description:
      "Complete genome of the Wuhan-Hu-1 isolate (GenBank MN908947, 29,903 nt, linear ssRNA(+)) used as the coordinate system for lineage calling, primer design and ORF analyses, together with Nextstrain's GenBank annotation of its 12 CDS. ORF1a and ORF1b are annotated as separate CDS sharing base 13468 (−1 ribosomal frameshift); ORF9b lies inside N.",
    lab: "coronavirus-genomics-unit",
    owner: DEMO_RESEARCHER.handle,
    visibility: "public",
    license: "MIT",
    organism: "Severe acute respiratory syndrome coronavirus 2",
    tags: ["sars-cov-2", "reference-genome", "coronavirus", "genbank", "virology"],
    files: ["sars-cov-2_MN908947.fasta", "sars-cov-2_MN908947.gb"],
    createdDaysAgo: 380,
    publishedDaysAgo: 378,
    updatedDaysAgo: 12,
  },
  {
    slug: "yersinia-pestis-ppcp1-plasmid",
    title: "Yersinia pestis pPCP1 plasmid (NC_005816): genome, CDS and proteins",
    description:
      "RefSeq record of the 9,609 bp circular plasmid pPCP1 from Y. pestis biovar Microtus str. 91001, with its 10 coding sequences as nucleotide (.ffn) and protein (.faa) FASTA and the full GenBank flat file. Carries the pesticin (pst) and pesticin immunity (pim) genes and the plasminogen activator Pla (outer membrane protease). Several CDS start with GTG or TTG and translate with table 11.",
    lab: "plasmid-pathogen-genomics",
    owner: "mei-ling-zhou",
    visibility: "public",
    license: "BSD-3-Clause",
    organism: "Yersinia pestis biovar Microtus str. 91001",
    tags: ["plasmid", "yersinia", "pesticin", "refseq", "bacterial-genomics"],
    files: ["NC_005816.fna", "NC_005816.ffn", "NC_005816.faa", "NC_005816.gb"],
    createdDaysAgo: 300,
    publishedDaysAgo: 296,
    updatedDaysAgo: 40,
  },
  {
    slug: "ace2-gd-2019-rbd-cryo-em-7ddo",
    title: "Cryo-EM structure of human ACE2 bound to pangolin coronavirus GD/1/2019 RBD (7DDO)",
    description:
      "Atomic model of the complex between the peptidase domain of human ACE2 (chain A) and the receptor-binding domain of the pangolin coronavirus GD/1/2019 spike (chain C), including N-linked NAG glycans and the catalytic zinc. Used to map RBD contact residues that are shared with SARS-CoV-2. About 6.5k atom records, with a few alternate locations.",
    lab: "halvorsen-structural-biology",
    owner: DEMO_RESEARCHER.handle,
    visibility: "public",
    license: "BSD-3-Clause",
    organism: "Homo sapiens; Pangolin coronavirus GD/1/2019",
    tags: ["cryo-em", "ace2", "spike-rbd", "coronavirus", "protein-complex"],
    files: ["7DDO.pdb"],
    createdDaysAgo: 150,
    publishedDaysAgo: 141,
    updatedDaysAgo: 9,
  },
  {
    slug: "crambin-atomic-resolution-1crn",
    title: "Crambin at atomic resolution (1CRN), PDB and mmCIF",
    description:
      "The 46-residue plant seed protein crambin, refined against X-ray data to atomic resolution, provided in both legacy PDB and PDBx/mmCIF so that viewers and parsers can be checked against each other: both files describe the same 327 atoms in chain A.",
    lab: "halvorsen-structural-biology",
    owner: "sigrid-halvorsen",
    visibility: "public",
    license: "MIT",
    organism: "Crambe hispanica subsp. abyssinica",
    tags: ["x-ray", "crystallography", "small-protein", "mmcif", "validation"],
    files: ["1crn.pdb", "1CRN.cif"],
    createdDaysAgo: 460,
    publishedDaysAgo: 458,
    updatedDaysAgo: 200,
  },
  {
    slug: "transducin-peptide-metarhodopsin-nmr-1lvz",
    title: "Transducin α C-terminal peptide bound to metarhodopsin II, NMR ensemble (1LVZ)",
    description:
      "Transferred-NOE NMR ensemble (20 models) of the 11-residue C-terminal peptide of the transducin α subunit in its light-activated-rhodopsin-bound conformation. Only the peptide is modelled; useful for exercising multi-model handling and ensemble superposition.",
    lab: "halvorsen-structural-biology",
    owner: "arjun-mehta",
    visibility: "public",
    license: "MIT",
    organism: "Bos taurus",
    tags: ["nmr", "ensemble", "gpcr", "peptide", "rhodopsin"],
    files: ["1LVZ.pdb"],
    createdDaysAgo: 120,
    publishedDaysAgo: 118,
    updatedDaysAgo: 60,
  },
  {
    slug: "phospholipase-c-altloc-excerpt-1ah7",
    title: "Alternate conformations excerpt from Bacillus cereus phospholipase C (1AH7)",
    description:
      "A 50-atom excerpt of 1AH7 in which several side chains are modelled in two alternate conformations (altloc A/B). Kept as a working file while we decide how occupancy-weighted disorder should be shown in the structure viewer.",
    lab: "halvorsen-structural-biology",
    owner: DEMO_RESEARCHER.handle,
    visibility: "private",
    license: "BSD-3-Clause",
    organism: "Bacillus cereus",
    tags: ["x-ray", "alternate-locations", "disorder"],
    files: ["disordered.pdb"],
    createdDaysAgo: 20,
    publishedDaysAgo: null,
    updatedDaysAgo: 3,
  },
  {
    slug: "illumina-short-read-qc-set",
    title: "Short Illumina reads with edge-case quality strings (Phred+33)",
    description:
      "Two small Sanger-encoded FASTQ files from early Illumina/Solexa runs that we use to validate the read-QC pipeline: 25 nt reads with Phred 12–26, and 36 nt reads whose quality strings begin with '@' or '+' and whose '+' lines repeat the read title.",
    lab: "coronavirus-genomics-unit",
    owner: "kwame-mensah",
    visibility: "public",
    license: "BSD-3-Clause",
    organism: null,
    tags: ["fastq", "illumina", "quality-control", "test-data"],
    files: ["example.fastq", "tricky.fastq"],
    createdDaysAgo: 90,
    publishedDaysAgo: 88,
    updatedDaysAgo: 30,
  },
  {
    slug: "roche-454-wrapped-reads",
    title: "Roche 454 reads with wrapped sequence and quality lines",
    description:
      "Three 454 pyrosequencing reads (131–144 nt) whose sequence and quality are wrapped over several lines, some quality lines starting with '@' or '+'. Draft: to be merged into the read-QC reference set once the parser tests are in.",
    lab: "plasmid-pathogen-genomics",
    owner: "tomas-ortega",
    visibility: "public",
    license: "BSD-3-Clause",
    organism: null,
    tags: ["fastq", "roche-454", "multi-line", "test-data"],
    files: ["wrapping_original_sanger.fastq"],
    createdDaysAgo: 14,
    publishedDaysAgo: null,
    updatedDaysAgo: 2,
  },
  {
    slug: "wisteria-frutescens-matk",
    title: "Wisteria frutescens matK chloroplast gene (AF142731)",
    description:
      "Complete coding sequence of the maturase-like protein gene matK from the American wisteria chloroplast genome (2,551 nt), a standard plant DNA-barcoding locus. Stored as submitted, with Windows (CRLF) line endings.",
    lab: null,
    owner: "kwame-mensah",
    visibility: "public",
    license: "BSD-3-Clause",
    organism: "Wisteria frutescens",
    tags: ["matk", "dna-barcoding", "chloroplast", "plants"],
    files: ["wisteria_matK_crlf.nu"],
    createdDaysAgo: 200,
    publishedDaysAgo: 199,
    updatedDaysAgo: 199,
  },
  {
    slug: "palmer-penguins-morphometrics",
    title: "Palmer Archipelago penguin morphometrics, 2007–2009",
    description:
      "Bill length and depth, flipper length, body mass and sex for 344 Adélie, Chinstrap and Gentoo penguins sampled on Biscoe, Dream and Torgersen islands (Palmer Station LTER), as a tidy 8-column table and as the raw 17-column LTER table with clutch completion, egg dates and blood δ15N/δ13C isotope ratios.",
    lab: "polar-seabird-ecology",
    owner: "hannah-whitcombe",
    visibility: "public",
    license: "CC0-1.0",
    organism: "Pygoscelis adeliae; Pygoscelis antarcticus; Pygoscelis papua",
    tags: ["ecology", "antarctica", "morphometrics", "lter", "tabular"],
    files: ["penguins.csv", "penguins_raw.csv"],
    createdDaysAgo: 180,
    publishedDaysAgo: 175,
    updatedDaysAgo: 5,
  },
  {
    slug: "penguin-stable-isotopes-working-table",
    title: "Penguin blood stable isotopes (δ15N, δ13C): QC working table",
    description:
      "Working copy of the raw LTER table used to flag samples with insufficient blood for isotope analysis before modelling trophic position by species and island. Not yet reviewed.",
    lab: "polar-seabird-ecology",
    owner: "arjun-mehta",
    visibility: "private",
    license: "CC0-1.0",
    organism: "Pygoscelis spp.",
    tags: ["stable-isotopes", "diet", "antarctica", "tabular"],
    files: ["penguins_raw.csv"],
    createdDaysAgo: 25,
    publishedDaysAgo: null,
    updatedDaysAgo: 1,
  },
  {
    slug: "human-sts-marker-validation",
    title: "Human STS markers for panel validation (dbSTS excerpt)",
    description:
      "Three human sequence-tagged sites (G26680/G27617, G26685, G29385) with runs of ambiguous bases, used as negative and boundary controls when validating the capture-panel marker set. Restricted to core members.",
    lab: "clinical-sequencing-core",
    owner: "lena-vogel",
    visibility: "private",
    license: "BSD-3-Clause",
    organism: "Homo sapiens",
    tags: ["sts", "markers", "panel-validation", "human"],
    files: ["f002_human_sts.fasta"],
    createdDaysAgo: 160,
    publishedDaysAgo: 150,
    updatedDaysAgo: 150,
  },
  {
    slug: "hg38-capture-regions-softmasked",
    title: "hg38 capture target regions, soft-masked (chr13, chr4)",
    description:
      "Two GRCh38 regions (chr13:75,549,820–75,605,809 and chr4:41,257,605–41,263,290) with RepeatMasker soft-masking kept as lowercase, so that probe design can skip repeats. Draft for the next panel revision.",
    lab: "clinical-sequencing-core",
    owner: "tomas-ortega",
    visibility: "private",
    license: "BSD-3-Clause",
    organism: "Homo sapiens",
    tags: ["hg38", "capture-panel", "repeats", "human"],
    files: ["blat_hg38_softmasked.fa"],
    createdDaysAgo: 45,
    publishedDaysAgo: null,
    updatedDaysAgo: 6,
  },
  {
    slug: "sars-cov-2-orf-annotation-review",
    title: "SARS-CoV-2 ORF annotation review (working copy)",
    description:
      "Annotation under review before we publish revised coordinates for the accessory ORFs: checking the ORF1ab frameshift junction, the missing stop of ORF1a as annotated, and ORF9b nested within N.",
    lab: "coronavirus-genomics-unit",
    owner: DEMO_RESEARCHER.handle,
    visibility: "private",
    license: "MIT",
    organism: "Severe acute respiratory syndrome coronavirus 2",
    tags: ["sars-cov-2", "annotation", "orf"],
    files: ["sars-cov-2_MN908947.gb"],
    createdDaysAgo: 10,
    publishedDaysAgo: null,
    updatedDaysAgo: 1,
  },
];
