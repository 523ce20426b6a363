import { Readable } from "node:stream";
import busboy from "busboy";
import { AppError } from "@/lib/errors/app-error";

/** Bounds of one upload request. */
export interface UploadLimits {
  totalBytes: number;
  maxFiles: number;
  maxFields: number;
  maxFieldBytes: number;
}

export interface FilePart {
  fieldName: string;
  fileName: string;
  stream: AsyncIterable<Uint8Array>;
  /** Bytes this file may still use of the request's total budget. */
  budgetBytes: number;
}

/**
 * Streams a multipart/form-data request: text fields are collected, and each file is handed to
 * `onFile` as it arrives — never buffered whole. `beforeFiles` sees the fields once, before the
 * first file, so metadata errors (bad title, taken slug) answer before any bytes are stored.
 * Files are processed one after another; on any error the rest of the body is not read.
 */
export async function receiveMultipart<T>(
  req: Request,
  limits: UploadLimits,
  beforeFiles: (fields: Record<string, string>) => Promise<void>,
  onFile: (part: FilePart) => Promise<T & { sizeBytes: number }>,
): Promise<{ fields: Record<string, string>; files: Array<T & { sizeBytes: number }> }> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError("unsupported_media_type", `Upload with Content-Type multipart/form-data, got "${type || "none"}"`);
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  // Multipart framing adds a little per part; anything far above the limit can be refused unread.
  if (declared > limits.totalBytes + 1024 * 1024) throw tooLarge(limits.totalBytes);
  if (!req.body) throw new AppError("bad_request", "The upload has no body");

  const fields: Record<string, string> = {};
  const files: Array<T & { sizeBytes: number }> = [];
  let usedBytes = 0;
  let fileCount = 0;
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  let sawFile = false;

  const input = Readable.fromWeb(req.body as import("node:stream/web").ReadableStream<Uint8Array>);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      // File names arrive as UTF-8 from browsers and curl; busboy's default is Latin-1.
      defParamCharset: "utf8",
      limits: { files: limits.maxFiles, fields: limits.maxFields, fieldSize: limits.maxFieldBytes, parts: limits.maxFiles + limits.maxFields },
    });
  } catch (err) {
    throw new AppError("bad_request", `Malformed multipart Content-Type: ${(err as Error).message}`);
  }

  let settle: () => void = () => {};
  const fail = (err: unknown) => {
    if (failure) return;
    failure = err;
    input.unpipe(parser);
    drainRequest(input, declared);
    settle();
  };

  await new Promise<void>((resolve) => {
    settle = resolve;
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) fail(new AppError("validation_failed", `Field "${name}" exceeds ${limits.maxFieldBytes} bytes`, { errors: [{ pointer: `/${name}`, detail: "too long" }] }));
      else if (name !== "file") fields[name] = value;
    });
    parser.on("file", (fieldName, stream, info) => {
      fileCount++;
      const fileName = (info.filename ?? "").split(/[\\/]/).pop() ?? "";
      chain = chain.then(async () => {
        if (failure) {
          stream.resume();
          return;
        }
        try {
          if (!sawFile) {
            sawFile = true;
            await beforeFiles(fields);
          }
          if (!fileName) throw new AppError("validation_failed", "Every file part needs a file name", { errors: [{ pointer: `/${fieldName}`, detail: "missing filename" }] });
          if (/[\u0000-\u001f\u007f]/.test(fileName) || fileName.length > 255) {
            throw new AppError("validation_failed", "File names must be at most 255 characters without control characters", { errors: [{ pointer: `/${fieldName}`, detail: "invalid filename" }] });
          }
          const result = await onFile({ fieldName, fileName, stream, budgetBytes: limits.totalBytes - usedBytes });
          usedBytes += result.sizeBytes;
          files.push(result);
        } catch (err) {
          stream.resume();
          fail(err);
        }
      });
    });
    parser.on("filesLimit", () => fail(new AppError("validation_failed", `At most ${limits.maxFiles} files per upload`, { errors: [{ pointer: "/file", detail: "too many files" }] })));
    parser.on("fieldsLimit", () => fail(new AppError("validation_failed", `At most ${limits.maxFields} fields per upload`)));
    parser.on("error", (err) => {
      fail(new AppError("bad_request", `Malformed multipart body: ${(err as Error).message}`));
      resolve();
    });
    parser.on("close", () => resolve());
    input.on("error", (err) => {
      fail(failure ? failure : new AppError("bad_request", `Upload interrupted: ${err.message}`));
      resolve();
    });
    input.pipe(parser);
  });
  await chain;
  if (failure) throw failure;
  if (!sawFile) {
    await beforeFiles(fields);
    throw new AppError("validation_failed", "Attach at least one file", { errors: [{ pointer: "/file", detail: "no file in the upload" }] });
  }
  if (fileCount !== files.length) throw new AppError("bad_request", "Upload ended before every file was received");
  return { fields, files };
}

/** Most bytes read and discarded after a failed upload whose length was not declared. */
const UNDECLARED_DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * After an early failure the client is usually still sending. Reading (and discarding) the rest
 * lets it finish and read our 413/422 instead of stalling on a full socket buffer; the drain is
 * bounded by the declared length, which was already checked against the limit, or 64 MB.
 */
function drainRequest(input: Readable, declaredBytes: number): void {
  const limit = declaredBytes > 0 ? declaredBytes : UNDECLARED_DRAIN_LIMIT_BYTES;
  let drained = 0;
  input.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > limit) input.destroy();
  });
  input.on("error", () => {});
  input.resume();
}

export function tooLarge(limitBytes: number): AppError {
  const mb = Math.round(limitBytes / (1024 * 1024));
  return new AppError("payload_too_large", `Upload exceeds the ${mb} MB limit`, { extra: { limitBytes } });
}
