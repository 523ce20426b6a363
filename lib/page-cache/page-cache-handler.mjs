/**
 * Next.js `cacheHandler` for the prerendered public pages (ISR), kept under this instance's data
 * dir instead of the shared build output.
 *
 * Why not Next's default file-system cache: it writes regenerated pages into `.next/server/app`,
 * which two instances with different `CYANEA_DATA_DIR` share when they run the same build, so one
 * instance would serve the other's catalogue. Here each entry lives in
 * `$CYANEA_DATA_DIR/cache/pages/<origin>/` — the data dir decides what the page shows (its
 * snapshot) and the public origin what its absolute links name (`CYANEA_PUBLIC_URL`, else the
 * port), so both are part of where an entry is kept.
 *
 * Freshness invariant: an entry is valid only for the snapshot `exports/latest` pointed at when
 * its render began. Every read compares the entry's snapshot id with the current `latest` (one
 * readlink); after any export — scheduled, admin-triggered or `npx cyanea export` from a shell,
 * even while the server was stopped — the next request renders the page again from the new
 * snapshot, and that render is cached. An entry is labelled with the id seen when its key last
 * missed, i.e. before its render read `latest`: if an export lands mid-render, the label is the
 * older id and the next read renders once more, never the reverse.
 *
 * Client JavaScript: pages that declare they work as plain HTML (the public layout's
 * `cyanea-client-js` meta) are stored and served without the framework's scripts and inline
 * flight data (strip-client-js.mjs); `rscData`, which client-side navigation from the app reads,
 * is kept whole.
 *
 * `revalidatePath`/`revalidateTag` work as well: expired tags are kept (and persisted) here and
 * an entry carrying one is dropped on read.
 *
 * Plain JavaScript because Next imports the handler at run time without compiling it.
 */

import { stripClientJs } from "./strip-client-js.mjs";

// Node modules are loaded on first use, not imported at the top: Next also bundles this file into
// the edge middleware, where evaluating a `node:` import fails (the handler never runs there).
/** @type {{ fs: typeof import("node:fs"), path: typeof import("node:path"), crypto: typeof import("node:crypto") } | null} */
let node = null;
const NODE_MODULES = ["node:fs", "node:path", "node:crypto"];
let loading = null;

async function loadNode() {
  if (node) return node;
  // Specifiers from an array: the bundler then neither follows nor warns about them.
  loading ??= Promise.all(NODE_MODULES.map((name) => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ name))).then(([fs, path, crypto]) => {
    node = { fs: fs.default, path: path.default, crypto };
    return node;
  });
  return loading;
}

const TAGS_HEADER = "x-next-cache-tags";
const SNAPSHOT_ID_PATTERN = /^\d{8}T\d{6}Z-[0-9a-f]{4}$/;
/** Decoded entries kept in memory per process (least recently used dropped first). */
const MEMORY_LIMIT_BYTES = 64 * 1024 * 1024;
/** Keys that missed and whose render has not been stored yet (a render that fails never stores). */
const PENDING_LIMIT = 10_000;

/** The origin public pages put in absolute links; mirrors lib/snapshots/site-url.ts `publicOrigin`. */
export function publicOriginFromEnv(env = process.env) {
  const configured = env.CYANEA_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${env.PORT || "3000"}`;
}

/** Where this process keeps its page cache: per data dir and public origin. */
export async function pageCacheDir(env = process.env) {
  const { path, crypto } = await loadNode();
  const dataDir = path.resolve(env.CYANEA_DATA_DIR ?? ".data");
  const origin = publicOriginFromEnv(env);
  const slug = origin.replace(/^[a-z]+:\/\//, "").replace(/[^A-Za-z0-9.-]+/g, "_").slice(0, 60);
  const digest = crypto.createHash("sha256").update(origin).digest("hex").slice(0, 8);
  return { dataDir, dir: path.join(dataDir, "cache", "pages", `${slug}-${digest}`) };
}

/** The snapshot id `exports/latest` points at, or null while there is none. */
export async function readLatestSnapshotId(dataDir) {
  const { fs, path } = await loadNode();
  try {
    const id = path.basename(fs.readlinkSync(path.join(dataDir, "exports", "latest")));
    return SNAPSHOT_ID_PATTERN.test(id) ? id : null;
  } catch {
    return null;
  }
}

/** JSON with Buffers (`rscData`, segment and route bodies) and Maps (`segmentData`) kept. */
function encode(value) {
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return { $b64: Buffer.from(value).toString("base64") };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [k, encode(v)]) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    return out;
  }
  return value;
}

function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    if (typeof value.$b64 === "string") return Buffer.from(value.$b64, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map.map(([k, v]) => [k, decode(v)]));
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = decode(v);
    return out;
  }
  return value;
}

function writeAtomic(file, text) {
  const { fs, path, crypto } = node;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${crypto.randomBytes(6).toString("hex")}`;
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
  } catch (err) {
    // Disk full or the like: no half-written temp file stays behind; Next logs the failed set.
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

function entryTags(value, ctx) {
  const tags = [];
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string" && header) tags.push(...header.split(","));
  if (Array.isArray(value?.tags)) tags.push(...value.tags);
  if (Array.isArray(ctx?.tags)) tags.push(...ctx.tags);
  if (Array.isArray(ctx?.softTags)) tags.push(...ctx.softTags);
  return tags;
}

/**
 * Replaces a rendered page's HTML by its script-free form, in place. In place on purpose: Next
 * serves the response of the render that missed from the very object it passes to `set` (the
 * response cache stores `incrementalResponseCacheEntry.value` and then returns that entry), so the
 * first visitor gets the same HTML as every later one; the integration test `public-client-js`
 * checks a first render. Pages that do not declare themselves plain HTML, or that the scan
 * cannot strip safely, stay as rendered.
 */
function stripPageScripts(value) {
  if (value?.kind !== "APP_PAGE") return;
  const html = Buffer.isBuffer(value.html) ? value.html.toString("utf8") : value.html;
  const stripped = stripClientJs(html);
  if (stripped !== null && stripped !== html) value.html = stripped;
}

/** One store per cache dir, shared by every handler instance (Next makes one per request). */
class PageStore {
  constructor(dataDir, dir) {
    this.dataDir = dataDir;
    this.dir = dir;
    this.tagsFile = node.path.join(dir, "tags.json");
    this.memory = new Map();
    this.memoryBytes = 0;
    /** key → snapshot id seen when the key last missed (the render that follows reads at least that one). */
    this.pendingSnapshot = new Map();
    this.tags = this.loadTags();
  }

  loadTags() {
    try {
      return new Map(Object.entries(JSON.parse(node.fs.readFileSync(this.tagsFile, "utf8"))));
    } catch {
      return new Map();
    }
  }

  fileOf(key) {
    const digest = node.crypto.createHash("sha256").update(key).digest("hex");
    return node.path.join(this.dir, digest.slice(0, 2), `${digest}.json`);
  }

  remember(key, entry, sizeBytes) {
    const old = this.memory.get(key);
    if (old) {
      this.memoryBytes -= old.sizeBytes;
      this.memory.delete(key);
    }
    if (sizeBytes > MEMORY_LIMIT_BYTES / 4) return;
    this.memory.set(key, { entry, sizeBytes });
    this.memoryBytes += sizeBytes;
    for (const [k, v] of this.memory) {
      if (this.memoryBytes <= MEMORY_LIMIT_BYTES) break;
      this.memory.delete(k);
      this.memoryBytes -= v.sizeBytes;
    }
  }

  read(key) {
    const hit = this.memory.get(key);
    if (hit) {
      this.memory.delete(key);
      this.memory.set(key, hit);
      return hit.entry;
    }
    let text;
    try {
      text = node.fs.readFileSync(this.fileOf(key), "utf8");
    } catch {
      return null;
    }
    try {
      const stored = JSON.parse(text);
      if (stored.key !== key) return null;
      const entry = { ...stored, value: decode(stored.value) };
      // Entries written before pages were stripped (same snapshot, older release) are stripped
      // once as they are read from disk; memory holds the stripped form.
      stripPageScripts(entry.value);
      this.remember(key, entry, text.length);
      return entry;
    } catch {
      return null;
    }
  }

  write(key, entry) {
    const text = JSON.stringify({ ...entry, key, value: encode(entry.value) });
    // Not-found pages stay in memory only: anyone can ask for endless unknown slugs, and the
    // disk must not grow with them (memory is bounded by the LRU; a 404 is cheap to render).
    if (entry.value?.status !== 404) writeAtomic(this.fileOf(key), text);
    this.remember(key, entry, text.length);
  }

  isExpired(tags, lastModified) {
    const now = Date.now();
    for (const tag of tags) {
      const mark = this.tags.get(tag);
      if (!mark) continue;
      if (typeof mark.expired === "number" && mark.expired <= now && mark.expired > lastModified) return true;
      if (typeof mark.stale === "number" && mark.stale > lastModified) return true;
    }
    return false;
  }

  markTags(tags, durations) {
    const now = Date.now();
    for (const tag of tags) {
      const mark = { ...(this.tags.get(tag) ?? {}) };
      if (durations) {
        // A profile (e.g. revalidateTag(tag, "max")) marks the tag stale now; this cache
        // regenerates stale pages on their next request rather than serving them once more.
        mark.stale = now;
        if (durations.expire !== undefined) mark.expired = now + durations.expire * 1000;
      } else {
        mark.expired = now;
      }
      this.tags.set(tag, mark);
    }
    writeAtomic(this.tagsFile, JSON.stringify(Object.fromEntries(this.tags)));
  }
}

const stores = new Map();

async function storeFor(env = process.env) {
  const { dataDir, dir } = await pageCacheDir(env);
  let store = stores.get(dir);
  if (!store) {
    store = new PageStore(dataDir, dir);
    stores.set(dir, store);
  }
  return store;
}

/** The `cacheHandler` class Next instantiates (see next.config.ts). */
export default class PageCacheHandler {
  constructor(options = {}) {
    this.env = options.env ?? process.env;
  }

  async get(key, ctx) {
    const store = await storeFor(this.env);
    const current = await readLatestSnapshotId(store.dataDir);
    const entry = store.read(key);
    if (entry && entry.snapshotId === current && !store.isExpired(entryTags(entry.value, ctx), entry.lastModified)) {
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
    }
    store.pendingSnapshot.delete(key);
    store.pendingSnapshot.set(key, current);
    if (store.pendingSnapshot.size > PENDING_LIMIT) store.pendingSnapshot.delete(store.pendingSnapshot.keys().next().value);
    return null;
  }

  async set(key, data, ctx) {
    const store = await storeFor(this.env);
    const snapshotId = store.pendingSnapshot.has(key) ? store.pendingSnapshot.get(key) : await readLatestSnapshotId(store.dataDir);
    store.pendingSnapshot.delete(key);
    if (!data) return;
    stripPageScripts(data);
    store.write(key, { snapshotId, lastModified: Date.now(), cacheControl: ctx?.cacheControl, value: data });
  }

  async revalidateTag(tags, durations) {
    const list = (typeof tags === "string" ? [tags] : tags).filter(Boolean);
    if (list.length > 0) (await storeFor(this.env)).markTags(list, durations);
  }

  resetRequestCache() {}
}
