import { Readable } from "node:stream";
import { findDatasetFile } from "@/db/queries/datasets";
import { recordEvent } from "@/db/queries/stars";
import { notFound } from "@/lib/errors/app-error";
import { getStorage } from "@/lib/storage";
import type { ServiceContext } from "../context";
import { CONTENT_TYPES } from "./file-content-type";
import { loadReadableDataset } from "./load-dataset";
import { isUuid } from "../uuid";

/** Streams a dataset file with its format's content type, sha256 digest and a download filename. */
export async function downloadFile(ctx: ServiceContext, slug: string, fileId: string): Promise<Response> {
  const row = await loadReadableDataset(ctx, slug);
  const file = isUuid(fileId) ? await findDatasetFile(ctx.db, row.dataset.id, fileId) : undefined;
  if (!file) throw notFound(`File "${fileId}" of dataset "${slug}"`);
  await recordEvent(ctx.db, "download", "dataset", row.dataset.id, ctx.principal.kind === "user" ? ctx.principal.userId : null);
  const body = Readable.toWeb(getStorage().open(file.storageKey)) as ReadableStream<Uint8Array>;
  const asciiName = file.name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": CONTENT_TYPES[file.format],
      "content-length": String(file.sizeBytes),
      "content-disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "x-content-type-options": "nosniff",
      "cache-control": row.dataset.visibility === "public" ? "public, max-age=300" : "private, no-store",
      etag: `"${file.sha256}"`,
      "repr-digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
    },
  });
}
