/**
 * The page ↔ analysis-worker wire protocol: versioned discriminated unions, shape checks for
 * every message received (neither side trusts what arrives), and the transfer list of a result.
 */
import type { AnalysisOp, AnalysisRequest, AnalysisResults } from "@/lib/analysis/contract";
import { isSerializedError, type SerializedError } from "./errors";

export const PROTOCOL_VERSION = 1;
type V = typeof PROTOCOL_VERSION;

/** Page → worker. */
export type PageMessage = { v: V; type: "run"; jobId: number; request: AnalysisRequest } | { v: V; type: "cancel"; jobId: number };

/** Worker → page. Progress also counts as a heartbeat. `jobId` of an error is null when the message it answers had none. */
export type WorkerMessage =
  | { v: V; type: "ready" }
  | { v: V; type: "progress"; jobId: number; fraction: number }
  | { v: V; type: "heartbeat" }
  | { v: V; type: "result"; jobId: number; result: AnalysisResults[AnalysisOp] }
  | { v: V; type: "error"; jobId: number | null; error: SerializedError };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isInt = (x: unknown): x is number => Number.isSafeInteger(x);
const isStr = (x: unknown): x is string => typeof x === "string";
const isBool = (x: unknown): x is boolean => typeof x === "boolean";
const isJobId = (x: unknown): x is number => isInt(x) && x >= 0;

function isInput(x: unknown): boolean {
  if (!isObj(x)) return false;
  if (x.kind === "text") return isStr(x.text) && (x.name === undefined || isStr(x.name));
  if (x.kind === "file") return typeof Blob !== "undefined" && x.file instanceof Blob && isStr(x.name);
  return false;
}

type Check = (x: unknown) => boolean;
const opt =
  (check: Check): Check =>
  (x) =>
    x === undefined || check(x);
const oneOf =
  (...values: unknown[]): Check =>
  (x) =>
    values.includes(x);
const frame = oneOf(1, 2, 3, -1, -2, -3, "all");
const strings: Check = (x) => Array.isArray(x) && x.every(isStr);

/** Parameter fields of each operation and their checks (values are range-checked by the kernels). */
const PARAMS: Record<AnalysisOp, Record<string, Check> | null> = {
  stats: { phredOffset: opt(oneOf(33, 64)), maxRecordRows: opt(isInt) },
  gcWindows: { window: isInt, step: isInt, recordIndex: opt(isInt) },
  revcomp: null,
  translate: { table: isInt, frame, cds: opt(isBool), toStop: opt(isBool) },
  orfs: { table: isInt, minAaLength: isInt, startPolicy: oneOf("atg", "alternative", "any"), strands: oneOf("both", "forward", "reverse"), nested: isBool },
  kmers: { k: isInt, canonical: isBool, top: opt(isInt), spectrum: opt(isBool) },
  align: { mode: oneOf("local", "global"), matrix: isStr, gapOpen: isNum, gapExtend: isNum, endGapOpen: opt(isNum), endGapExtend: opt(isNum) },
  digest: { enzymes: strings, circular: isBool },
  motif: { pattern: isStr, strands: oneOf("both", "forward") },
  dotplot: { k: isInt, size: isInt },
};

const PAIRED: ReadonlySet<AnalysisOp> = new Set<AnalysisOp>(["align", "dotplot"]);

/** Why a value is not a valid {@link AnalysisRequest}, or null when it is. */
export function requestProblem(x: unknown): string | null {
  if (!isObj(x)) return "the request is not an object";
  const op = x.op;
  if (!isStr(op) || !Object.hasOwn(PARAMS, op)) return `unknown operation ${JSON.stringify(op)}`;
  const analysisOp = op as AnalysisOp;
  if (PAIRED.has(analysisOp)) {
    if (!isInput(x.a) || !isInput(x.b)) return `${op} needs two inputs, a and b (text or file)`;
  } else if (!isInput(x.input)) {
    return `${op} needs an input (text or file)`;
  }
  const spec = PARAMS[analysisOp];
  if (spec === null) return null;
  if (!isObj(x.params)) return `${op} needs parameters`;
  for (const [key, check] of Object.entries(spec)) {
    if (!check(x.params[key])) return `${op}: parameter ${key} is missing or has the wrong type`;
  }
  return null;
}

/** Outcome of checking a message the worker received. */
export type PageMessageCheck = { ok: true; message: PageMessage } | { ok: false; problem: string; jobId: number | null };

/** Checks a message sent to the worker; the problem text is what the worker answers with. */
export function checkPageMessage(x: unknown): PageMessageCheck {
  if (!isObj(x)) return { ok: false, problem: "message is not an object", jobId: null };
  const jobId = isJobId(x.jobId) ? x.jobId : null;
  if (x.v !== PROTOCOL_VERSION) return { ok: false, problem: `unsupported protocol version ${JSON.stringify(x.v)} (expected ${PROTOCOL_VERSION})`, jobId };
  if (x.type === "cancel") {
    return jobId === null ? { ok: false, problem: "cancel without a job id", jobId } : { ok: true, message: { v: PROTOCOL_VERSION, type: "cancel", jobId } };
  }
  if (x.type === "run") {
    if (jobId === null) return { ok: false, problem: "run without a job id", jobId };
    const problem = requestProblem(x.request);
    if (problem !== null) return { ok: false, problem: `invalid request: ${problem}`, jobId };
    return { ok: true, message: { v: PROTOCOL_VERSION, type: "run", jobId, request: x.request as AnalysisRequest } };
  }
  return { ok: false, problem: `unknown message type ${JSON.stringify(x.type)}`, jobId };
}

/** Whether a value is a valid message sent to the worker. */
export function isPageMessage(x: unknown): x is PageMessage {
  return checkPageMessage(x).ok;
}

/** Whether a value is a valid message from the worker (the result's content is the kernels' own). */
export function isWorkerMessage(x: unknown): x is WorkerMessage {
  if (!isObj(x) || x.v !== PROTOCOL_VERSION) return false;
  switch (x.type) {
    case "ready":
    case "heartbeat":
      return true;
    case "progress":
      return isJobId(x.jobId) && isNum(x.fraction);
    case "result":
      return isJobId(x.jobId) && "result" in x;
    case "error":
      return (x.jobId === null || isJobId(x.jobId)) && isSerializedError(x.error);
    default:
      return false;
  }
}

/** Smaller buffers are copied: cheaper than transferring many tiny ones (e.g. per-read qualities). */
export const MIN_TRANSFER_BYTES = 16 * 1024;

/**
 * Buffers of the typed arrays in a result (dot-plot grids, long quality arrays), to transfer
 * instead of copy. Walks plain objects and arrays only; a buffer appears once.
 */
export function transferList(result: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const seen = new Set<object>();
  const walk = (x: unknown, depth: number): void => {
    if (typeof x !== "object" || x === null || depth > 8) return;
    if (ArrayBuffer.isView(x)) {
      if (x.buffer instanceof ArrayBuffer && x.buffer.byteLength >= MIN_TRANSFER_BYTES) buffers.add(x.buffer);
      return;
    }
    if (seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) {
      for (const item of x) walk(item, depth + 1);
    } else if (Object.getPrototypeOf(x) === Object.prototype) {
      for (const value of Object.values(x)) walk(value, depth + 1);
    }
  };
  walk(result, 0);
  return [...buffers];
}
