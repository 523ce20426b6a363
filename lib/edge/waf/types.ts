/** WAF types: the request view the engine inspects, rules as data, config and result. */

/** A request as the pipeline hands it to the WAF: plain data, no Request object. */
export interface WafInput {
  method: string;
  /** Raw path as received (still percent-encoded), without the query string. */
  path: string;
  /** Raw query string without the leading `?` (still percent-encoded, `+` not yet decoded). */
  rawQuery: string;
  /** Header names in any case; one value per name (repeated headers joined with ", "). */
  headers: Record<string, string>;
  body?: { contentType: string; text: string };
}

export type WafCategory =
  | "sqli"
  | "xss"
  | "rce"
  | "lfi"
  | "rfi"
  | "php"
  | "java"
  | "generic"
  | "protocol"
  | "multipart"
  | "session-fixation"
  | "scanner"
  | "method"
  | "limits";

export type TransformName =
  | "urlDecode"
  | "htmlEntityDecode"
  | "nfkc"
  | "lowercase"
  | "normalizePath"
  | "removeSqlComments"
  | "compressWhitespace"
  | "removeNulls"
  | "cmdLine"
  | "jsDecode"
  | "base64Decode";

/** What part of the request a target comes from. */
export type TargetKind =
  | "path"
  | "query-name"
  | "query-value"
  | "header"
  | "cookie-name"
  | "cookie-value"
  | "json-key"
  | "json-value"
  | "form-name"
  | "form-value"
  | "multipart-name"
  | "multipart-value"
  | "multipart-filename"
  | "multipart-header"
  | "xml-value"
  | "header-names"
  | "request-meta"
  | "body";

/** Target selector of a rule: a kind, a group of kinds ("args" = every name/value the client chose), or a header. */
export type TargetSelector =
  | TargetKind
  | "args"
  | "arg-names"
  | "arg-values"
  | "cookies"
  | `header:${string}`;

export interface RuleDef {
  id: number;
  category: WafCategory;
  paranoia: 1 | 2 | 3;
  score: number;
  targets: readonly TargetSelector[];
  transformations: readonly TransformName[];
  /** A RegExp literal, or a list of literal phrases (matched as substrings after the transformations). */
  pattern: RegExp | readonly string[];
  description: string;
  /**
   * Fires only when the Referer is missing or names another host than Host: a value that is harmless when the
   * user followed one of this site's own links (a session id in a link the app itself rendered).
   */
  offsiteRefererOnly?: boolean;
}

export interface Exclusion {
  /** Path glob: `*` matches one segment, `**` any number of segments. */
  route: string;
  /** `|`-separated methods, or `*`. */
  method?: string;
  /**
   * Field selectors: a JSON pointer with `*` (one segment) and `**` (any depth) wildcards, matched against
   * JSON, form and multipart fields (a form field `name` is `/name`), or a target name glob such as `query:q`,
   * `body` or `header:user-agent`.
   */
  fields: readonly string[];
  /** Categories switched off for those fields; omitted = all categories. */
  categories?: readonly WafCategory[];
  /** Individual rule ids switched off for those fields. */
  ruleIds?: readonly number[];
}

export interface WafLimits {
  maxBodyBytes: number;
  maxJsonDepth: number;
  maxFields: number;
  maxValueChars: number;
  maxUrlDecodePasses: number;
  /** Entries of the per-value rule-hit memo (0 disables it); values longer than 512 chars are never memoized. */
  memoEntries: number;
}

export interface WafConfig {
  paranoia: 1 | 2 | 3;
  /** Log and report, never block. */
  detectOnly: boolean;
  warnThreshold: number;
  blockThreshold: number;
  allowedMethods: readonly string[];
  /** Headers inspected by value (lower-case); Cookie is always split into names and values. */
  inspectedHeaders: readonly string[];
  limits: WafLimits;
  exclusions: readonly Exclusion[];
}

export interface WafMatch {
  ruleId: number;
  category: WafCategory;
  /** e.g. `query:q`, `json:/steps/0/body`, `header:user-agent`. */
  target: string;
  score: number;
}

export interface WafResult {
  score: number;
  action: "allow" | "warn" | "block";
  matched: WafMatch[];
}
