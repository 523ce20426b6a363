/** Every failure the API reports has one of these codes; `problemStatus` maps them to HTTP. */
export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unprocessable_file"
  | "rate_limited"
  | "backend_unavailable"
  | "internal";

/** One invalid field, addressed by an RFC 6901 JSON pointer. */
export interface FieldError {
  pointer: string;
  detail: string;
}

/** The one error type services throw; route wrappers turn it into problem+json. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  readonly extra: Record<string, unknown>;
  /** Response headers that belong with this error (e.g. `Retry-After` on a 429). */
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, opts: { errors?: FieldError[]; extra?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.errors = opts.errors ?? [];
    this.extra = opts.extra ?? {};
    this.headers = opts.headers ?? {};
  }
}

export const problemStatus: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable_file: 422,
  rate_limited: 429,
  backend_unavailable: 503,
  internal: 500,
};

export const problemTitle: Record<ErrorCode, string> = {
  bad_request: "Bad request",
  invalid_json: "Malformed JSON body",
  validation_failed: "Validation failed",
  unauthenticated: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  method_not_allowed: "Method not allowed",
  conflict: "Conflict",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  unprocessable_file: "File cannot be processed",
  rate_limited: "Too many requests",
  backend_unavailable: "Backend unavailable",
  internal: "Internal server error",
};

export const notFound = (what: string) => new AppError("not_found", `${what} was not found`);
