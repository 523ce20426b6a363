/** Types of page-cache-handler.mjs (Next's `cacheHandler` for the public pages). */
type Env = Record<string, string | undefined>;

export function publicOriginFromEnv(env?: Env): string;
export function pageCacheDir(env?: Env): Promise<{ dataDir: string; dir: string }>;
export function readLatestSnapshotId(dataDir: string): Promise<string | null>;

export interface CacheEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate: number | false; expire?: number };
}

export default class PageCacheHandler {
  constructor(options?: { env?: Env });
  get(key: string, ctx?: { kind?: string; tags?: string[]; softTags?: string[] }): Promise<CacheEntry | null>;
  set(key: string, data: unknown, ctx?: { cacheControl?: CacheEntry["cacheControl"] }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
