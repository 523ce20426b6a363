import type { StreamQuery } from "./export-stream";

/**
 * SQL projections of the public snapshot. Every query here applies the public rule itself
 * (datasets/protocols: `visibility = 'public' AND published_at IS NOT NULL`; spaces and labs:
 * `visibility = 'public'`), selects only public columns, and drops references to non-public objects
 * (a private lab, a draft parent, a private dataset) to NULL. Timestamps leave the database as
 * ISO-8601 text and JSON aggregates as text, so both drivers yield identical rows.
 */

const iso = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const PUBLIC_DATASET = (a: string) => `${a}.visibility = 'public' and ${a}.published_at is not null`;
export const PUBLIC_PROTOCOL = PUBLIC_DATASET;
export const PUBLIC_SPACE = (a: string) => `${a}.visibility = 'public'`;

const labCols = (a: string) =>
  `case when ${a}.visibility = 'public' then ${a}.slug end as lab_slug, case when ${a}.visibility = 'public' then ${a}.name end as lab_name`;

const starCount = (type: string, idCol: string) =>
  `(select count(*)::int from stars s where s.target_type = '${type}' and s.target_id = ${idCol})`;

/** Columns shared by every object row. */
export interface OwnedRow {
  lab_slug: string | null;
  lab_name: string | null;
  owner_handle: string;
  owner_name: string;
}

export interface DatasetExportRow extends OwnedRow, Record<string, unknown> {
  id: string;
  slug: string;
  title: string;
  description: string;
  license: string;
  organism: string | null;
  tags: string[];
  format: string;
  created_at: string;
  updated_at: string;
  published_at: string;
  star_count: number;
  /** JSON text: `[{id, name, format, sizeBytes, sha256}]` ordered by name. */
  files: string;
}

export const datasetsQuery: StreamQuery = {
  text: `select d.id::text as id, d.slug, d.title, d.description, d.license, d.organism, d.tags, d.format::text as format,
      ${labCols("l")}, u.handle as owner_handle, u.name as owner_name,
      ${iso("d.created_at")} as created_at, ${iso("d.updated_at")} as updated_at, ${iso("d.published_at")} as published_at,
      ${starCount("dataset", "d.id")} as star_count,
      (select coalesce(json_agg(json_build_object('id', f.id, 'name', f.name, 'format', f.format, 'sizeBytes', f.size_bytes, 'sha256', f.sha256) order by f.name), '[]'::json)::text
         from dataset_files f where f.dataset_id = d.id) as files
    from datasets d
    join users u on u.id = d.owner_id
    left join labs l on l.id = d.lab_id
    where ${PUBLIC_DATASET("d")}`,
  keys: [{ column: "slug", cast: "text" }],
};

export interface ProtocolExportRow extends OwnedRow, Record<string, unknown> {
  id: string;
  slug: string;
  title: string;
  description: string;
  tags: string[];
  parent_slug: string | null;
  parent_title: string | null;
  created_at: string;
  updated_at: string;
  published_at: string;
  star_count: number;
  /** JSON text: `[{position, title, body, durationMinutes}]` ordered by position. */
  steps: string;
}

export const protocolsQuery: StreamQuery = {
  text: `select p.id::text as id, p.slug, p.title, p.description, p.tags,
      ${labCols("l")}, u.handle as owner_handle, u.name as owner_name,
      parent.slug as parent_slug, parent.title as parent_title,
      ${iso("p.created_at")} as created_at, ${iso("p.updated_at")} as updated_at, ${iso("p.published_at")} as published_at,
      ${starCount("protocol", "p.id")} as star_count,
      (select coalesce(json_agg(json_build_object('position', st.position, 'title', st.title, 'body', st.body, 'durationMinutes', st.duration_minutes) order by st.position), '[]'::json)::text
         from protocol_steps st where st.protocol_id = p.id) as steps
    from protocols p
    join users u on u.id = p.owner_id
    left join labs l on l.id = p.lab_id
    left join protocols parent on parent.id = p.forked_from_id and ${PUBLIC_PROTOCOL("parent")}
    where ${PUBLIC_PROTOCOL("p")}`,
  keys: [{ column: "slug", cast: "text" }],
};

export interface SpaceExportRow extends OwnedRow, Record<string, unknown> {
  id: string;
  slug: string;
  title: string;
  description: string;
  dataset_slug: string | null;
  dataset_title: string | null;
  parent_slug: string | null;
  parent_title: string | null;
  /** jsonb as text. */
  settings: string;
  view_state: string;
  created_at: string;
  updated_at: string;
  star_count: number;
}

export const spacesQuery: StreamQuery = {
  text: `select sp.id::text as id, sp.slug, sp.title, sp.description,
      ds.slug as dataset_slug, ds.title as dataset_title, parent.slug as parent_slug, parent.title as parent_title,
      ${labCols("l")}, u.handle as owner_handle, u.name as owner_name,
      sp.settings::text as settings, sp.view_state::text as view_state,
      ${iso("sp.created_at")} as created_at, ${iso("sp.updated_at")} as updated_at,
      ${starCount("space", "sp.id")} as star_count
    from spaces sp
    join users u on u.id = sp.owner_id
    left join labs l on l.id = sp.lab_id
    left join datasets ds on ds.id = sp.dataset_id and ${PUBLIC_DATASET("ds")}
    left join spaces parent on parent.id = sp.forked_from_id and ${PUBLIC_SPACE("parent")}
    where ${PUBLIC_SPACE("sp")}`,
  keys: [{ column: "slug", cast: "text" }],
};

export interface LabExportRow extends Record<string, unknown> {
  id: string;
  slug: string;
  name: string;
  description: string;
  institution: string | null;
  created_at: string;
  member_count: number;
  dataset_count: number;
  protocol_count: number;
  space_count: number;
}

export const labsQuery: StreamQuery = {
  text: `select l.id::text as id, l.slug, l.name, l.description, l.institution, ${iso("l.created_at")} as created_at,
      (select count(*)::int from lab_members m where m.lab_id = l.id) as member_count,
      (select count(*)::int from datasets d where d.lab_id = l.id and ${PUBLIC_DATASET("d")}) as dataset_count,
      (select count(*)::int from protocols p where p.lab_id = l.id and ${PUBLIC_PROTOCOL("p")}) as protocol_count,
      (select count(*)::int from spaces sp where sp.lab_id = l.id and ${PUBLIC_SPACE("sp")}) as space_count
    from labs l
    where l.visibility = 'public'`,
  keys: [{ column: "slug", cast: "text" }],
};

/** A card-sized row of any object type (see SnapshotListItem). */
export interface ListItemRow extends OwnedRow, Record<string, unknown> {
  type: "dataset" | "protocol" | "space";
  id: string;
  slug: string;
  title: string;
  description: string;
  tags: string[];
  format: string | null;
  organism: string | null;
  date: string;
  star_count: number;
}

/** SELECT list of a dataset card over alias `d` (needs `u` users and `l` labs joined). */
export const datasetItemCols = `'dataset'::text as type, d.id::text as id, d.slug, d.title, d.description, d.tags, d.format::text as format, d.organism,
  ${iso("d.published_at")} as date, ${starCount("dataset", "d.id")} as star_count,
  ${labCols("l")}, u.handle as owner_handle, u.name as owner_name`;

const protocolItemCols = `'protocol'::text as type, p.id::text as id, p.slug, p.title, p.description, p.tags, null::text as format, null::text as organism,
  ${iso("p.published_at")} as date, ${starCount("protocol", "p.id")} as star_count,
  ${labCols("l")}, u.handle as owner_handle, u.name as owner_name`;

const spaceItemCols = `'space'::text as type, sp.id::text as id, sp.slug, sp.title, sp.description, '{}'::text[] as tags, null::text as format, null::text as organism,
  ${iso("sp.created_at")} as date, ${starCount("space", "sp.id")} as star_count,
  ${labCols("l")}, u.handle as owner_handle, u.name as owner_name`;

/** The newest published public datasets ($1 = limit), newest first, ties by id. */
export const recentDatasetsSql = `select ${datasetItemCols}
  from datasets d join users u on u.id = d.owner_id left join labs l on l.id = d.lab_id
  where ${PUBLIC_DATASET("d")}
  order by d.published_at desc, d.id asc
  limit $1`;

export type CategoryKind = "format" | "organism" | "tag";

export interface CategoryRow extends ListItemRow {
  value: string;
  total: number;
  rn: number;
}

/**
 * Datasets per category value, the newest `$1` of each, with the category's total; streamed in
 * (value, rank) order so a reader can emit one category at a time.
 */
export function categoryQuery(kind: CategoryKind): StreamQuery {
  const valueOf = { format: "ff.format", organism: "d.organism", tag: "t.tag" }[kind];
  // A dataset is listed under every format among its files (a GenBank record next to its FASTA), not only its headline one.
  const from = {
    format: "datasets d cross join lateral (select f.format::text as format from dataset_files f where f.dataset_id = d.id union select d.format::text) as ff",
    organism: "datasets d",
    tag: "datasets d cross join lateral (select distinct u.tag from unnest(d.tags) as u(tag)) as t",
  }[kind];
  const extra = kind === "organism" ? "and d.organism is not null and d.organism <> ''" : kind === "tag" ? "and t.tag <> ''" : "";
  return {
    text: `select c.value, c.total, c.rn, ${datasetItemCols}
      from (
        select ${valueOf} as value, d.id,
          count(*) over (partition by ${valueOf})::int as total,
          row_number() over (partition by ${valueOf} order by d.published_at desc, d.id asc)::int as rn
        from ${from}
        where ${PUBLIC_DATASET("d")} ${extra}
      ) c
      join datasets d on d.id = c.id
      join users u on u.id = d.owner_id
      left join labs l on l.id = d.lab_id
      where c.rn <= $1`,
    keys: [
      { column: "value", cast: "text" },
      { column: "rn", cast: "int" },
    ],
  };
}

export interface TrendingRow extends ListItemRow {
  score: number;
  stars: number;
  views: number;
  downloads: number;
  forks: number;
}

export interface TrendingParams {
  now: Date;
  type: "dataset" | "protocol" | "space";
  windowDays: number;
  halfLifeDays: number;
  weights: { star: number; fork: number; download: number; view: number };
  limit: number;
}

/**
 * Top `limit` public objects of one type by time-decayed activity (formula: export/trending.ts).
 * Each event's term is rounded to 9 decimals as numeric before summing, so the sum is exact and
 * does not depend on the order the aggregate sees rows in; the score is then rounded to 6.
 */
export function trendingSql(p: TrendingParams): { text: string; params: unknown[] } {
  const target = {
    dataset: { cols: datasetItemCols, from: "datasets d", alias: "d", where: PUBLIC_DATASET("d"), owner: "d" },
    protocol: { cols: protocolItemCols, from: "protocols p", alias: "p", where: PUBLIC_PROTOCOL("p"), owner: "p" },
    space: { cols: spaceItemCols, from: "spaces sp", alias: "sp", where: PUBLIC_SPACE("sp"), owner: "sp" },
  }[p.type];
  const a = target.alias;
  const text = `with ev as (
      select e.target_id, e.kind::text as kind, e.created_at from activity_events e
        where e.target_type = $2::target_type and e.created_at > $1::timestamptz - make_interval(days => $3::int) and e.created_at <= $1::timestamptz
      union all
      select s.target_id, 'star', s.created_at from stars s
        where s.target_type = $2::target_type and s.created_at > $1::timestamptz - make_interval(days => $3::int) and s.created_at <= $1::timestamptz
    ), scored as (
      select target_id,
        round(sum(round((
          (case kind when 'star' then $4::float8 when 'fork' then $5::float8 when 'download' then $6::float8 else $7::float8 end)
          * power(2::float8, (-extract(epoch from ($1::timestamptz - created_at)) / ($8::float8 * 86400))::float8)
        )::numeric, 9)), 6) as score,
        (count(*) filter (where kind = 'star'))::int as stars,
        (count(*) filter (where kind = 'view'))::int as views,
        (count(*) filter (where kind = 'download'))::int as downloads,
        (count(*) filter (where kind = 'fork'))::int as forks
      from ev group by target_id
    ), top as (
      -- Rank on ids alone, then build card columns for the winners only: computing them (star
      -- counts, labels) for every scored object before the sort would cost a subquery per object.
      select s.*, ${a}.id as oid from scored s join ${target.from} on ${a}.id = s.target_id
      where ${target.where}
      order by s.score desc, ${a}.id asc
      limit $9::int
    )
    select ${target.cols}, s.score::float8 as score, s.stars, s.views, s.downloads, s.forks
    from top s
    join ${target.from} on ${a}.id = s.oid
    join users u on u.id = ${target.owner}.owner_id
    left join labs l on l.id = ${a}.lab_id
    order by s.score desc, ${a}.id asc`;
  const w = p.weights;
  return { text, params: [p.now.toISOString(), p.type, p.windowDays, w.star, w.fork, w.download, w.view, p.halfLifeDays, p.limit] };
}

export interface ActiveLabRow extends Record<string, unknown> {
  slug: string;
  name: string;
  institution: string | null;
  events: number;
  published: number;
  last_activity_at: string;
}

/**
 * Public labs by activity on their public objects in ($1 − $2 days, $1]: stars, views, downloads
 * and forks, plus publications. Labs with none are left out; ties by lab id. `$3` = limit.
 */
export const activeLabsSql = `with objs as (
    select d.id, d.lab_id, 'dataset'::text as t, d.published_at from datasets d where d.lab_id is not null and ${PUBLIC_DATASET("d")}
    union all
    select p.id, p.lab_id, 'protocol', p.published_at from protocols p where p.lab_id is not null and ${PUBLIC_PROTOCOL("p")}
    union all
    select sp.id, sp.lab_id, 'space', null::timestamptz from spaces sp where sp.lab_id is not null and ${PUBLIC_SPACE("sp")}
  ), win as (
    select $1::timestamptz - make_interval(days => $2::int) as since, $1::timestamptz as until
  ), act as (
    select o.lab_id, e.created_at, 1 as ev, 0 as pub from activity_events e join objs o on o.id = e.target_id and o.t = e.target_type::text, win
      where e.created_at > win.since and e.created_at <= win.until
    union all
    select o.lab_id, s.created_at, 1, 0 from stars s join objs o on o.id = s.target_id and o.t = s.target_type::text, win
      where s.created_at > win.since and s.created_at <= win.until
    union all
    select o.lab_id, o.published_at, 0, 1 from objs o, win where o.published_at > win.since and o.published_at <= win.until
  ), per_lab as (
    select lab_id, sum(ev)::int as events, sum(pub)::int as published, max(created_at) as last_at from act group by lab_id
  )
  select l.slug, l.name, l.institution, pl.events, pl.published, ${iso("pl.last_at")} as last_activity_at
  from per_lab pl join labs l on l.id = pl.lab_id
  where l.visibility = 'public'
  order by (pl.events + pl.published) desc, l.id asc
  limit $3::int`;

export interface StatsRow extends Record<string, unknown> {
  datasets: number;
  protocols: number;
  spaces: number;
  labs: number;
  contributors: number;
  files: number;
  total_size_bytes: number;
  published_last_30_days: number;
  /** JSON text: `{format: count}`. */
  by_format: string;
}

/** Site-wide totals over public objects; `$1` = now. One scan of datasets (materialised), one join to files. */
export const statsSql = `with pub as materialized (
    select d.id, d.owner_id, d.format, d.published_at from datasets d where ${PUBLIC_DATASET("d")}
  ), files as (
    select count(*)::int as n, coalesce(sum(f.size_bytes), 0)::float8 as bytes from dataset_files f join pub on pub.id = f.dataset_id
  )
  select
    (select count(*)::int from pub) as datasets,
    (select count(*)::int from protocols p where ${PUBLIC_PROTOCOL("p")}) as protocols,
    (select count(*)::int from spaces sp where ${PUBLIC_SPACE("sp")}) as spaces,
    (select count(*)::int from labs l where l.visibility = 'public') as labs,
    (select count(distinct owner_id)::int from (
        select owner_id from pub
        union all select p.owner_id from protocols p where ${PUBLIC_PROTOCOL("p")}
        union all select sp.owner_id from spaces sp where ${PUBLIC_SPACE("sp")}) o) as contributors,
    (select n from files) as files,
    (select bytes from files) as total_size_bytes,
    (select count(*)::int from pub where published_at > $1::timestamptz - interval '30 days' and published_at <= $1::timestamptz) as published_last_30_days,
    (select coalesce(json_object_agg(format, n order by format), '{}'::json)::text from (
        select format::text as format, count(*)::int as n from pub group by format) f) as by_format`;
