import { Readable } from "node:stream";
import { findDatasetFile } from "@/db/queries/datasets";
import { recordEventOncePerDay } from "@/db/queries/stars";
import { notFound } from "@/lib/errors/app-error";
import { getStorage } from "@/lib/storage";
import type { ServiceContext } from "../context";
import { CONTENT_TYPES } from "./file-content-type";
import { loadReadableDataset } from "./load-dataset";
import { isTeam } from "@/lib/domain/access";
import { isUuid } from "../uuid";
import { ownedDataset } from "./dataset-dto";
import { downloadActorKey } from "./download-actor";

/**
 * Streams a dataset file with its format's content type, sha256 digest and a download filename.
 * The bytes never change for a file id, so its sha256 is a strong ETag: a matching
 * `If-None-Match` gets 304 without a body. A download counts for trending once per person and day,
 * and not at all when it is the dataset's own team downloading.
 */
export async function downloadFile(ctx: ServiceContext, req: Request, slug: string, fileId: string): Promise<Response> {
  const row = await loadReadableDataset(ctx, slug);
  const file = isUuid(fileId) ? await findDatasetFile(ctx.db, row.dataset.id, fileId) : undefined;
  if (!file) throw notFound(`File "${fileId}" of dataset "${slug}"`);
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    "x-content-type-options": "nosniff",
    "cache-control": row.dataset.visibility === "public" ? "public, max-age=300" : "private, no-store",
    etag,
    "repr-digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
  };
  if (etagMatches(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  if (!isTeam(ctx.principal, ownedDataset(row), ctx.memberships)) {
    await recordEventOncePerDay(ctx.db, { kind: "download", targetType: "dataset", targetId: row.dataset.id, userId: ctx.principal.kind === "user" ? ctx.principal.userId : null, actorKey: downloadActorKey(ctx, req) });
  }
  const body = Readable.toWeb(getStorage().open(file.storageKey)) as ReadableStream<Uint8Array>;
  const asciiName = file.name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(body, {
    status: 200,
    headers: {
      ...headers,
      "content-type": CONTENT_TYPES[file.format],
      "content-length": String(file.sizeBytes),
      "content-disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    },
  });
}

/** `If-None-Match: *`, or a list that holds `etag` (weak comparison, as RFC 9110 asks for GET). */
function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

