/** Default WAF configuration: thresholds, bounds, inspected headers and the per-route scientific-text exclusions. */
import type { Exclusion, WafConfig } from "./types";

/**
 * Fields that carry scientific text. Sequences, SMILES and FASTA mostly pass the rules on their own (the
 * patterns demand attack syntax, not just `()=#[]@+>`); these exclusions cover text that legitimately *is*
 * code or paths: protocol markdown with bash/python/R/SQL blocks, pipeline parameters, raw uploads.
 */
export const SCIENTIFIC_EXCLUSIONS: readonly Exclusion[] = [
  {
    // Auth.js's own cookies are written by this server and checked by it: the session token is
    // encrypted, the CSRF token is HMAC-bound, and the callback URL (which on a local instance is
    // http://localhost:PORT, an "SSRF" shape) is validated against the host before any redirect.
    route: "/**",
    method: "*",
    fields: ["cookie:*authjs.*", "cookie-name:*authjs.*"],
  },
  {
    // Sign-in and sign-up forms (server actions, posted as multipart with React's field prefixes):
    // a password may hold any characters, is never echoed, stored or executed (only hashed).
    route: "/{signin,signup}",
    method: "POST",
    fields: ["/*password"],
  },
  {
    // The same passwords through the JSON sign-up API and the Auth.js credentials callback.
    route: "/api/{account/signup,auth/callback/credentials}",
    method: "POST",
    fields: ["/password"],
  },
  {
    // Text search over the catalogue lists: same reasoning as the search endpoint below.
    route: "/api/{datasets,protocols,spaces}",
    method: "GET",
    fields: ["query:q"],
    categories: ["rce", "sqli", "lfi", "php", "generic", "java"],
  },
  {
    // Free-text search: researchers search for "grep -c '>' file.fasta", "SELECT protocols from 2023",
    // "sleep deprivation", "path ../data/raw". The search parser never executes it; XSS rules stay on
    // because search terms are echoed back into pages.
    route: "/api/{search,**/search}",
    method: "GET|POST",
    fields: ["query:q", "query:query", "/q", "/query", "/filters/**"],
    categories: ["rce", "sqli", "lfi", "php", "generic", "java"],
  },
  {
    // Chemical structure queries: SMILES/InChI use ()=#[]@+/\ and %nn ring-closure numbers.
    route: "/api/compounds/**",
    method: "GET|POST",
    fields: ["query:smiles", "query:inchi", "query:q", "/smiles", "/inchi", "/query"],
    categories: ["rce", "sqli", "lfi", "php", "generic", "protocol"],
  },
  {
    // Lab protocols: markdown with fenced code blocks (shell pipelines, SQL, HTML tables, R/python).
    route: "/api/protocols/**",
    method: "POST|PUT|PATCH",
    fields: ["/description", "/body", "/body_md", "/content", "/steps/*/body", "/steps/*/body_md", "/steps/**/code", "/notes"],
    categories: ["rce", "sqli", "xss", "lfi", "php", "generic"],
  },
  {
    // Dataset descriptions are methods text: command lines in code spans (`samtools view -b …`),
    // relative paths, SQL used to build a table, HTML shown as an example. Descriptions are only
    // ever rendered as escaped text (React, the static pages, the feed's XML escaping).
    route: "/api/datasets{,/*}",
    method: "POST|PATCH",
    fields: ["/description"],
    categories: ["rce", "sqli", "lfi", "php", "generic", "xss"],
  },
  {
    // Workflow parameters: relative paths, CLI flags, object-store URLs.
    route: "/api/pipelines/**",
    method: "POST|PUT|PATCH",
    fields: ["/params/**", "/config", "/config/**", "/args", "/args/**"],
    categories: ["rce", "lfi", "rfi", "sqli"],
  },
  {
    // Project notes in scientific formats (VCF, Newick, CIGAR, IUPAC names, statistics).
    route: "/api/projects/*/notes",
    method: "POST|PUT|PATCH",
    fields: ["/content"],
    categories: ["rce", "sqli", "lfi", "php"],
  },
  {
    // Raw sequence uploads (FASTA/FASTQ/GenBank as the whole body or a multipart file).
    route: "/api/upload/**",
    method: "POST|PUT",
    fields: ["body", "/file", "/files", "/sequence"],
    categories: ["rce", "sqli", "lfi", "xss", "php", "java", "generic"],
  },
  {
    // Sequence and compound payloads: sequences, FASTA text, SMILES/InChI strings.
    route: "/api/{sequences,compounds,align}/**",
    method: "POST|PUT|PATCH",
    fields: ["/sequence", "/fasta", "/smiles", "/inchi", "/sequences/*"],
    categories: ["rce", "sqli", "lfi", "php"],
  },
];

export const DEFAULT_WAF_CONFIG: WafConfig = {
  paranoia: 1,
  detectOnly: false,
  warnThreshold: 10,
  blockThreshold: 25,
  allowedMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
  inspectedHeaders: [
    "user-agent",
    "referer",
    "cookie",
    "content-type",
    "origin",
    "x-forwarded-for",
    "x-forwarded-host",
    "x-original-url",
    "x-rewrite-url",
    "x-filename",
    "x-file-name",
    "x_filename",
    "x.filename",
    "content-length",
    "transfer-encoding",
    "range",
    "request-range",
    "accept-charset",
    "content-encoding",
    "host",
    "connection",
    "accept-encoding",
    // every other header too (credentials and negotiation headers excepted, see targets.ts)
    "*",
  ],
  limits: {
    maxBodyBytes: 64 * 1024,
    maxJsonDepth: 32,
    maxFields: 1000,
    maxValueChars: 16 * 1024,
    maxUrlDecodePasses: 3,
    memoEntries: 4096,
  },
  exclusions: SCIENTIFIC_EXCLUSIONS,
};

/** Merge overrides into the default config (limits merged field by field). */
export function wafConfig(overrides: Partial<Omit<WafConfig, "limits">> & { limits?: Partial<WafConfig["limits"]> } = {}): WafConfig {
  return {
    ...DEFAULT_WAF_CONFIG,
    ...overrides,
    limits: { ...DEFAULT_WAF_CONFIG.limits, ...(overrides.limits ?? {}) },
  };
}
