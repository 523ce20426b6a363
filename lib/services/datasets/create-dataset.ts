import { insertDatasetWithFiles, slugTaken, unreferencedKeys } from "@/db/queries/datasets";
import type { DatasetDto, FileFormat } from "@/lib/domain/api-types";
import { datasetMetadataSchema, type DatasetMetadataInput } from "@/lib/domain/schemas";
import { AppError } from "@/lib/errors/app-error";
import { validate } from "@/lib/http/json-body";
import { log } from "@/lib/log/logger";
import { serverConfig } from "@/lib/config/env";
import { getStorage, type StagedBlob } from "@/lib/storage";
import { type ServiceContext, requireWriter } from "../context";
import { resolveMemberLab } from "../labs/resolve-lab";
import { slugForNew } from "../free-slug";
import { slugConflict } from "../slug-conflict";
import { getDataset } from "./get-dataset";
import { type IngestedFile, ingestFile } from "./ingest-file";
import { assertUploadFieldsPass } from "./inspect-upload-fields";
import { receiveMultipart } from "./multipart-upload";

const MAX_FILES = 20;

/** Parses the text fields of the upload form into dataset metadata. */
function metadataFrom(fields: Record<string, string>): DatasetMetadataInput {
  const tags = (fields.tags ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  return validate(datasetMetadataSchema, {
    title: fields.title ?? "",
    slug: fields.slug?.trim() || undefined,
    description: fields.description ?? "",
    labSlug: fields.labSlug?.trim() || null,
    visibility: fields.visibility || undefined,
    license: fields.license?.trim() || undefined,
    organism: fields.organism?.trim() || null,
    tags,
    phredOffset: fields.phredOffset ? Number(fields.phredOffset) : undefined,
  });
}

/**
 * Creates a dataset from a streamed multipart upload. Every file is sniffed and fully parsed
 * before anything is written to the database; on any error, staged bytes are removed and no
 * dataset row exists. Identical bytes are stored once (content addressing).
 */
export async function createDatasetFromUpload(ctx: ServiceContext, req: Request): Promise<DatasetDto> {
  const ownerId = requireWriter(ctx);
  const staged: StagedBlob[] = [];
  let meta: DatasetMetadataInput | null = null;
  let slug = "";
  let labId: string | null = null;
  const storage = getStorage();
  try {
    const { files } = await receiveMultipart<IngestedFile>(
      req,
      { totalBytes: serverConfig().uploadLimitBytes, maxFiles: MAX_FILES, maxFields: 30, maxFieldBytes: 32 * 1024 },
      async (fields) => {
        assertUploadFieldsPass(ctx, req, fields);
        meta = metadataFrom(fields);
        slug = await slugForNew(meta.slug, meta.title, (s) => slugTaken(ctx.db, s));
        if (await slugTaken(ctx.db, slug)) {
          throw slugConflict("dataset", slug);
        }
        labId = (await resolveMemberLab(ctx, meta.labSlug)) ?? null;
      },
      async (part) => {
        const ingested = await ingestFile(
          storage,
          { name: part.fileName, stream: part.stream },
          { maxBytes: part.budgetBytes, totalLimitBytes: serverConfig().uploadLimitBytes, phredOffset: (meta as DatasetMetadataInput | null)?.phredOffset },
        );
        staged.push(ingested.staged);
        return ingested;
      },
    );
    const names = new Set<string>();
    for (const f of files) {
      if (names.has(f.name)) throw new AppError("validation_failed", `Two files are named "${f.name}"`, { errors: [{ pointer: "/file", detail: "duplicate file name" }] });
      names.add(f.name);
    }
    const m = meta as DatasetMetadataInput | null;
    if (!m) throw new AppError("validation_failed", "Missing metadata fields");
    const committed: Array<{ key: string; created: boolean }> = [];
    for (const f of files) committed.push(await f.staged.commit());
    try {
      await insertDatasetWithFiles(
        ctx.db,
        {
          slug,
          title: m.title,
          description: m.description,
          labId,
          ownerId,
          visibility: m.visibility,
          license: m.license,
          organism: m.organism ?? null,
          tags: m.tags,
          format: primaryFormat(files.map((f) => f.format)),
          createdAt: ctx.now,
          updatedAt: ctx.now,
        },
        files.map((f, i) => ({ name: f.name, format: f.format, sizeBytes: f.sizeBytes, sha256: f.sha256, storageKey: committed[i]!.key, summary: f.summary })),
      );
    } catch (err) {
      // The rows were rolled back: remove blobs this request created that nothing else references.
      const created = committed.filter((c) => c.created).map((c) => c.key);
      for (const key of await unreferencedKeys(ctx.db, created).catch(() => [])) await storage.remove(key);
      if ((err as { cause?: { code?: string } }).cause?.code === "23505") {
        throw slugConflict("dataset", slug);
      }
      throw err;
    }
    log.info("dataset created", { requestId: ctx.requestId, userId: ownerId, slug, files: files.length, bytes: files.reduce((s, f) => s + f.sizeBytes, 0) });
    return getDataset(ctx, slug);
  } finally {
    for (const s of staged) await s.discard().catch(() => {});
  }
}

/** A derived slug is made unique by suffixing (`-2`, `-3`, …); an explicit one is taken as given. */
/** The dataset's headline format: the most common among its files (first wins ties). */
function primaryFormat(formats: FileFormat[]): FileFormat {
  const counts = new Map<FileFormat, number>();
  for (const f of formats) counts.set(f, (counts.get(f) ?? 0) + 1);
  let best = formats[0]!;
  for (const [f, n] of counts) if (n > (counts.get(best) ?? 0)) best = f;
  return best;
}
