import type { ProblemDto } from "@/lib/domain/api-types";

/** Statuses that mean "the backend is not there right now" rather than "your request is wrong". */
const UNAVAILABLE_STATUSES = new Set([0, 502, 503, 504]);

/**
 * A failed API call, carrying the problem+json body the API sent (or one synthesized for
 * network failures and non-JSON responses) so forms can show `detail` and field errors.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDto;

  constructor(problem: ProblemDto) {
    super(problem.detail || problem.title);
    this.name = "ApiError";
    this.status = problem.status;
    this.problem = problem;
  }

  get title(): string {
    return this.problem.title;
  }

  /** The message to show; names the request id where the user may need to quote it (server errors, firewall blocks). */
  get detail(): string {
    const text = this.problem.detail || this.problem.title;
    const id = typeof this.problem.requestId === "string" ? this.problem.requestId : "";
    return id && (this.status >= 500 || /request id/i.test(text)) ? `${text} (request id ${id})` : text;
  }

  get code(): string {
    return this.problem.code;
  }

  /** Field errors keyed by JSON pointer (`/title`, `/steps/2/title`). */
  get errors(): Array<{ pointer: string; detail: string }> {
    return this.problem.errors ?? [];
  }

  /** True for network failures and 502/503/504: worth retrying, not the user's fault. */
  get isUnavailable(): boolean {
    return UNAVAILABLE_STATUSES.has(this.status);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** True when an error means the backend could not be reached. */
export function isUnavailableError(error: unknown): boolean {
  return isApiError(error) && error.isUnavailable;
}

/** A problem for a request that never got an HTTP response. */
export function networkProblem(detail = "The server could not be reached. Check your connection; retrying may help."): ProblemDto {
  return { type: "about:blank", title: "Backend unavailable", status: 0, detail, code: "backend_unavailable" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Normalizes whatever an error response carried into a ProblemDto (edge blocks may send plain text). */
export function toProblem(status: number, statusText: string, body: unknown): ProblemDto {
  const fallbackTitle = statusText || (status === 503 ? "Backend unavailable" : `HTTP ${status}`);
  if (isRecord(body)) {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(isRecord).map((e) => ({ pointer: String(e.pointer ?? ""), detail: String(e.detail ?? e.message ?? "") }))
      : undefined;
    const title = typeof body.title === "string" ? body.title : fallbackTitle;
    return {
      ...body,
      type: typeof body.type === "string" ? body.type : "about:blank",
      title,
      status: typeof body.status === "number" ? body.status : status,
      detail: typeof body.detail === "string" && body.detail !== "" ? body.detail : title,
      code: typeof body.code === "string" ? body.code : "http_error",
      errors,
    };
  }
  const text = typeof body === "string" ? body.trim().slice(0, 300) : "";
  return { type: "about:blank", title: fallbackTitle, status, detail: text || fallbackTitle, code: "http_error" };
}

/** Parses a response body as JSON when it says so, else as text; an empty body is null. */
export function parseBody(contentType: string | null, text: string): unknown {
  if (text === "") return null;
  if (contentType && /json/i.test(contentType)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

async function request<T>(method: string, path: string, init: { body?: unknown; signal?: AbortSignal }): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
  let body: BodyInit | undefined;
  if (init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, signal: init.signal, credentials: "same-origin", cache: "no-store" });
  } catch (error) {
    // Aborts belong to react-query's cancellation and must stay AbortErrors.
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(networkProblem());
  }
  const text = await response.text();
  const parsed = parseBody(response.headers.get("content-type"), text);
  if (!response.ok) throw new ApiError(toProblem(response.status, response.statusText, parsed));
  return parsed as T;
}

/** GET a JSON resource; throws ApiError on any non-2xx or network failure. */
export function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>("GET", path, { signal });
}

/** Sends a JSON body (or none) with the given method; resolves to the parsed body, or null for 204. */
export function apiSend<T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<T> {
  return request<T>(method, path, { body });
}

type QueryValue = string | number | boolean | null | undefined;

/** Appends non-empty params to a path: `withQuery("/api/datasets", { q: "", limit: 25 })` → `/api/datasets?limit=25`. */
export function withQuery(path: string, params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    search.set(key, value === true ? "1" : String(value));
  }
  const qs = search.toString();
  if (qs === "") return path;
  return `${path}${path.includes("?") ? "&" : "?"}${qs}`;
}

/** Encodes one path segment (slugs are safe already, ids may not be). */
export const seg = (value: string) => encodeURIComponent(value);
