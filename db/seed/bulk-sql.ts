import * as V from "./bulk-vocab";

/**
 * SQL for bulk synthetic rows: one `WITH … INSERT … SELECT … FROM generate_series(a, b)` statement
 * per batch, whose data-modifying CTEs also insert the batch's files, members, steps, stars and
 * events from the rows just inserted (RETURNING). Row i always gets the same id and content, and
 * ON CONFLICT DO NOTHING makes a re-run skip rows (and hence their dependents) that exist.
 *
 * "Random" choices are integer hashes of the row number, so results are the same on every run,
 * machine and driver. Only numbers, an ISO timestamp and the constant word lists are interpolated.
 *
 * Every LATERAL ends in OFFSET 0: without that fence the planner inlines each column expression at
 * every place it is used, and the nested CASEs were evaluated dozens of times per row (10× slower).
 */

/** Literal for a trusted constant string. */
export function lit(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function arr(items: readonly string[]): string {
  return `(ARRAY[${items.map(lit).join(",")}]::text[])`;
}

/**
 * 31-bit integer hash of (expr, salt): two rounds of `x ^= x >> 16; x *= 0x45d9f3b`. Written out
 * inline (a SQL function call per row would dominate the run time); products stay below 2^58.
 * Callers compute each hash once per row in a LATERAL and refer to it by name.
 */
export function h(expr: string, salt: number): string {
  const mask = 2147483647;
  const seed = `(((${expr})::bigint * 40503 + ${salt * 9973 + 7}) & ${mask})`;
  const round = (x: string) => `((((${x}) >> 16) # (${x})) * 73244475 & ${mask})`;
  const y = round(round(seed));
  return `((${y} >> 16) # ${y})`;
}

/** `n` hashes of `expr` as columns r0..r(n-1) of a LATERAL named `alias`. */
function hashes(alias: string, expr: string, n: number, salt: number): string {
  const cols = Array.from({ length: n }, (_, k) => `${h(expr, salt + k)} AS r${k}`).join(", ");
  return `CROSS JOIN LATERAL (SELECT ${cols} OFFSET 0) ${alias}`;
}

/** Uniform double in [0, 1) from a hash column. */
function unit(hashRef: string): string {
  return `(${hashRef}::float8 / 2147483648.0)`;
}

function pick(items: readonly string[], hashRef: string): string {
  return items.length === 0 ? "NULL::text" : `${arr(items)}[1 + ${hashRef} % ${items.length}]`;
}

/**
 * Two or three distinct tags: neighbours in the list starting at a hashed position. Cheaper than
 * deduplicating random picks with a per-row subquery, which cost a sort per row.
 */
function tagTrio(tags: readonly string[], startRef: string, countRef: string): string {
  const n = tags.length;
  const at = (offset: number) => `${arr(tags)}[1 + (${startRef} + ${offset}) % ${n}]`;
  return n < 3 ? arr(tags) : `(CASE WHEN ${countRef} % 2 = 0 THEN ARRAY[${at(0)}, ${at(1)}] ELSE ARRAY[${at(0)}, ${at(1)}, ${at(2)}] END)`;
}

/** Deterministic UUID from a key: md5-based, with version 4 / RFC variant bits set so strict validators accept it. */
export function bulkUuid(kind: string, keyExpr: string): string {
  return `(overlay(overlay(md5(${lit(`cyanea-bulk:${kind}:`)} || (${keyExpr})::text) placing '4' from 13 for 1) placing '8' from 17 for 1))::uuid`;
}

/** A 31-bit number from a bulk UUID, to seed the hashes of rows derived from it. */
function seedOf(idExpr: string): string {
  return `(('x' || left(replace((${idExpr})::text, '-', ''), 8))::bit(32)::bigint >> 1)`;
}

function slugOf(textExpr: string, suffixExpr: string): string {
  return `(trim(both '-' from left(lower(regexp_replace(${textExpr}, '[^A-Za-z0-9]+', '-', 'g')), 60)) || '-' || (${suffixExpr}))`;
}

const DAY_S = 86_400;
/** Seed-file summaries up to this size are shared by bulk rows (the CSV previews are 7–21 kB). */
const SMALL_SUMMARY_CHARS = 4_000;
const TWO_YEARS_S = 2 * 365 * DAY_S;

/** A time in the last two years, denser towards the present (the platform grows). */
function createdAt(now: string, hashRef: string): string {
  return `(${now} - make_interval(secs => power(${unit(hashRef)}, 1.6) * ${TWO_YEARS_S}))`;
}

export interface Range {
  from: number;
  to: number;
}

export function usersSql(r: Range, now: string): string {
  return `
INSERT INTO users (id, email, name, handle, role, affiliation, created_at)
SELECT ${bulkUuid("user", "i")}, 'researcher' || i || '@bulk.cyanea.test', v.fn || ' ' || v.ln,
  ${slugOf("v.fn || '-' || v.ln", "i")}, 'researcher', ${pick(V.INSTITUTIONS, "x.r2")}, ${createdAt(now, "x.r3")}
FROM generate_series(${r.from}, ${r.to}) AS i
${hashes("x", "i", 4, 1)}
CROSS JOIN LATERAL (SELECT ${pick(V.FIRST_NAMES, "x.r0")} AS fn, ${pick(V.LAST_NAMES, "x.r1")} AS ln OFFSET 0) v
ON CONFLICT DO NOTHING`;
}

/** Labs plus 3–8 members each, drawn from bulk users 1..users; member 0 owns the lab. */
export function labsSql(r: Range, now: string, users: number): string {
  return `
WITH ins AS (
  INSERT INTO labs (id, slug, name, description, institution, visibility, created_at)
  SELECT ${bulkUuid("lab", "i")}, ${slugOf("v.ln || '-' || v.topic || '-lab'", "i")}, v.ln || ' Lab — ' || v.topic,
    'Research group working on ' || lower(v.topic) || ' at ' || v.inst || '. Members share sequencing data, structures and bench protocols here.',
    v.inst, (CASE WHEN x.r3 % 8 = 0 THEN 'private' ELSE 'public' END)::visibility, ${createdAt(now, "x.r4")}
  FROM generate_series(${r.from}, ${r.to}) AS i
  ${hashes("x", "i", 5, 100)}
  CROSS JOIN LATERAL (SELECT ${pick(V.LAST_NAMES, "x.r0")} AS ln, ${pick(V.LAB_TOPICS, "x.r1")} AS topic, ${pick(V.INSTITUTIONS, "x.r2")} AS inst OFFSET 0) v
  ON CONFLICT DO NOTHING
  RETURNING id, created_at, ${seedOf("id")} AS n)
INSERT INTO lab_members (lab_id, user_id, role, joined_at)
SELECT ins.id, ${bulkUuid("user", `1 + (${h("ins.n", 110)} + k * 13) % ${users}`)},
  (CASE WHEN k = 0 THEN 'owner' ELSE 'member' END)::lab_role, least(${now}, ins.created_at + make_interval(days => k * 9))
FROM ins CROSS JOIN generate_series(0, 7) AS k
WHERE k < 3 + ${h("ins.n", 111)} % 6
ON CONFLICT DO NOTHING`;
}

/** Bulk labs 1..n with their members, owner first: the pool that datasets and protocols draw owners from. */
function labPool(labs: number): string {
  return `bl AS MATERIALIZED (
  SELECT g.idx, l.id, l.name, l.visibility, array_agg(m.user_id ORDER BY m.role, m.user_id) AS members
  FROM generate_series(1, ${Math.max(labs, 1)}) AS g(idx)
  JOIN labs l ON l.id = ${bulkUuid("lab", "g.idx")}
  JOIN lab_members m ON m.lab_id = l.id
  GROUP BY g.idx, l.id, l.name, l.visibility)`;
}

/** `CASE p.profile WHEN k THEN choose(profile k) … END`. */
function byProfile(choose: (p: V.DatasetProfile) => string): string {
  return `(CASE p.profile ${V.DATASET_PROFILES.map((pr, k) => `WHEN ${k} THEN ${choose(pr)}`).join(" ")} END)`;
}

/** Profile indices that can produce each format, as `CASE fmt WHEN … THEN (ARRAY[…])[…] END`. */
function profileForFormat(fmtExpr: string, hashRef: string): string {
  const formats = [...new Set(V.FORMAT_SLOTS)];
  const branches = formats.map((f) => {
    const ids = V.DATASET_PROFILES.flatMap((p, k) => (p.formats.includes(f) ? [k] : []));
    return `WHEN ${lit(f)} THEN (ARRAY[${ids.join(",")}])[1 + ${hashRef} % ${ids.length}]`;
  });
  return `(CASE ${fmtExpr} ${branches.join(" ")} END)`;
}

function titleOf(p: V.DatasetProfile): string {
  if (p.family === "structure") return "v0.assay || ' from ' || v0.org";
  if (p.family === "table") return "v0.assay || ' of ' || v0.org || ', ' || v0.place";
  return "v0.assay || ' of ' || v0.org || ' (' || v0.place || ')'";
}

function descriptionOf(p: V.DatasetProfile): string {
  return `replace(replace(replace(replace(${pick(V.DESCRIPTIONS_BY_FAMILY[p.family], "x.r7")}, '{Assay}', v0.assay), '{assay}', lower(v0.assay)), '{org}', v0.org), '{place}', coalesce(v0.place, ''))`;
}

/** Owner/lab/visibility columns shared by datasets and protocols; 10% have no lab. */
function ownership(users: number, labs: number) {
  const nolab = `(bl.id IS NULL OR x.r10 % 10 = 0)`;
  return {
    nolab,
    lab: `CASE WHEN ${nolab} THEN NULL ELSE bl.id END`,
    owner: `CASE WHEN ${nolab} THEN ${bulkUuid("user", `1 + x.r11 % ${users}`)} ELSE bl.members[1 + x.r12 % cardinality(bl.members)] END`,
    // Everything in a private lab is private; elsewhere one object in six is.
    visibility: `(CASE WHEN NOT ${nolab} AND bl.visibility = 'private' THEN 'private' WHEN x.r13 % 6 = 0 THEN 'private' ELSE 'public' END)::visibility`,
    join: `LEFT JOIN bl ON bl.idx = 1 + x.r14 % ${Math.max(labs, 1)}`,
  };
}

/** Readers' stars on public, published rows of `ins`: 0–11 per row, about one on average, most rows none. */
function starsCte(kind: "dataset" | "protocol", now: string, users: number): string {
  return `INSERT INTO stars (user_id, target_type, target_id, created_at)
  SELECT ${bulkUuid("user", `1 + (${h("ins.n", 200)} + k * 97) % ${users}`)}, ${lit(kind)}, ins.id,
    ins.created_at + (${now} - ins.created_at) * ${unit(h("ins.n * 16 + k", 201))}
  FROM ins CROSS JOIN generate_series(0, 11) AS k
  WHERE ins.visibility = 'public' AND ins.published_at IS NOT NULL AND k < ${h("ins.n", 202)} % 64 - 52
  ON CONFLICT DO NOTHING`;
}

/** Views plus downloads (datasets) or forks (protocols) over the last 90 days, skewed to recent days and a few popular rows. */
function eventsCte(kind: "dataset" | "protocol", now: string, users: number): string {
  const e = "(ins.n * 8 + k)";
  return `INSERT INTO activity_events (kind, target_type, target_id, user_id, created_at)
  SELECT (CASE WHEN ${h(e, 300)} % 9 = 0 THEN ${kind === "dataset" ? "'download'" : "'fork'"} ELSE 'view' END)::event_kind, ${lit(kind)}, ins.id,
    CASE WHEN ${h(e, 301)} % 5 < 2 THEN NULL ELSE ${bulkUuid("user", `1 + ${h(e, 302)} % ${users}`)} END,
    greatest(ins.created_at, ${now} - make_interval(secs => power(${unit(h(e, 303))}, 2) * ${90 * DAY_S}))
  FROM ins CROSS JOIN generate_series(0, 5) AS k
  WHERE ins.visibility = 'public' AND ins.published_at IS NOT NULL AND k < floor(6 * power(${unit(h("ins.n", 304))}, 3))`;
}

/**
 * Datasets with one file each (reusing a stored seed blob of the same format: same sha256 and
 * storage key, so downloads work, and no bytes written), stars and events. `seedFileIds` are the
 * demo seed's files.
 */
export function datasetsSql(r: Range, now: string, labs: number, users: number, seedFileIds: readonly string[]): string {
  const o = ownership(users, labs);
  return `
WITH ${labPool(labs)},
sf AS MATERIALIZED (
  -- Seed files with small summaries (every bulk row copies one), or the smallest of a format.
  SELECT format, array_agg(id ORDER BY id) AS ids FROM (
    SELECT DISTINCT ON (sha256) id, format, length(summary::text) AS len,
      min(length(summary::text)) OVER (PARTITION BY format) AS smallest
    FROM dataset_files WHERE id IN (${seedFileIds.map(lit).join(",")}) ORDER BY sha256, id
  ) s WHERE len <= greatest(smallest, ${SMALL_SUMMARY_CHARS}) GROUP BY format),
ins AS (
  INSERT INTO datasets (id, slug, title, description, lab_id, owner_id, visibility, license, organism, tags, format, created_at, updated_at, published_at)
  SELECT ${bulkUuid("dataset", "i")}, ${slugOf("v.title", "i")}, v.title, v.description, ${o.lab}, ${o.owner}, ${o.visibility},
    ${pick(V.LICENSES, "x.r15")}, v.org, v.tags, f.fmt::file_format, v.created,
    least(${now}, v.created + make_interval(secs => ${unit("x.r16")} * ${120 * DAY_S})),
    CASE WHEN x.r17 % 5 = 0 THEN NULL ELSE least(${now}, v.created + make_interval(secs => ${unit("x.r18")} * ${10 * DAY_S})) END
  FROM generate_series(${r.from}, ${r.to}) AS i
  ${hashes("x", "i", 19, 1)}
  CROSS JOIN LATERAL (SELECT ${arr(V.FORMAT_SLOTS)}[1 + x.r0 % ${V.FORMAT_SLOTS.length}] AS fmt OFFSET 0) f
  CROSS JOIN LATERAL (SELECT ${profileForFormat("f.fmt", "x.r1")} AS profile OFFSET 0) p
  CROSS JOIN LATERAL (SELECT
      ${byProfile((pr) => pick(pr.organisms, "x.r2"))} AS org,
      ${byProfile((pr) => pick(pr.assays, "x.r3"))} AS assay,
      ${byProfile((pr) => pick(pr.places, "x.r4"))} AS place,
      ${createdAt(now, "x.r9")} AS created,
      ${byProfile((pr) => tagTrio(pr.tags, "x.r5", "x.r6"))} AS tags OFFSET 0) v0
  CROSS JOIN LATERAL (SELECT v0.*, ${byProfile(titleOf)} AS title, ${byProfile(descriptionOf)} AS description OFFSET 0) v
  ${o.join}
  ON CONFLICT DO NOTHING
  RETURNING id, format, visibility, published_at, created_at, ${seedOf("id")} AS n),
files AS (
  INSERT INTO dataset_files (id, dataset_id, name, format, size_bytes, sha256, storage_key, summary, created_at)
  SELECT ${bulkUuid("dataset_file", "ins.id")}, ins.id, src.name, src.format, src.size_bytes, src.sha256, src.storage_key, src.summary, ins.created_at
  FROM ins JOIN sf ON sf.format = ins.format
  JOIN dataset_files src ON src.id = sf.ids[1 + ${h("ins.n", 400)} % cardinality(sf.ids)]
  ON CONFLICT DO NOTHING),
st AS (${starsCte("dataset", now, users)}),
ev AS (${eventsCte("dataset", now, users)})
SELECT count(*)::int AS inserted FROM ins`;
}

/**
 * Protocols with the first 4–8 steps of their kind's workflow, stars and events. Forks point at an earlier
 * protocol of the same batch, so the parent exists whatever order batches run in.
 */
export function protocolsSql(r: Range, now: string, labs: number, users: number): string {
  const o = ownership(users, labs);
  const kinds = V.PROTOCOL_KINDS;
  const byKind = (choose: (k: V.ProtocolKind) => string) => `(CASE v0.kind ${kinds.map((k, idx) => `WHEN ${idx} THEN ${choose(k)}`).join(" ")} END)`;
  const steps = kinds
    .flatMap((k, kind) => k.steps.map(([title, body, minutes], pos) => `(${kind}, ${pos}, ${lit(title)}, ${lit(body)}, ${minutes})`))
    .join(",\n    ");
  return `
WITH ${labPool(labs)},
ins AS (
  INSERT INTO protocols (id, slug, title, description, lab_id, owner_id, visibility, tags, forked_from_id, created_at, updated_at, published_at)
  SELECT ${bulkUuid("protocol", "i")}, ${slugOf("v.title", "i")}, v.title,
    'Step-by-step protocol: ' || v.tech || ' for ' || v.sample || ', as run routinely ' ||
      CASE WHEN ${o.nolab} THEN 'in our group' ELSE 'in the ' || bl.name END || '. Volumes are per sample; scale master mixes with 10% overage.',
    ${o.lab}, ${o.owner}, ${o.visibility},
    ${byKind((k) => tagTrio(k.tags, "x.r3", "x.r4"))},
    CASE WHEN i > ${r.from} AND x.r5 % 20 = 0 THEN ${bulkUuid("protocol", `${r.from} + x.r6 % (i - ${r.from})`)} END,
    v.created,
    least(${now}, v.created + make_interval(secs => ${unit("x.r7")} * ${200 * DAY_S})),
    CASE WHEN x.r8 % 4 = 0 THEN NULL ELSE least(${now}, v.created + make_interval(secs => ${unit("x.r9")} * ${5 * DAY_S})) END
  FROM generate_series(${r.from}, ${r.to}) AS i
  ${hashes("x", "i", 16, 500)}
  CROSS JOIN LATERAL (SELECT ${seedOf(bulkUuid("protocol", "i"))} % ${kinds.length} AS kind, ${createdAt(now, "x.r15")} AS created OFFSET 0) v0
  CROSS JOIN LATERAL (SELECT v0.*, ${byKind((k) => pick(k.techniques, "x.r1"))} AS tech, ${byKind((k) => pick(k.samples, "x.r2"))} AS sample OFFSET 0) v1
  CROSS JOIN LATERAL (SELECT v1.*, v1.tech || ' for ' || v1.sample AS title OFFSET 0) v
  ${o.join}
  ON CONFLICT DO NOTHING
  RETURNING id, visibility, published_at, created_at, ${seedOf("id")} AS n),
steps AS (
  INSERT INTO protocol_steps (id, protocol_id, position, title, body, duration_minutes)
  SELECT ${bulkUuid("protocol_step", "ins.id || '/' || st.pos")}, ins.id, st.pos, st.title, st.body, st.minutes
  FROM ins
  -- The kind is a function of the id, as in the SELECT above, so steps match the title.
  JOIN (VALUES
    ${steps}) AS st(kind, pos, title, body, minutes) ON st.kind = ins.n % ${kinds.length}
  WHERE st.pos < 4 + ${h("ins.n", 601)} % 5
  ON CONFLICT DO NOTHING),
st AS (${starsCte("protocol", now, users)}),
ev AS (${eventsCte("protocol", now, users)})
SELECT count(*)::int AS inserted FROM ins`;
}

/** Whether bulk row i of `kind` exists (one primary-key probe). */
export function existsSql(table: string, kind: string, i: number): string {
  return `SELECT EXISTS (SELECT 1 FROM ${table} WHERE id = ${bulkUuid(kind, String(i))}) AS present`;
}
