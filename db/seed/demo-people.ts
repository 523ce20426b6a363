import { DEMO_ADMIN, DEMO_RESEARCHER } from "./demo-accounts";

/**
 * Who is in the demo world. Keys (`handle`, lab `slug`) are the names from which fixed UUIDs are
 * derived, so renaming one changes its id: do that only together with the tests.
 */
export interface SeedUser {
  handle: string;
  email: string;
  name: string;
  role: "researcher" | "admin";
  affiliation: string;
  /** Account age, in days before the seed's `now`. */
  joinedDaysAgo: number;
}

export interface SeedLab {
  slug: string;
  name: string;
  institution: string;
  visibility: "public" | "private";
  description: string;
  createdDaysAgo: number;
  owner: string;
  members: readonly string[];
}

export const SEED_USERS: readonly SeedUser[] = [
  { handle: DEMO_RESEARCHER.handle, email: DEMO_RESEARCHER.email, name: DEMO_RESEARCHER.name, role: "researcher", affiliation: "Westbrook Institute for Infectious Disease", joinedDaysAgo: 412 },
  { handle: DEMO_ADMIN.handle, email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, role: "admin", affiliation: "Cyanea platform operations", joinedDaysAgo: 540 },
  { handle: "sigrid-halvorsen", email: "sigrid.halvorsen@cyanea.test", name: "Sigrid Halvorsen", role: "researcher", affiliation: "Nordic Centre for Structural Biology", joinedDaysAgo: 498 },
  { handle: "mei-ling-zhou", email: "meiling.zhou@cyanea.test", name: "Mei-Ling Zhou", role: "researcher", affiliation: "Lakeshore University, Department of Microbiology", joinedDaysAgo: 455 },
  { handle: "kwame-mensah", email: "kwame.mensah@cyanea.test", name: "Kwame Mensah", role: "researcher", affiliation: "Westbrook Institute for Infectious Disease", joinedDaysAgo: 390 },
  { handle: "arjun-mehta", email: "arjun.mehta@cyanea.test", name: "Arjun Mehta", role: "researcher", affiliation: "Nordic Centre for Structural Biology", joinedDaysAgo: 301 },
  { handle: "lena-vogel", email: "lena.vogel@cyanea.test", name: "Lena Vogel", role: "researcher", affiliation: "St. Aldric University Hospital, Clinical Sequencing Core", joinedDaysAgo: 365 },
  { handle: "tomas-ortega", email: "tomas.ortega@cyanea.test", name: "Tomás Ortega", role: "researcher", affiliation: "Lakeshore University, Department of Microbiology", joinedDaysAgo: 240 },
  { handle: "hannah-whitcombe", email: "hannah.whitcombe@cyanea.test", name: "Hannah Whitcombe", role: "researcher", affiliation: "Southern Ocean Field Station Consortium", joinedDaysAgo: 220 },
];

export const SEED_LABS: readonly SeedLab[] = [
  {
    slug: "coronavirus-genomics-unit",
    name: "Coronavirus Genomics Unit",
    institution: "Westbrook Institute for Infectious Disease",
    visibility: "public",
    description:
      "Genomic surveillance of SARS-CoV-2 and other betacoronaviruses: tiled-amplicon sequencing of clinical swabs, lineage assignment and reference curation for downstream primer and ORF analyses.",
    createdDaysAgo: 400,
    owner: DEMO_RESEARCHER.handle,
    members: ["kwame-mensah"],
  },
  {
    slug: "halvorsen-structural-biology",
    name: "Halvorsen Structural Biology Lab",
    institution: "Nordic Centre for Structural Biology",
    visibility: "public",
    description:
      "X-ray crystallography, cryo-EM and NMR of host–pathogen protein complexes, with a focus on receptor recognition by coronavirus spike proteins and on high-resolution model validation.",
    createdDaysAgo: 480,
    owner: "sigrid-halvorsen",
    members: [DEMO_RESEARCHER.handle, "arjun-mehta"],
  },
  {
    slug: "plasmid-pathogen-genomics",
    name: "Plasmid & Pathogen Genomics Group",
    institution: "Lakeshore University, Department of Microbiology",
    visibility: "public",
    description:
      "Comparative genomics of bacterial plasmids and mobile elements in Yersinia and Enterobacterales; 16S amplicon surveys and long-read plasmid assembly.",
    createdDaysAgo: 440,
    owner: "mei-ling-zhou",
    members: ["tomas-ortega", "kwame-mensah"],
  },
  {
    slug: "clinical-sequencing-core",
    name: "Clinical Sequencing Core",
    institution: "St. Aldric University Hospital",
    visibility: "private",
    description:
      "Hospital sequencing core for targeted capture panels and marker validation. Data derived from patient material stay inside the core: everything here is private to members.",
    createdDaysAgo: 350,
    owner: "lena-vogel",
    members: ["tomas-ortega"],
  },
  {
    slug: "polar-seabird-ecology",
    name: "Polar Seabird Ecology Group",
    institution: "Southern Ocean Field Station Consortium",
    visibility: "public",
    description:
      "Long-term monitoring of Pygoscelis penguin colonies along the western Antarctic Peninsula: morphometrics, breeding success and stable-isotope diet proxies.",
    createdDaysAgo: 210,
    owner: "hannah-whitcombe",
    members: ["arjun-mehta"],
  },
];
