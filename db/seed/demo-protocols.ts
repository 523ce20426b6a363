import { DEMO_RESEARCHER } from "./demo-accounts";

/** Demo protocols with ordered steps; bodies are short bench instructions, not Lorem ipsum. */
export interface SeedProtocolStep {
  title: string;
  body: string;
  durationMinutes: number | null;
}

export interface SeedProtocol {
  slug: string;
  title: string;
  description: string;
  lab: string | null;
  owner: string;
  visibility: "public" | "private";
  tags: readonly string[];
  /** Slug of the protocol this one was forked from. */
  forkedFrom: string | null;
  createdDaysAgo: number;
  publishedDaysAgo: number | null;
  updatedDaysAgo: number;
  steps: readonly SeedProtocolStep[];
}

export const SEED_PROTOCOLS: readonly SeedProtocol[] = [
  {
    slug: "viral-rna-extraction-from-swabs",
    title: "Viral RNA extraction from nasopharyngeal swabs (spin column)",
    description:
      "Silica spin-column extraction of viral RNA from swabs in viral transport medium, for RT-qPCR and tiled-amplicon sequencing. Work in a class II biosafety cabinet until the sample is in lysis buffer.",
    lab: "coronavirus-genomics-unit",
    owner: DEMO_RESEARCHER.handle,
    visibility: "public",
    tags: ["rna-extraction", "sars-cov-2", "clinical-samples", "biosafety"],
    forkedFrom: null,
    createdDaysAgo: 370,
    publishedDaysAgo: 365,
    updatedDaysAgo: 21,
    steps: [
      { title: "Inactivate and lyse", body: "Vortex the swab tube 10 s. In the cabinet, add 140 µl of viral transport medium to 560 µl of lysis buffer containing carrier RNA; pulse-vortex 15 s and incubate at room temperature.", durationMinutes: 10 },
      { title: "Add ethanol", body: "Briefly spin to collect drops, add 560 µl of 96–100% ethanol and pulse-vortex 15 s. From here on the sample is non-infectious and may leave the cabinet.", durationMinutes: 2 },
      { title: "Bind to the column", body: "Load 630 µl onto the spin column and centrifuge at 6,000 × g for 1 min; discard the flow-through and repeat with the remaining lysate.", durationMinutes: 5 },
      { title: "First wash", body: "Add 500 µl of wash buffer 1 and centrifuge at 6,000 × g for 1 min. Move the column to a clean collection tube.", durationMinutes: 3 },
      { title: "Second wash", body: "Add 500 µl of wash buffer 2 and centrifuge at 20,000 × g for 3 min. Transfer to a fresh tube and spin 1 min more to remove residual ethanol.", durationMinutes: 6 },
      { title: "Elute", body: "Place the column in a labelled 1.5 ml tube, add 60 µl of RNase-free elution buffer to the membrane, wait 1 min and centrifuge at 6,000 × g for 1 min.", durationMinutes: 3 },
      { title: "Check and store", body: "Run an RNase P RT-qPCR on 5 µl as an extraction control (Ct < 35 expected). Store eluates at −80 °C; avoid more than one freeze–thaw cycle.", durationMinutes: 60 },
    ],
  },
  {
    slug: "tiled-amplicon-illumina-library-prep",
    title: "Tiled-amplicon Illumina library prep for SARS-CoV-2 genomes",
    description:
      "cDNA synthesis, two-pool multiplex PCR with ~400 bp tiled amplicons, and tagmentation-based library prep for paired-end 2×150 sequencing on a MiSeq or NextSeq.",
    lab: "coronavirus-genomics-unit",
    owner: "kwame-mensah",
    visibility: "public",
    tags: ["illumina", "library-prep", "amplicon", "sars-cov-2", "ngs"],
    forkedFrom: null,
    createdDaysAgo: 340,
    publishedDaysAgo: 330,
    updatedDaysAgo: 8,
    steps: [
      { title: "Reverse transcription", body: "Mix 8 µl of RNA with 2 µl of LunaScript RT SuperMix. Incubate 25 °C 2 min, 55 °C 10 min, 95 °C 1 min, then hold at 4 °C.", durationMinutes: 15 },
      { title: "Multiplex PCR, pools A and B", body: "For each pool combine 2.5 µl cDNA, 6.25 µl Q5 Hot Start master mix and primer pool to 10 nM per primer in 12.5 µl. Cycle 98 °C 30 s; 35 × (98 °C 15 s, 63 °C 5 min); hold at 4 °C.", durationMinutes: 330 },
      { title: "Pool and clean up", body: "Combine pools A and B per sample, add 0.8× volume of SPRI beads, wash twice with 80% ethanol and elute in 30 µl of 10 mM Tris pH 8.0.", durationMinutes: 25 },
      { title: "Quantify amplicons", body: "Measure 1 µl with a Qubit dsDNA HS assay; expect 10–60 ng/µl. Normalise every sample to 5 ng/µl.", durationMinutes: 20 },
      { title: "Tagment", body: "Tagment 10 ng of each normalised pool with bead-linked transposomes at 55 °C for 15 min; stop with 10 µl of stop buffer and wash the beads twice.", durationMinutes: 30 },
      { title: "Index PCR", body: "Amplify with unique dual indexes for 8 cycles. Record the i7/i5 index pair of every sample in the sample sheet.", durationMinutes: 35 },
      { title: "Final clean-up and pooling", body: "Clean with 0.8× SPRI, check fragment size on a TapeStation (expect a peak at 500–600 bp), pool equimolarly to 4 nM.", durationMinutes: 45 },
      { title: "Load the flow cell", body: "Denature with 0.2 N NaOH, dilute to 10 pM with 5% PhiX spike-in and run 2 × 151 cycles.", durationMinutes: 30 },
    ],
  },
  {
    slug: "hanging-drop-crystallization",
    title: "Protein crystallization by hanging-drop vapour diffusion",
    description:
      "Setting up a 24-well hanging-drop grid screen around a hit condition, for purified protein at 5–15 mg/ml. Keep protein on ice and spin it before use.",
    lab: "halvorsen-structural-biology",
    owner: "sigrid-halvorsen",
    visibility: "public",
    tags: ["crystallography", "crystallization", "x-ray", "structural-biology"],
    forkedFrom: null,
    createdDaysAgo: 470,
    publishedDaysAgo: 468,
    updatedDaysAgo: 90,
    steps: [
      { title: "Prepare the protein", body: "Centrifuge the protein at 16,000 × g for 10 min at 4 °C to remove aggregates; keep the supernatant on ice and confirm the concentration by A280.", durationMinutes: 15 },
      { title: "Grease the plate", body: "Apply a thin, continuous ring of vacuum grease around the rim of each of the 24 wells of a VDX plate.", durationMinutes: 10 },
      { title: "Fill the reservoirs", body: "Pipette 500 µl of reservoir solution per well, varying PEG 3350 from 12 to 22% across the rows and pH from 6.5 to 8.0 down the columns.", durationMinutes: 20 },
      { title: "Set the drops", body: "On a siliconised 22 mm cover slip mix 1 µl of protein with 1 µl of reservoir solution without introducing bubbles; do not mix by pipetting up and down.", durationMinutes: 30 },
      { title: "Seal", body: "Invert each cover slip over its well and press gently so that the grease seals all around; work quickly so the drops do not evaporate.", durationMinutes: 10 },
      { title: "Incubate and inspect", body: "Store the plate at 20 °C without vibration. Inspect under a stereomicroscope at day 1, 3, 7 and 14 and score each drop (clear, precipitate, phase separation, microcrystals, crystals).", durationMinutes: null },
    ],
  },
  {
    slug: "ni-nta-his-tag-purification",
    title: "Ni-NTA purification of His-tagged proteins from E. coli",
    description:
      "Gravity-flow immobilised metal affinity purification of an N-terminally His6-tagged protein from a 1 l E. coli culture, ahead of size-exclusion chromatography.",
    lab: "halvorsen-structural-biology",
    owner: "arjun-mehta",
    visibility: "public",
    tags: ["protein-purification", "imac", "his-tag", "e-coli"],
    forkedFrom: null,
    createdDaysAgo: 260,
    publishedDaysAgo: 255,
    updatedDaysAgo: 4,
    steps: [
      { title: "Resuspend cells", body: "Resuspend the pellet of a 1 l culture in 40 ml of lysis buffer (50 mM Tris pH 8.0, 300 mM NaCl, 10 mM imidazole, 1 mM PMSF, DNase I).", durationMinutes: 15 },
      { title: "Lyse", body: "Sonicate on ice, 10 × 10 s pulses at 40% amplitude with 20 s pauses, or pass twice through a cell disruptor at 15,000 psi.", durationMinutes: 20 },
      { title: "Clarify", body: "Centrifuge at 40,000 × g for 40 min at 4 °C and filter the supernatant through a 0.45 µm filter.", durationMinutes: 50 },
      { title: "Bind", body: "Incubate the lysate with 2 ml of equilibrated Ni-NTA resin for 1 h at 4 °C on a rotator, then pour into a gravity column.", durationMinutes: 65 },
      { title: "Wash", body: "Wash with 20 column volumes of wash buffer (as lysis buffer, 25 mM imidazole) until the A280 of the flow-through returns to baseline.", durationMinutes: 20 },
      { title: "Elute", body: "Elute in 1 ml fractions with 250 mM imidazole; check fractions on a 12% SDS-PAGE gel.", durationMinutes: 30 },
      { title: "Buffer exchange", body: "Pool the clean fractions and dialyse overnight against 20 mM HEPES pH 7.5, 150 mM NaCl, optionally with TEV protease to remove the tag.", durationMinutes: 720 },
    ],
  },
  {
    slug: "16s-v4-amplicon-pcr",
    title: "16S rRNA V4 amplicon PCR (515F/806R)",
    description:
      "Amplification of the V4 region of the bacterial and archaeal 16S rRNA gene from extracted community DNA, with overhang adapters for a second indexing PCR.",
    lab: "plasmid-pathogen-genomics",
    owner: "mei-ling-zhou",
    visibility: "public",
    tags: ["16s", "amplicon", "microbiome", "pcr"],
    forkedFrom: null,
    createdDaysAgo: 410,
    publishedDaysAgo: 405,
    updatedDaysAgo: 33,
    steps: [
      { title: "Set up a clean bench", body: "Work in a PCR hood decontaminated with UV for 15 min; use filter tips and include an extraction blank and a no-template control on every plate.", durationMinutes: 20 },
      { title: "Prepare the master mix", body: "Per 25 µl reaction: 12.5 µl 2× high-fidelity master mix, 0.5 µl each of 10 µM 515F and 806R primers with overhang adapters, 9.5 µl PCR-grade water.", durationMinutes: 15 },
      { title: "Add template", body: "Add 2 µl of template DNA (1–10 ng); for low-biomass samples add up to 5 µl and reduce water accordingly.", durationMinutes: 10 },
      { title: "Cycle", body: "94 °C 3 min; 30 × (94 °C 45 s, 50 °C 60 s, 72 °C 90 s); 72 °C 10 min; hold at 4 °C.", durationMinutes: 120 },
      { title: "Check on a gel", body: "Run 5 µl on a 1.5% agarose gel: expect a single ~390 bp band (with adapters) and nothing in the controls.", durationMinutes: 40 },
    ],
  },
  {
    slug: "plasmid-miniprep-alkaline-lysis",
    title: "Plasmid miniprep by alkaline lysis",
    description: "Classic Birnboim–Doly alkaline lysis miniprep from 1.5 ml of overnight culture, without a kit.",
    lab: "plasmid-pathogen-genomics",
    owner: "mei-ling-zhou",
    visibility: "public",
    tags: ["plasmid", "dna-extraction", "molecular-cloning"],
    forkedFrom: null,
    createdDaysAgo: 430,
    publishedDaysAgo: 430,
    updatedDaysAgo: 100,
    steps: [
      { title: "Harvest", body: "Pellet 1.5 ml of an overnight culture at 12,000 × g for 1 min and remove all of the medium.", durationMinutes: 5 },
      { title: "Resuspend", body: "Resuspend thoroughly in 100 µl of ice-cold solution I (50 mM glucose, 25 mM Tris pH 8.0, 10 mM EDTA, RNase A 100 µg/ml).", durationMinutes: 3 },
      { title: "Lyse", body: "Add 200 µl of freshly made solution II (0.2 N NaOH, 1% SDS), invert five times and leave on ice no longer than 5 min.", durationMinutes: 5 },
      { title: "Neutralise", body: "Add 150 µl of ice-cold solution III (3 M potassium acetate, pH 4.8), invert gently and keep on ice for 5 min.", durationMinutes: 6 },
      { title: "Clear the lysate", body: "Centrifuge at 12,000 × g for 10 min at 4 °C and transfer the supernatant to a fresh tube.", durationMinutes: 12 },
      { title: "Precipitate", body: "Add 2 volumes of ethanol, mix, stand 2 min at room temperature and centrifuge 10 min. Wash the pellet with 70% ethanol and air-dry.", durationMinutes: 20 },
      { title: "Dissolve", body: "Dissolve in 30 µl of TE pH 8.0 and measure concentration and A260/A280.", durationMinutes: 10 },
    ],
  },
  {
    slug: "yersinia-plasmid-miniprep",
    title: "Plasmid miniprep from Yersinia cultures",
    description:
      "Fork of the alkaline lysis miniprep adapted for Yersinia: cultures grown at 28 °C, a larger pellet for the slower-growing strains, and a longer neutralisation for the bulkier precipitate. Attenuated strains only, under the group's approved biosafety protocol.",
    lab: "plasmid-pathogen-genomics",
    owner: "tomas-ortega",
    visibility: "private",
    tags: ["plasmid", "yersinia", "dna-extraction"],
    forkedFrom: "plasmid-miniprep-alkaline-lysis",
    createdDaysAgo: 28,
    publishedDaysAgo: null,
    updatedDaysAgo: 2,
    steps: [
      { title: "Harvest", body: "Pellet 3 ml of an overnight culture grown at 28 °C in BHI broth, in two spins of 1 min at 12,000 × g.", durationMinutes: 5 },
      { title: "Resuspend", body: "Resuspend in 150 µl of ice-cold solution I with RNase A.", durationMinutes: 3 },
      { title: "Lyse", body: "Add 250 µl of solution II, invert five times; do not exceed 5 min.", durationMinutes: 5 },
      { title: "Neutralise longer", body: "Add 250 µl of solution III and keep on ice for 15 min so that the precipitate settles.", durationMinutes: 16 },
      { title: "Clear and precipitate", body: "Spin 15 min at 4 °C, precipitate the supernatant with 0.7 volumes of isopropanol and wash with 70% ethanol.", durationMinutes: 30 },
      { title: "Dissolve and verify", body: "Dissolve in 30 µl of TE and check the 9.6 kb pPCP1 band on a 0.8% agarose gel next to a supercoiled ladder.", durationMinutes: 60 },
    ],
  },
  {
    slug: "negative-stain-grid-screening",
    title: "Negative-stain grid preparation for cryo-EM sample screening",
    description: "Quick uranyl formate negative stain to check the homogeneity of ACE2–RBD complexes before committing to vitrification.",
    lab: "halvorsen-structural-biology",
    owner: DEMO_RESEARCHER.handle,
    visibility: "private",
    tags: ["cryo-em", "negative-stain", "sample-screening"],
    forkedFrom: null,
    createdDaysAgo: 18,
    publishedDaysAgo: null,
    updatedDaysAgo: 1,
    steps: [
      { title: "Glow-discharge grids", body: "Glow-discharge carbon-coated 400-mesh copper grids for 30 s at 15 mA.", durationMinutes: 5 },
      { title: "Apply the sample", body: "Apply 3 µl of complex at 0.01–0.05 mg/ml and let it adsorb for 60 s.", durationMinutes: 2 },
      { title: "Blot and wash", body: "Blot from the side with filter paper and touch the grid to two drops of water, blotting after each.", durationMinutes: 2 },
      { title: "Stain", body: "Touch to a drop of 0.75% uranyl formate, blot, then hold on a second drop for 30 s before the final blot. Dispose of uranyl waste as radioactive.", durationMinutes: 3 },
      { title: "Image", body: "Air-dry for 5 min and screen at 50,000× magnification; look for monodisperse particles of the expected ~10 nm size.", durationMinutes: 45 },
    ],
  },
];
