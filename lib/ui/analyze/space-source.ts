import { isApiError } from "../api/client";

/**
 * Why a saved space's dataset file could not be opened in the workbench, in the words its
 * notice shows: what failed (the dataset, or one of its files, by name), why, and whether
 * trying again may help. The space's saved settings do not depend on it: the workbench keeps
 * them whatever happens to the file. Pure.
 */

/** What was being fetched when it failed. */
export type SourceTarget = { step: "dataset"; datasetTitle: string } | { step: "file"; datasetTitle: string; fileName: string };

export interface SourceFailure {
  /** What could not be opened, naming the dataset or file ("Could not download x.fa from the dataset “Reads”"). */
  what: string;
  /** Why, as far as the server or the browser said (a server error names its request id). */
  reason: string;
  /** Whether trying again may succeed: the network, a server error, a rate limit or a timeout. */
  retryable: boolean;
}

/** Statuses after which the same request may succeed: a timeout, a rate limit, a server error. */
function isTransientStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

/** Whether a failed request may succeed when sent again (a network failure, a timeout, a rate limit, a server error). */
export function isRetryableLoadError(error: unknown): boolean {
  if (isApiError(error)) return isTransientStatus(error.status);
  return error instanceof TypeError;
}

function whatFailed(target: SourceTarget): string {
  return target.step === "dataset" ? `Could not open the dataset “${target.datasetTitle}” of this space` : `Could not download ${target.fileName} from the dataset “${target.datasetTitle}”`;
}

/** The reason for an HTTP status, with the server's own detail when it adds something. */
function statusReason(status: number, detail: string, target: SourceTarget): string {
  const thing = target.step === "dataset" ? "the dataset" : "the file";
  switch (status) {
    case 0:
      return "the server could not be reached (network error). Check your connection and retry.";
    case 401:
      return "you are no longer signed in (HTTP 401). Sign in again, then open the space again.";
    case 403:
      return `you do not have access to ${thing} (HTTP 403); it may have been made private.`;
    case 404:
      return `${thing} no longer exists or you cannot see it (HTTP 404); it may have been deleted.`;
    case 408:
    case 429:
      return `the server is busy or did not answer in time (HTTP ${status}: ${detail}). Retrying may help.`;
    default:
      return status >= 500 ? `the server failed (HTTP ${status}: ${detail}). Retrying may help.` : `the server refused the request (HTTP ${status}: ${detail}).`;
  }
}

/** The server's detail without its closing full stop (also before a trailing "(request id …)"): it is quoted inside a sentence. */
function trimStop(detail: string): string {
  return detail.replace(/\.(?=( \(request id [^)]*\))?$)/, "");
}

/** Describes an error thrown while fetching a space's dataset or file (never an AbortError: callers stop on those). */
export function describeSourceFailure(error: unknown, target: SourceTarget): SourceFailure {
  const what = whatFailed(target);
  if (isApiError(error)) return { what, reason: statusReason(error.status, trimStop(error.detail), target), retryable: isRetryableLoadError(error) };
  // fetch rejects with a TypeError when the network fails, also while the body is being read.
  if (error instanceof TypeError) return { what, reason: `the download was interrupted (${error.message}). Retrying may help.`, retryable: true };
  const message = error instanceof Error && error.message !== "" ? error.message : String(error);
  return { what, reason: message, retryable: false };
}

/** The saved file is no longer among the dataset's files (deleted since the space was saved). */
export function missingFileFailure(datasetTitle: string): SourceFailure {
  return {
    what: `The file this space was saved with is no longer in the dataset “${datasetTitle}”`,
    reason: "it may have been deleted or replaced. Choose another file of the dataset with “Open one of my datasets”.",
    retryable: false,
  };
}

/** The dataset has no file the workbench can read. */
export function noSequenceFileFailure(datasetTitle: string): SourceFailure {
  return { what: `The dataset “${datasetTitle}” has no FASTA, FASTQ or GenBank file`, reason: "the workbench reads only those formats.", retryable: false };
}
