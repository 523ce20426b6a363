import { DEMO_RESEARCHER } from "./demo-accounts";

/**
 * Demo spaces: a dataset plus analysis settings plus view state. Sequence spaces hold what the
 * workbench saves (`settings.analysis`, version 1: operations with the parameters of
 * lib/analysis/contract.ts, the same as the CLI's options) so opening one in the workbench re-runs
 * the same computation; `viewState.file` names the dataset file it runs on (the seed stores its id
 * as `datasetFileId`); zoom ranges are 0-based half-open [start, end). Structure and table spaces
 * keep their viewers' settings (those viewers are not built yet).
 */

/** A workbench analysis of one operation, as the workbench saves it in a space. */
function workbench(op: string, params: Record<string, unknown>): Record<string, unknown> {
  return { analysis: { version: 1, ops: [{ op, params }] } };
}
export interface SeedSpace {
  slug: string;
  title: string;
  description: string;
  dataset: string | null;
  lab: string | null;
  owner: string;
  visibility: "public" | "private";
  settings: Record<string, unknown>;
  viewState: Record<string, unknown>;
  forkedFrom: string | null;
  createdDaysAgo: number;
  updatedDaysAgo: number;
}

export const SEED_SPACES: readonly SeedSpace[] = [
  {
    slug: "ppcp1-orfs-over-100-aa",
    title: "Open reading frames ≥ 100 aa in pPCP1",
    description:
      "Six-frame ORF scan of the pPCP1 plasmid with the bacterial code (table 11, alternative starts GTG/TTG), compared with the 10 RefSeq CDS, seven of which encode proteins of 100 aa or more.",
    dataset: "yersinia-pestis-ppcp1-plasmid",
    lab: "plasmid-pathogen-genomics",
    owner: "mei-ling-zhou",
    visibility: "public",
    settings: workbench("orfs", { table: 11, minAaLength: 100, startPolicy: "alternative", strands: "both", nested: false }),
    viewState: { openResults: ["orfs"], file: "NC_005816.fna", zoom: [0, 5000] },
    forkedFrom: null,
    createdDaysAgo: 280,
    updatedDaysAgo: 35,
  },
  {
    slug: "ppcp1-ecori-bamhi-digest",
    title: "pPCP1 EcoRI/BamHI virtual digest",
    description: "Expected fragment sizes of the circular plasmid cut with EcoRI and BamHI, for checking minipreps on a gel.",
    dataset: "yersinia-pestis-ppcp1-plasmid",
    lab: "plasmid-pathogen-genomics",
    owner: "tomas-ortega",
    visibility: "public",
    settings: workbench("digest", { enzymes: ["EcoRI", "BamHI"], circular: true }),
    viewState: { openResults: ["digest"], file: "NC_005816.fna", zoom: [0, 9609] },
    forkedFrom: null,
    createdDaysAgo: 27,
    updatedDaysAgo: 2,
  },
  {
    slug: "sars-cov-2-spike-region-kmers",
    title: "SARS-CoV-2 spike region: canonical 6-mer profile",
    description: "Most frequent canonical 6-mers across the genome, with the view centred on the spike (S) gene at 21,562–25,384.",
    dataset: "sars-cov-2-wuhan-hu-1-reference",
    lab: "coronavirus-genomics-unit",
    owner: DEMO_RESEARCHER.handle,
    visibility: "public",
    settings: workbench("kmers", { k: 6, canonical: true, top: 20, spectrum: true }),
    viewState: { openResults: ["kmers"], file: "sars-cov-2_MN908947.fasta", zoom: [21562, 25384] },
    forkedFrom: null,
    createdDaysAgo: 60,
    updatedDaysAgo: 4,
  },
  {
    slug: "sars-cov-2-orfs-standard-code",
    title: "SARS-CoV-2 ORFs ≥ 50 aa (standard code)",
    description: "ORF scan of the reference genome with the standard genetic code, to compare with Nextstrain's CDS annotation, notably ORF9b nested in N.",
    dataset: "sars-cov-2-wuhan-hu-1-reference",
    lab: "coronavirus-genomics-unit",
    owner: "kwame-mensah",
    visibility: "public",
    settings: workbench("orfs", { table: 1, minAaLength: 50, startPolicy: "atg", strands: "both", nested: true }),
    viewState: { openResults: ["orfs"], file: "sars-cov-2_MN908947.fasta", zoom: [25000, 29903] },
    forkedFrom: null,
    createdDaysAgo: 45,
    updatedDaysAgo: 10,
  },
  {
    slug: "ace2-rbd-interface",
    title: "ACE2–RBD interface in 7DDO",
    description: "Cartoon of the ACE2 peptidase domain (chain A) and the GD/1/2019 RBD (chain C), with RBD residues within 4 Å of ACE2 shown as sticks.",
    dataset: "ace2-gd-2019-rbd-cryo-em-7ddo",
    lab: "halvorsen-structural-biology",
    owner: DEMO_RESEARCHER.handle,
    visibility: "public",
    settings: { analysis: "structure", representation: "cartoon", colorBy: "chain", interface: { chains: ["A", "C"], cutoffAngstrom: 4 } },
    viewState: { camera: { target: [82.5, 78.2, 75.7], distance: 90 }, hiddenChains: [] },
    forkedFrom: null,
    createdDaysAgo: 130,
    updatedDaysAgo: 6,
  },
  {
    slug: "penguin-flipper-vs-body-mass",
    title: "Flipper length vs body mass by species",
    description: "Scatter of flipper length against body mass for the three Pygoscelis species; Gentoo penguins separate clearly.",
    dataset: "palmer-penguins-morphometrics",
    lab: "polar-seabird-ecology",
    owner: "hannah-whitcombe",
    visibility: "public",
    settings: { analysis: "table", file: "penguins.csv", x: "flipper_length_mm", y: "body_mass_g", groupBy: "species" },
    viewState: { chart: "scatter", sort: { column: "body_mass_g", direction: "desc" } },
    forkedFrom: null,
    createdDaysAgo: 170,
    updatedDaysAgo: 20,
  },
  {
    slug: "ppcp1-orfs-over-100-aa-fork",
    title: "pPCP1 ORFs ≥ 100 aa, complement strand only",
    description: "Fork of the pPCP1 ORF scan restricted to the complement strand, which carries the pesticin gene (pst) and two short regulatory ORFs.",
    dataset: "yersinia-pestis-ppcp1-plasmid",
    lab: "coronavirus-genomics-unit",
    owner: DEMO_RESEARCHER.handle,
    visibility: "private",
    settings: workbench("orfs", { table: 11, minAaLength: 100, startPolicy: "alternative", strands: "reverse", nested: false }),
    viewState: { openResults: ["orfs"], file: "NC_005816.fna", zoom: [4000, 9000] },
    forkedFrom: "ppcp1-orfs-over-100-aa",
    createdDaysAgo: 7,
    updatedDaysAgo: 1,
  },
];
