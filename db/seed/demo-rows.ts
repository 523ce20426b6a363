import { hashApiKeySecret } from "@/lib/auth/api-key-secret";
import type { apiKeys, datasetFiles, datasets, labMembers, labs, protocolSteps, protocols, spaces, users } from "../schema";
import { type ActivityTarget, type EventRow, type Heat, type StarRow, buildActivity } from "./demo-activity";
import { DEMO_ADMIN, DEMO_ADMIN_KEY_PREFIX, DEMO_ADMIN_KEY_SECRET, DEMO_RESEARCHER, DEMO_RESEARCHER_KEY_PREFIX, DEMO_RESEARCHER_KEY_SECRET } from "./demo-accounts";
import { SEED_DATASETS } from "./demo-datasets";
import { SEED_LABS, SEED_USERS } from "./demo-people";
import { SEED_PROTOCOLS } from "./demo-protocols";
import { SEED_SPACES } from "./demo-spaces";
import type { SeedFile } from "./ingest";
import { ago, createRng, seedUuid } from "./seed-random";

/** Every row of the demo seed, ready to insert; a pure function of `now`, the files and the hashes. */
export interface DemoRows {
  users: (typeof users.$inferInsert)[];
  apiKeys: (typeof apiKeys.$inferInsert)[];
  labs: (typeof labs.$inferInsert)[];
  labMembers: (typeof labMembers.$inferInsert)[];
  datasets: (typeof datasets.$inferInsert)[];
  datasetFiles: (typeof datasetFiles.$inferInsert)[];
  protocols: (typeof protocols.$inferInsert)[];
  protocolSteps: (typeof protocolSteps.$inferInsert)[];
  spaces: (typeof spaces.$inferInsert)[];
  stars: StarRow[];
  events: EventRow[];
}

export interface PasswordHashes {
  researcher: string;
  admin: string;
  colleague: string;
}

/** Which objects trend: recent activity for these, older activity for the cold ones. */
const HEAT: Record<string, Heat> = {
  "ace2-gd-2019-rbd-cryo-em-7ddo": "hot",
  "palmer-penguins-morphometrics": "hot",
  "ni-nta-his-tag-purification": "hot",
  "sars-cov-2-spike-region-kmers": "hot",
  "crambin-atomic-resolution-1crn": "cold",
  "wisteria-frutescens-matk": "cold",
  "plasmid-miniprep-alkaline-lysis": "cold",
  "hanging-drop-crystallization": "cold",
};

/** Fixed PRNG seed: changing it reshuffles all demo activity (and the tests' expectations). */
const ACTIVITY_SEED = 0x5eed_c0de;

export const userId = (handle: string) => seedUuid("user", handle);
export const labId = (slug: string) => seedUuid("lab", slug);
export const datasetId = (slug: string) => seedUuid("dataset", slug);
export const protocolId = (slug: string) => seedUuid("protocol", slug);
export const spaceId = (slug: string) => seedUuid("space", slug);

function days(now: Date, d: number): Date {
  return ago(now, { days: d });
}

/** Fails loudly when content refers to a missing user/lab/dataset, or an owner outside their lab. */
function checkReferences(teams: Map<string, Set<string>>) {
  const handles = new Set(SEED_USERS.map((u) => u.handle));
  const owned = [...SEED_DATASETS, ...SEED_PROTOCOLS, ...SEED_SPACES];
  for (const o of owned) {
    if (!handles.has(o.owner)) throw new Error(`seed: ${o.slug} has unknown owner ${o.owner}`);
    if (o.lab !== null && !teams.get(o.lab)?.has(o.owner)) throw new Error(`seed: owner of ${o.slug} is not in lab ${o.lab}`);
  }
  for (const s of SEED_SPACES) {
    if (s.dataset && !SEED_DATASETS.some((d) => d.slug === s.dataset)) throw new Error(`seed: space ${s.slug} has unknown dataset`);
  }
}

export function buildDemoRows(now: Date, files: ReadonlyMap<string, SeedFile>, hashes: PasswordHashes): DemoRows {
  const teams = new Map(SEED_LABS.map((l) => [l.slug, new Set([l.owner, ...l.members])]));
  checkReferences(teams);
  const teamOf = (lab: string | null, owner: string) => [...new Set([owner, ...(lab ? (teams.get(lab) ?? []) : [])])].map(userId);
  const fileOf = (name: string): SeedFile => {
    const f = files.get(name);
    if (!f) throw new Error(`seed: file ${name} was not ingested`);
    return f;
  };

  const userRows = SEED_USERS.map((u) => ({
    id: userId(u.handle),
    email: u.email,
    name: u.name,
    handle: u.handle,
    role: u.role,
    affiliation: u.affiliation,
    passwordHash: u.handle === DEMO_RESEARCHER.handle ? hashes.researcher : u.handle === DEMO_ADMIN.handle ? hashes.admin : hashes.colleague,
    createdAt: days(now, u.joinedDaysAgo),
  }));
  const joinedDaysAgo = new Map(SEED_USERS.map((u) => [u.handle, u.joinedDaysAgo]));

  const apiKeyRows = [
    { user: DEMO_RESEARCHER.handle, prefix: DEMO_RESEARCHER_KEY_PREFIX, secret: DEMO_RESEARCHER_KEY_SECRET },
    { user: DEMO_ADMIN.handle, prefix: DEMO_ADMIN_KEY_PREFIX, secret: DEMO_ADMIN_KEY_SECRET },
  ].map((k) => ({
    id: seedUuid("api_key", k.prefix),
    userId: userId(k.user),
    name: "Demo key (development only)",
    prefix: k.prefix,
    secretHash: hashApiKeySecret(k.secret),
    scopes: ["read", "write"],
    createdAt: days(now, 30),
  }));

  const labRows = SEED_LABS.map((l) => ({
    id: labId(l.slug),
    slug: l.slug,
    name: l.name,
    description: l.description,
    institution: l.institution,
    visibility: l.visibility,
    createdAt: days(now, l.createdDaysAgo),
  }));
  const memberRows = SEED_LABS.flatMap((l) =>
    [l.owner, ...l.members].map((handle, i) => ({
      labId: labId(l.slug),
      userId: userId(handle),
      role: i === 0 ? ("owner" as const) : ("member" as const),
      // Members join after both the lab and their account exist.
      joinedAt: days(now, Math.min(l.createdDaysAgo, joinedDaysAgo.get(handle) ?? 0) - i * 3),
    })),
  );

  const datasetRows = SEED_DATASETS.map((d) => ({
    id: datasetId(d.slug),
    slug: d.slug,
    title: d.title,
    description: d.description,
    labId: d.lab ? labId(d.lab) : null,
    ownerId: userId(d.owner),
    visibility: d.visibility,
    license: d.license,
    organism: d.organism,
    tags: [...d.tags],
    format: fileOf(d.files[0] ?? "").format,
    createdAt: days(now, d.createdDaysAgo),
    updatedAt: days(now, d.updatedDaysAgo),
    publishedAt: d.publishedDaysAgo === null ? null : days(now, d.publishedDaysAgo),
  }));
  const fileRows = SEED_DATASETS.flatMap((d) =>
    d.files.map((name, i) => {
      const f = fileOf(name);
      return {
        id: seedUuid("dataset_file", `${d.slug}/${name}`),
        datasetId: datasetId(d.slug),
        name,
        format: f.format,
        sizeBytes: f.sizeBytes,
        sha256: f.sha256,
        storageKey: f.storageKey,
        summary: f.summary,
        createdAt: ago(now, { days: d.createdDaysAgo, minutes: -(i + 1) }),
      };
    }),
  );

  const protocolRows = SEED_PROTOCOLS.map((p) => ({
    id: protocolId(p.slug),
    slug: p.slug,
    title: p.title,
    description: p.description,
    labId: p.lab ? labId(p.lab) : null,
    ownerId: userId(p.owner),
    visibility: p.visibility,
    tags: [...p.tags],
    forkedFromId: p.forkedFrom ? protocolId(p.forkedFrom) : null,
    createdAt: days(now, p.createdDaysAgo),
    updatedAt: days(now, p.updatedDaysAgo),
    publishedAt: p.publishedDaysAgo === null ? null : days(now, p.publishedDaysAgo),
  }));
  const stepRows = SEED_PROTOCOLS.flatMap((p) =>
    p.steps.map((s, position) => ({
      id: seedUuid("protocol_step", `${p.slug}/${position}`),
      protocolId: protocolId(p.slug),
      position,
      title: s.title,
      body: s.body,
      durationMinutes: s.durationMinutes,
    })),
  );

  const spaceRows = SEED_SPACES.map((s) => ({
    id: spaceId(s.slug),
    slug: s.slug,
    title: s.title,
    description: s.description,
    datasetId: s.dataset ? datasetId(s.dataset) : null,
    labId: s.lab ? labId(s.lab) : null,
    ownerId: userId(s.owner),
    visibility: s.visibility,
    settings: s.settings,
    viewState: viewStateOf(s),
    forkedFromId: s.forkedFrom ? spaceId(s.forkedFrom) : null,
    createdAt: days(now, s.createdDaysAgo),
    updatedAt: days(now, s.updatedDaysAgo),
  }));

  const targets: ActivityTarget[] = [
    ...SEED_DATASETS.map((d) => ({ type: "dataset" as const, id: datasetId(d.slug), open: d.visibility === "public" && d.publishedDaysAgo !== null, team: teamOf(d.lab, d.owner), heat: HEAT[d.slug] ?? "warm", createdAt: days(now, d.createdDaysAgo) })),
    ...SEED_PROTOCOLS.map((p) => ({ type: "protocol" as const, id: protocolId(p.slug), open: p.visibility === "public" && p.publishedDaysAgo !== null, team: teamOf(p.lab, p.owner), heat: HEAT[p.slug] ?? "warm", createdAt: days(now, p.createdDaysAgo) })),
    ...SEED_SPACES.map((s) => ({ type: "space" as const, id: spaceId(s.slug), open: s.visibility === "public", team: teamOf(s.lab, s.owner), heat: HEAT[s.slug] ?? "warm", createdAt: days(now, s.createdDaysAgo) })),
  ];
  const { stars, events } = buildActivity(createRng(ACTIVITY_SEED), now, targets, userRows.map((u) => u.id));

  return {
    users: userRows,
    apiKeys: apiKeyRows,
    labs: labRows,
    labMembers: memberRows,
    datasets: datasetRows,
    datasetFiles: fileRows,
    protocols: protocolRows,
    protocolSteps: stepRows,
    spaces: spaceRows,
    stars,
    events,
  };
}

/** Every seed file name, in first-use order. */
export function seedFileNames(): string[] {
  return [...new Set(SEED_DATASETS.flatMap((d) => d.files))];
}

/** A space's view state with its `file` name resolved to the seeded file's id (`datasetFileId`, what the workbench reads). */
function viewStateOf(s: (typeof SEED_SPACES)[number]): Record<string, unknown> {
  const { file, ...rest } = s.viewState;
  if (typeof file !== "string" || !s.dataset) return s.viewState;
  return { ...rest, datasetFileId: seedUuid("dataset_file", `${s.dataset}/${file}`) };
}
