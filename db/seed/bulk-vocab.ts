/**
 * Word lists for synthetic bulk rows. Combined by index arithmetic in SQL, they give titles and
 * descriptions that read like real catalogue entries, so search and list pages behave as with
 * real data (varied lengths, shared terms, plausible tag overlap).
 */
export const FIRST_NAMES = [
  "Aisha", "Alejandro", "Amir", "Ana", "Anders", "Ayumi", "Bogdan", "Camille", "Chen", "Chidi", "Daniel", "Dmitri",
  "Elena", "Emeka", "Farah", "Fatima", "Felix", "Gabriela", "Hana", "Hiroshi", "Ingrid", "Ivan", "Jamal", "Javier",
  "Jia", "Johanna", "Jonas", "Kaito", "Katarzyna", "Kofi", "Laila", "Lars", "Leila", "Lucia", "Malik", "Mariam",
  "Mateo", "Mei", "Mikael", "Nadia", "Naledi", "Nikhil", "Olga", "Omar", "Paolo", "Priya", "Rafael", "Rania",
  "Ravi", "Rosa", "Samuel", "Sara", "Selin", "Sofia", "Tariq", "Thandiwe", "Tobias", "Valentina", "Wei", "Yara",
  "Yusuf", "Zainab", "Zofia", "Zhang",
] as const;

export const LAST_NAMES = [
  "Abara", "Adeyemi", "Andersson", "Banerjee", "Becker", "Bianchi", "Castillo", "Chowdhury", "Costa", "Dubois",
  "Eriksen", "Fernandes", "Fischer", "Garcia", "Haddad", "Hansen", "Hoffmann", "Ito", "Ivanova", "Jensen", "Kang",
  "Kaur", "Kowalski", "Kumar", "Larsen", "Li", "Lindberg", "Liu", "Lopez", "Mahlangu", "Moreau", "Mukherjee",
  "Muller", "Nakamura", "Nguyen", "Novak", "Nwosu", "Okafor", "Olsen", "Osei", "Park", "Patel", "Petrov", "Popescu",
  "Quispe", "Rahman", "Rossi", "Santos", "Sato", "Schmidt", "Silva", "Singh", "Sokolova", "Suzuki", "Tanaka",
  "Torres", "Van der Berg", "Wang", "Weber", "Yamamoto", "Yilmaz", "Zhou",
] as const;

export const INSTITUTIONS = [
  "Lakeshore University", "Westbrook Institute for Infectious Disease", "Nordic Centre for Structural Biology",
  "St. Aldric University Hospital", "Southern Ocean Field Station Consortium", "Riverside Institute of Genomics",
  "Highland Agricultural Research Station", "Coastal Marine Biology Laboratory", "Metropolitan Cancer Research Centre",
  "Central Institute for Plant Sciences", "Eastgate School of Public Health", "Alpine Institute of Ecology",
  "Harbourview Children's Research Institute", "Tropical Disease Research Unit", "National Biobank Consortium",
] as const;

export const LAB_TOPICS = [
  "Viral Evolution", "Bacterial Pathogenesis", "Protein Design", "Cryo-EM Methods", "Plant Genomics", "Marine Microbiology",
  "Cancer Genomics", "Population Genetics", "Antimicrobial Resistance", "Single-Cell Transcriptomics", "Metagenomics",
  "Structural Immunology", "Epigenetics", "Evolutionary Biology", "Ecology and Conservation", "Synthetic Biology",
  "Membrane Protein Structure", "Host–Pathogen Interactions", "Comparative Genomics", "Neurogenetics",
] as const;

/** Weighted format mix (20 slots): fasta 35%, fastq 25%, genbank 10%, pdb 10%, mmcif 5%, csv 15%. */
export const FORMAT_SLOTS = [
  "fasta", "fasta", "fasta", "fasta", "fasta", "fasta", "fasta",
  "fastq", "fastq", "fastq", "fastq", "fastq",
  "genbank", "genbank",
  "pdb", "pdb",
  "mmcif",
  "csv", "csv", "csv",
] as const;

export type BulkFormat = (typeof FORMAT_SLOTS)[number];

/**
 * A kind of dataset: which organisms go with which assays, tags and sampling places, so that a
 * synthetic title never pairs, say, a beta-lactamase with a human or a colony census with cod.
 */
export interface DatasetProfile {
  formats: readonly BulkFormat[];
  family: "sequence" | "reads" | "structure" | "table";
  organisms: readonly string[];
  assays: readonly string[];
  tags: readonly string[];
  places: readonly string[];
}

/** Organisms that share sampling places, tags and sequence assays (per format). */
interface OrganismGroup {
  organisms: readonly string[];
  places: readonly string[];
  tags: readonly string[];
  assays: { fasta: readonly string[]; genbank: readonly string[]; fastq: readonly string[] };
}

const SEQUENCE_GROUPS: readonly OrganismGroup[] = [
  {
    organisms: ["Severe acute respiratory syndrome coronavirus 2", "Influenza A virus (H3N2)", "Respiratory syncytial virus A", "Norovirus GII", "Mpox virus", "Dengue virus 2"],
    places: ["hospital cohort A", "hospital cohort B", "regional surveillance network", "paediatric clinic cohort", "travel clinic cohort"],
    tags: ["virology", "genomic-surveillance", "outbreak", "phylogenetics", "public-health"],
    assays: {
      fasta: ["Consensus genomes", "Complete genomes", "Tiled-amplicon consensus sequences", "Outbreak cluster genomes"],
      genbank: ["Annotated genomes", "Curated reference annotation"],
      fastq: ["Illumina amplicon reads", "Nanopore amplicon reads", "Metagenomic reads"],
    },
  },
  {
    organisms: ["Klebsiella pneumoniae", "Staphylococcus aureus", "Mycobacterium tuberculosis", "Pseudomonas aeruginosa", "Salmonella enterica serovar Typhimurium", "Escherichia coli"],
    places: ["hospital cohort A", "hospital cohort B", "regional surveillance network", "intensive care unit screening"],
    tags: ["bacterial-genomics", "antimicrobial-resistance", "clinical-microbiology", "comparative-genomics", "outbreak"],
    assays: {
      fasta: ["Whole-genome assemblies", "Draft genome assemblies", "Core-genome gene sequences"],
      genbank: ["Annotated genome assemblies", "Curated gene annotation", "Prophage annotation"],
      fastq: ["Illumina paired-end reads", "Nanopore long reads", "RNA-seq reads"],
    },
  },
  {
    organisms: ["Vibrio cholerae", "Escherichia coli", "Bacillus subtilis", "Pseudomonas aeruginosa", "Prochlorococcus marinus"],
    places: ["Baltic Sea", "Lake Victoria basin", "Mekong Delta", "Amazon floodplain", "coastal monitoring stations"],
    tags: ["bacterial-genomics", "environmental-microbiology", "comparative-genomics", "ecology"],
    assays: {
      fasta: ["Whole-genome assemblies", "Draft genome assemblies", "16S rRNA gene sequences"],
      genbank: ["Annotated genome assemblies", "Prophage annotation"],
      fastq: ["Illumina paired-end reads", "Metagenomic shotgun reads", "16S amplicon reads"],
    },
  },
  {
    organisms: ["Arabidopsis thaliana", "Oryza sativa", "Zea mays", "Triticum aestivum"],
    places: ["greenhouse trial", "field trial plots", "germplasm collection"],
    tags: ["plant-genomics", "crop-science", "transcriptomics", "evolution"],
    assays: {
      fasta: ["Chloroplast genomes", "Reference transcripts", "Draft genome scaffolds", "Coding sequences"],
      genbank: ["Annotated chloroplast genomes", "Curated gene models"],
      fastq: ["RNA-seq reads", "Whole-genome sequencing reads", "Bisulfite sequencing reads"],
    },
  },
  {
    organisms: ["Saccharomyces cerevisiae", "Drosophila melanogaster", "Caenorhabditis elegans", "Danio rerio", "Mus musculus"],
    places: ["laboratory strain collection", "reference line", "mutant panel", "time-course experiment"],
    tags: ["model-organism", "functional-genomics", "gene-regulation", "transcriptomics"],
    assays: {
      fasta: ["Reference transcripts", "Mitochondrial genomes", "Draft genome scaffolds", "Coding sequences"],
      genbank: ["Annotated mitochondrial genomes", "Curated gene models"],
      fastq: ["RNA-seq reads", "ChIP-seq reads", "ATAC-seq reads", "Whole-genome sequencing reads"],
    },
  },
  {
    organisms: ["Homo sapiens"],
    places: ["tissue panel", "cell-line panel", "population cohort"],
    tags: ["human-genomics", "transcriptomics", "gene-regulation", "biomedical"],
    assays: {
      fasta: ["Mitochondrial genomes", "Reference transcripts", "Targeted capture regions", "Promoter regions"],
      genbank: ["Annotated mitochondrial genomes", "Curated gene models"],
      fastq: ["RNA-seq reads", "Single-cell RNA-seq reads", "Exome sequencing reads"],
    },
  },
];

const SEQUENCE_PROFILES: DatasetProfile[] = SEQUENCE_GROUPS.flatMap((g) =>
  (["fasta", "genbank", "fastq"] as const).map((format) => ({
    formats: [format],
    family: format === "fastq" ? ("reads" as const) : ("sequence" as const),
    organisms: g.organisms,
    assays: g.assays[format],
    tags: format === "genbank" ? [...g.tags, "annotation"] : g.tags,
    places: g.places,
  })),
);

export const DATASET_PROFILES: readonly DatasetProfile[] = [
  ...SEQUENCE_PROFILES,
  { formats: ["pdb", "mmcif"], family: "structure", organisms: ["Escherichia coli", "Klebsiella pneumoniae", "Pseudomonas aeruginosa", "Mycobacterium tuberculosis", "Staphylococcus aureus"], assays: ["Crystal structure of a beta-lactamase variant", "Crystal structure of a glycosyltransferase", "Cryo-EM structure of a ribosome assembly intermediate", "Structure of an ABC transporter", "Crystal structure of a DNA polymerase"], tags: ["x-ray", "cryo-em", "protein-structure", "enzyme", "antimicrobial-resistance"], places: [] },
  { formats: ["pdb", "mmcif"], family: "structure", organisms: ["Homo sapiens", "Mus musculus", "Bos taurus"], assays: ["Crystal structure of an antibody Fab complex", "Structure of a kinase domain with inhibitor", "Cryo-EM structure of a membrane transporter", "NMR ensemble of a zinc-finger domain", "Crystal structure of a nuclear receptor ligand-binding domain"], tags: ["x-ray", "cryo-em", "nmr", "protein-structure", "complex", "drug-discovery"], places: [] },
  { formats: ["pdb", "mmcif"], family: "structure", organisms: ["Severe acute respiratory syndrome coronavirus 2", "Influenza A virus", "Human immunodeficiency virus 1"], assays: ["Structure of a viral protease with inhibitor", "Cryo-EM structure of a spike glycoprotein", "Crystal structure of a nucleoprotein domain"], tags: ["cryo-em", "x-ray", "virology", "protein-structure", "drug-discovery"], places: [] },
  { formats: ["csv"], family: "table", organisms: ["Pygoscelis adeliae", "Pygoscelis papua", "Pygoscelis antarcticus", "Aptenodytes forsteri"], assays: ["Morphometric measurements", "Colony census counts", "Stable isotope measurements", "Breeding success records"], tags: ["ecology", "antarctica", "seabirds", "field-survey", "climate"], places: ["Antarctic Peninsula", "Ross Sea", "South Shetland Islands", "Scotia Sea"] },
  { formats: ["csv"], family: "table", organisms: ["Gadus morhua", "Salmo salar", "Ursus maritimus"], assays: ["Morphometric measurements", "Field survey counts", "Stable isotope measurements", "Body condition records"], tags: ["ecology", "arctic", "fisheries", "field-survey", "climate"], places: ["Barents Sea", "North Atlantic", "Svalbard"] },
  { formats: ["csv"], family: "table", organisms: ["Quercus robur", "Zea mays", "Triticum aestivum", "Arabidopsis thaliana"], assays: ["Phenotype measurements", "Growth measurements", "Leaf trait measurements", "Metabolite concentrations"], tags: ["phenotypes", "plants", "time-series", "climate"], places: ["greenhouse trial", "field trial plots", "common garden experiment"] },
  { formats: ["csv"], family: "table", organisms: ["Apis mellifera"], assays: ["Colony weight records", "Forager counts", "Pesticide residue measurements"], tags: ["pollinators", "ecotoxicology", "time-series"], places: ["apiary network", "agricultural landscape survey"] },
  { formats: ["csv"], family: "table", organisms: ["Daphnia magna"], assays: ["Population counts", "Life-history traits", "Toxicity assay results"], tags: ["ecotoxicology", "freshwater", "time-series"], places: ["mesocosm experiment", "laboratory culture", "alpine lake survey"] },
];

/** Description templates per kind of data; `{assay}` is lowercased where it sits mid-sentence. */
export const DESCRIPTIONS_BY_FAMILY = {
  sequence: [
    "{Assay} of {org} ({place}), processed with the lab's standard assembly pipeline. Records were checked for format errors and duplicate identifiers before upload.",
    "This dataset contains {assay} of {org} from the {place}. Accession numbers and per-sample metadata are listed in the accompanying sample sheet.",
    "Curated {assay} of {org} used as a reference set for the group's benchmarks of alignment and ORF-finding tools. Origin: {place}.",
  ],
  reads: [
    "{Assay} of {org} from the {place}, demultiplexed and adapter-trimmed; quality scores are Phred+33. Library preparation and QC thresholds are described in the linked protocol.",
    "Raw {assay} of {org} ({place}), part of a longitudinal study. Low-quality reads were kept so that QC tools can be compared on the same input.",
  ],
  structure: [
    "{Assay} from {org}. Coordinates as deposited, with ligands and waters retained; validation reports are attached to the entry.",
    "Model used in our analysis of active-site flexibility: {assay} from {org}, refined with the group's standard pipeline.",
  ],
  table: [
    "{Assay} of {org} from the {place}, one row per individual or sample; missing values are coded as NA.",
    "{Assay} of {org} ({place}) collected over several field seasons, with units in the column names.",
  ],
} as const;

export const LICENSES = ["CC-BY-4.0", "CC-BY-4.0", "CC-BY-4.0", "CC-BY-4.0", "CC0-1.0", "CC0-1.0", "CC-BY-SA-4.0", "ODC-BY-1.0"] as const;

/** A family of bench protocols sharing a workflow: techniques, what they are applied to, and steps in order. */
export interface ProtocolKind {
  techniques: readonly string[];
  samples: readonly string[];
  tags: readonly string[];
  /** (title, body, minutes), in workflow order; a protocol takes the first 4–8. */
  steps: readonly (readonly [string, string, number])[];
}

export const PROTOCOL_KINDS: readonly ProtocolKind[] = [
  {
    techniques: ["Genomic DNA extraction", "Total RNA extraction", "High-molecular-weight DNA extraction", "Environmental DNA extraction"],
    samples: ["Gram-negative bacteria", "clinical isolates", "plant leaf tissue", "seawater filters", "soil cores", "frozen tissue", "whole blood", "yeast cultures"],
    tags: ["dna-extraction", "rna", "sample-prep", "molecular-biology"],
    steps: [
      ["Set up the workspace", "Wipe the bench with 10% bleach followed by 70% ethanol; use filter tips and include an extraction blank.", 10],
      ["Collect the sample", "Collect the sample into a labelled sterile tube and record time, location and operator in the sample sheet.", 15],
      ["Homogenise", "Homogenise in lysis buffer with a bead beater, 2 × 30 s at 6 m/s, cooling on ice in between.", 10],
      ["Digest", "Add proteinase K to 200 µg/ml and incubate at 56 °C for 30 min with shaking.", 35],
      ["Clear the lysate", "Centrifuge at 12,000 × g for 5 min and transfer the supernatant to a fresh tube.", 8],
      ["Bind to the column", "Load the lysate onto the spin column, centrifuge 1 min and discard the flow-through.", 5],
      ["Wash", "Wash twice with wash buffer, then spin the empty column for 2 min to remove residual ethanol.", 8],
      ["Elute and quantify", "Elute in 50 µl of pre-warmed elution buffer; measure concentration fluorometrically and purity by A260/A280 and A260/A230.", 20],
    ],
  },
  {
    techniques: ["Nanopore ligation library prep", "Illumina Nextera XT library prep", "Amplicon library prep", "qPCR with SYBR Green", "Sanger sequencing cleanup"],
    samples: ["bacterial genomic DNA", "viral cDNA", "16S amplicons", "plasmid DNA", "low-input DNA", "FFPE-derived DNA"],
    tags: ["library-prep", "sequencing", "pcr", "ngs"],
    steps: [
      ["Prepare reagents", "Thaw reagents on ice, vortex briefly and spin down; keep enzymes at −20 °C until use.", 15],
      ["Normalise input", "Dilute each sample to the input amount in 10 mM Tris pH 8.0 based on a fluorometric measurement.", 20],
      ["Set up the reaction", "Assemble reactions on ice from a master mix with 10% overage; add template last.", 15],
      ["Thermal cycling", "Run the cycling programme and hold at 4 °C; record the instrument and programme name.", 90],
      ["Clean up with beads", "Add 0.8× SPRI beads, wash twice with fresh 80% ethanol and elute in 10 mM Tris pH 8.0.", 20],
      ["Check fragment size", "Run 1 µl on a fragment analyser and note the peak size and any adapter dimer.", 30],
      ["Pool", "Pool libraries equimolarly and quantify the pool by qPCR.", 30],
      ["Record results", "Record index pairs, concentrations and deviations in the electronic lab notebook.", 10],
    ],
  },
  {
    techniques: ["Size-exclusion chromatography", "Thermal shift assay", "Western blot", "Co-immunoprecipitation", "Ion-exchange chromatography"],
    samples: ["purified protein", "His-tagged constructs", "membrane protein preparations", "cell lysates", "antibody fragments"],
    tags: ["protein", "biochemistry", "structural-biology"],
    steps: [
      ["Prepare buffers", "Prepare and filter (0.22 µm) all buffers; degas buffers for chromatography.", 30],
      ["Prepare the sample", "Centrifuge the sample at 16,000 × g for 10 min at 4 °C to remove aggregates and keep on ice.", 15],
      ["Equilibrate", "Equilibrate the column or membrane in running buffer until conductivity and UV are stable.", 30],
      ["Run", "Load the sample and run at the validated flow rate or voltage, collecting fractions.", 60],
      ["Analyse fractions", "Check fractions by SDS-PAGE and pool those containing the target.", 60],
      ["Concentrate", "Concentrate with a centrifugal filter of suitable cut-off; do not exceed the aggregation threshold.", 30],
      ["Store", "Aliquot, flash-freeze in liquid nitrogen and store at −80 °C.", 10],
    ],
  },
  {
    techniques: ["Immunofluorescence staining", "Flow cytometry staining", "Gram staining", "Negative staining for electron microscopy"],
    samples: ["mammalian cell lines", "bacterial smears", "tissue sections", "purified complexes", "primary cells"],
    tags: ["imaging", "microscopy", "cell-biology"],
    steps: [
      ["Fix", "Fix with 4% paraformaldehyde for 15 min at room temperature (or heat-fix smears).", 20],
      ["Permeabilise and block", "Permeabilise with 0.1% Triton X-100 and block with 3% BSA for 30 min.", 40],
      ["Stain", "Stain with the antibody or dye at the optimised dilution for 30 min at room temperature in the dark.", 35],
      ["Wash", "Wash three times for 5 min with PBS.", 15],
      ["Mount or resuspend", "Mount with antifade medium, or resuspend cells in staining buffer for acquisition.", 10],
      ["Image or acquire", "Acquire with identical settings for all conditions; save raw files, not screenshots.", 45],
    ],
  },
  {
    techniques: ["Minimum inhibitory concentration assay", "Plaque assay", "Bacterial transformation", "Competent cell preparation", "Growth curve measurement"],
    samples: ["clinical isolates", "Escherichia coli strains", "bacteriophage lysates", "environmental isolates", "reference strains"],
    tags: ["microbiology", "cell-culture", "biosafety"],
    steps: [
      ["Prepare media", "Prepare and autoclave media; pour plates the day before and dry them.", 60],
      ["Start a pre-culture", "Inoculate a single colony into 5 ml of broth and grow overnight at 37 °C with shaking.", 960],
      ["Standardise the inoculum", "Adjust the culture to OD600 0.1 (about 10^8 CFU/ml for E. coli) and dilute as required.", 20],
      ["Set up the assay", "Dispense the dilution series into plates or tubes in duplicate, with growth and sterility controls.", 30],
      ["Incubate", "Incubate at 37 °C for 16–20 h (or as validated) without stacking plates more than four high.", 1080],
      ["Read", "Read plates or OD and record results; photograph plates with a ruler for scale.", 20],
      ["Dispose of waste", "Autoclave all cultures and plates before disposal.", 10],
    ],
  },
];
