import type { Sql } from "postgres";
import type { DbHandle } from "../client";

/**
 * Streaming reads for the snapshot exporter: memory stays bounded by one batch whatever the table
 * size. postgres.js streams with a server-side cursor (`unsafe(...).cursor(n)`); PGlite has no cursor
 * API, so it pages with keyset queries of the same batch size over the same ordering key.
 */

/** Rows per cursor fetch / keyset page. */
export const STREAM_BATCH_ROWS = 1000;

/** A column of the ordering key: its output name and the SQL type to cast keyset parameters to. */
export interface StreamKey {
  column: string;
  cast: "text" | "int" | "uuid";
}

/**
 * A SELECT without ORDER BY or LIMIT whose output columns include `keys`; the keys together must be
 * unique, so that ascending key order is total (both paths then return the same rows in the same order).
 */
export interface StreamQuery {
  text: string;
  keys: readonly StreamKey[];
}

/**
 * Where export reads run. On PostgreSQL a session is one reserved connection inside a REPEATABLE READ
 * READ ONLY transaction, so every collection file of a snapshot sees the same database state. PGlite
 * is one connection shared with the app: a session there is just the handle.
 */
export interface ReadSession {
  kind: DbHandle["kind"];
  query<T>(text: string, params: unknown[]): Promise<T[]>;
  /** Present on postgres.js only. */
  cursor?<T>(text: string, params: unknown[], batchRows: number): AsyncIterable<T[]>;
  /** Commits (ok) or rolls back the read transaction and releases the connection. */
  close(ok: boolean): Promise<void>;
}

type ClientOf = { $client?: Sql };

/** Opens a consistent read session (see ReadSession). */
export async function openReadSession(handle: DbHandle): Promise<ReadSession> {
  const [session] = await openReadSessions(handle, 1);
  return session!;
}

/**
 * Opens `count` read sessions that all see one database state, so independent collection files can
 * be read in parallel. PostgreSQL: the first transaction exports its snapshot
 * (`pg_export_snapshot()`) and the others adopt it (`SET TRANSACTION SNAPSHOT`), each on its own
 * reserved connection. PGlite: the same handle `count` times (it serialises queries itself).
 */
export async function openReadSessions(handle: DbHandle, count: number): Promise<ReadSession[]> {
  const client = (handle.db as unknown as ClientOf).$client;
  if (handle.kind !== "postgres" || !client) {
    const lite: ReadSession = { kind: handle.kind, query: (text, params) => handle.query(text, params), close: async () => {} };
    return Array.from({ length: count }, () => lite);
  }
  const sessions: ReadSession[] = [];
  try {
    let snapshotId: string | null = null;
    for (let i = 0; i < count; i++) {
      const session = await reservedSession(client, snapshotId);
      sessions.push(session.session);
      snapshotId ??= session.exported;
    }
    return sessions;
  } catch (err) {
    await Promise.all(sessions.map((s) => s.close(false).catch(() => {})));
    throw err;
  }
}

async function reservedSession(client: Sql, adopt: string | null): Promise<{ session: ReadSession; exported: string | null }> {
  const reserved = await client.reserve();
  let exported: string | null = null;
  try {
    await reserved.unsafe("begin isolation level repeatable read read only");
    if (adopt) await reserved.unsafe(`set transaction snapshot '${adopt.replace(/'/g, "")}'`);
    else {
      const [row] = await reserved.unsafe<{ id: string }[]>("select pg_export_snapshot() as id");
      exported = row?.id ?? null;
    }
    // The export's big scans cost enough to trigger JIT, whose compile time (~2 s per query on the
    // 100k bulk seed) dwarfs the execution time of these simple plans.
    await reserved.unsafe("set local jit = off");
    // The slug-ordered sorts of the big collections spill to disk at the default 4 MB.
    await reserved.unsafe("set local work_mem = '64MB'");
  } catch (err) {
    await reserved.unsafe("rollback").catch(() => {});
    reserved.release();
    throw err;
  }
  return { session: wrapReserved(reserved), exported };
}

function wrapReserved(reserved: Awaited<ReturnType<Sql["reserve"]>>): ReadSession {
  let closed = false;
  return {
    kind: "postgres",
    query: async <T>(text: string, params: unknown[]) => (await reserved.unsafe(text, params as never[])) as unknown as T[],
    cursor: <T>(text: string, params: unknown[], batchRows: number) =>
      reserved.unsafe(text, params as never[]).cursor(batchRows) as unknown as AsyncIterable<T[]>,
    async close(ok: boolean) {
      if (closed) return;
      closed = true;
      try {
        await reserved.unsafe(ok ? "commit" : "rollback");
      } finally {
        reserved.release();
      }
    },
  };
}

const orderBy = (keys: readonly StreamKey[]) => keys.map((k) => `q.${k.column}`).join(", ");

/**
 * Yields the rows of `query` in ascending key order, one batch at a time. `params` are the query's
 * own `$1…$n`; keyset parameters are appended after them.
 */
export async function* streamRows<T extends Record<string, unknown>>(
  source: ReadSession | DbHandle,
  query: StreamQuery,
  params: unknown[] = [],
  batchRows = STREAM_BATCH_ROWS,
): AsyncGenerator<T[]> {
  if (!query.keys.length) throw new Error("streamRows: a query needs at least one key column");
  const session: ReadSession = "db" in source ? await openReadSession(source) : source;
  const owned = session !== source;
  let ok = false;
  try {
    if (session.cursor) {
      // Ask for the next batch before handing out the current one, so the server produces batch
      // n+1 while the caller serialises batch n (one extra batch in memory at most).
      const it = session.cursor<T>(`select * from (${query.text}) q order by ${orderBy(query.keys)}`, params, batchRows)[Symbol.asyncIterator]();
      let next: Promise<IteratorResult<T[]>> | null = it.next();
      try {
        for (;;) {
          const r: IteratorResult<T[]> = await next;
          if (r.done) {
            next = null;
            break;
          }
          next = it.next();
          yield r.value;
        }
      } finally {
        // Stopped early (the consumer threw): let the prefetch land, then close the cursor, or the
        // connection would wait forever for us to ask for more and never take the rollback.
        if (next) {
          const pending = await next.catch(() => ({ done: true as const, value: undefined }));
          if (!pending.done) await it.return?.();
        }
      }
    } else {
      let after: unknown[] | null = null;
      for (;;) {
        const keyset: string = after
          ? `where (${query.keys.map((k) => `q.${k.column}`).join(", ")}) > (${query.keys.map((k, i) => `$${params.length + i + 1}::${k.cast}`).join(", ")})`
          : "";
        const page: T[] = await session.query<T>(
          `select * from (${query.text}) q ${keyset} order by ${orderBy(query.keys)} limit ${batchRows}`,
          after ? [...params, ...after] : params,
        );
        if (page.length) yield page;
        if (page.length < batchRows) break;
        const last = page[page.length - 1]!;
        after = query.keys.map((k) => last[k.column]);
      }
    }
    ok = true;
  } finally {
    if (owned) await session.close(ok);
  }
}
