/**
 * Runs one analysis request on the kernels: parses the input(s) and calls the operation. Pure
 * (no DOM or Worker globals), so the worker, Node tests and benchmarks share it.
 */
import type { AnalysisOp, AnalysisRecord, AnalysisRequest, AnalysisResults, OpContext } from "@/lib/analysis/contract";
import { BioParseError } from "@/lib/bio/parse-error";
import type { KernelProvider } from "@/lib/kernels/runtime";
import { runAlign } from "@/lib/kernels/align";
import { runDigest } from "@/lib/kernels/digest";
import { runDotPlot } from "@/lib/kernels/dotplot";
import { runGcWindows } from "@/lib/kernels/gc-windows";
import { runKmers } from "@/lib/kernels/kmers";
import { runMotif } from "@/lib/kernels/motif";
import { runOrfs } from "@/lib/kernels/orfs";
import { runRevcomp } from "@/lib/kernels/revcomp";
import { runStats } from "@/lib/kernels/seqstats";
import { runTranslate } from "@/lib/kernels/translate";
import { InputFormatError, OperationUnavailableError } from "./errors";
import { inputName, openInputStream, readInputRecords } from "./parse-input";

type RequestOf<K extends AnalysisOp> = Extract<AnalysisRequest, { op: K }>;
type Operation<K extends AnalysisOp> = (request: RequestOf<K>, kernels: KernelProvider, ctx: OpContext) => Promise<AnalysisResults[K]>;

/** The operations of this build; an op without an entry fails with {@link OperationUnavailableError}. */
const OPERATIONS: { [K in AnalysisOp]?: Operation<K> } = {
  stats: runStatsRequest,
  revcomp: async (req, kernels, ctx) => runRevcomp(kernels, await revcompRecords(req.input, ctx)),
  translate: async (req, kernels, ctx) => runTranslate(kernels, await records(req.input, ctx), req.params, ctx),
  orfs: async (req, kernels, ctx) => runOrfs(kernels, await records(req.input, ctx), req.params, ctx),
  kmers: async (req, kernels, ctx) => runKmers(kernels, await records(req.input, ctx), req.params, ctx),
  gcWindows: runGcWindowsRequest,
  digest: async (req, kernels, ctx) => runDigest(kernels, await records(req.input, ctx), req.params, ctx),
  motif: async (req, kernels, ctx) => runMotif(kernels, await records(req.input, ctx), req.params, ctx),
  align: async (req, kernels, ctx) => runAlign(kernels, await firstRecord(req.a, ctx), await firstRecord(req.b, ctx), req.params, ctx),
  dotplot: async (req, kernels, ctx) => runDotPlot(kernels, await firstRecord(req.a, ctx), await firstRecord(req.b, ctx), req.params, ctx),
};

/** `stats` streams the input; gzip progress is measured on the compressed bytes read. */
async function runStatsRequest(req: RequestOf<"stats">, kernels: KernelProvider, ctx: OpContext): Promise<AnalysisResults["stats"]> {
  const { signal, onProgress } = ctx;
  const sourceBytes = req.input.kind === "file" ? req.input.file.size : req.input.text.length;
  const onSourceBytes = onProgress && sourceBytes > 0 ? (n: number) => onProgress(Math.min(1, n / sourceBytes)) : undefined;
  const stream = await openInputStream(req.input, { ...(signal ? { signal } : {}), ...(onSourceBytes ? { onSourceBytes } : {}) });
  const statsCtx = stream.gzip || !onProgress ? { ...(signal ? { signal } : {}) } : { ...(signal ? { signal } : {}), onProgress, totalBytes: stream.sourceBytes };
  return runStats(kernels, stream.chunks, req.params, statsCtx);
}

/** GC along one record of the input (`recordIndex`, default the first). */
async function runGcWindowsRequest(req: RequestOf<"gcWindows">, kernels: KernelProvider, ctx: OpContext): Promise<AnalysisResults["gcWindows"]> {
  const { recordIndex = 0, window, step } = req.params;
  const all = await records(req.input, ctx);
  const record = all[recordIndex];
  if (record === undefined || !Number.isInteger(recordIndex) || recordIndex < 0) {
    const name = inputName(req.input);
    throw new InputFormatError(name, `${name}: record index ${recordIndex} is out of range (the input has ${all.length} record${all.length === 1 ? "" : "s"})`);
  }
  return runGcWindows(kernels, record, { window, step });
}

/** Records of an input; no operation but `stats` (which streams) uses FASTQ qualities, so they are not decoded. */
function records(input: RequestOf<"revcomp">["input"], ctx: OpContext): Promise<AnalysisRecord[]> {
  return readInputRecords(input, { qualities: false, ...(ctx.signal ? { signal: ctx.signal } : {}) });
}

/**
 * revcomp reverses FASTQ qualities along with the bases; when they look like Phred+64 (no
 * operation here declares an offset) the reads are reverse-complemented without them.
 */
async function revcompRecords(input: RequestOf<"revcomp">["input"], ctx: OpContext): Promise<AnalysisRecord[]> {
  try {
    return await readInputRecords(input, ctx.signal ? { signal: ctx.signal } : {});
  } catch (err) {
    if (err instanceof BioParseError && err.code === "phred64_detected") return records(input, ctx);
    throw err;
  }
}

/** First record of an input (pairwise operations use one sequence from each side). */
export async function firstRecord(input: RequestOf<"align">["a"], ctx: OpContext): Promise<AnalysisRecord> {
  const first = (await records(input, ctx))[0];
  if (first === undefined) throw new InputFormatError(inputName(input), `${inputName(input)} has no sequence records`);
  return first;
}

/** Whether this build can run an operation. */
export function isOperationAvailable(op: AnalysisOp): boolean {
  return Object.hasOwn(OPERATIONS, op);
}

/** Runs a request: parse → kernel operation. Cancellation and progress travel in `ctx`. */
export async function runRequest<R extends AnalysisRequest>(request: R, kernels: KernelProvider, ctx: OpContext = {}): Promise<AnalysisResults[R["op"]]> {
  const operation = Object.hasOwn(OPERATIONS, request.op) ? (OPERATIONS[request.op] as Operation<R["op"]>) : undefined;
  if (operation === undefined) throw new OperationUnavailableError(request.op);
  ctx.signal?.throwIfAborted();
  const result = await operation(request as unknown as RequestOf<R["op"]>, kernels, ctx);
  ctx.signal?.throwIfAborted();
  return result;
}
