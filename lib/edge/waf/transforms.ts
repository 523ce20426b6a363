/**
 * Transformations applied to a target value before rules match. Each one is total (never throws) and
 * returns its input unchanged (same string) when there is nothing to do, so chains stay cheap on clean values.
 */
import type { TransformName } from "./types";

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * One lenient percent-decoding pass: valid `%XX` and `%uXXXX` escapes are decoded (bytes as UTF-8 when they
 * form valid UTF-8, else as Latin-1), invalid escapes are kept literally. `+` is left alone (only the query and
 * form extractors turn `+` into a space).
 */
export function urlDecodeOnce(s: string): string {
  if (s.indexOf("%") === -1) return s;
  let out = "";
  let bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length === 0) return;
    out += decodeBytes(bytes);
    bytes = [];
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 37 /* % */) {
      if (i + 2 < s.length && hexVal(s.charCodeAt(i + 1)) >= 0 && hexVal(s.charCodeAt(i + 2)) >= 0) {
        bytes.push(hexVal(s.charCodeAt(i + 1)) * 16 + hexVal(s.charCodeAt(i + 2)));
        i += 2;
        continue;
      }
      const u = s.charCodeAt(i + 1);
      if ((u === 117 || u === 85) && i + 5 < s.length) {
        const h = s.slice(i + 2, i + 6);
        if (/^[0-9a-fA-F]{4}$/.test(h)) {
          flush();
          out += String.fromCharCode(parseInt(h, 16));
          i += 5;
          continue;
        }
      }
    }
    flush();
    out += s[i];
  }
  flush();
  return out;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decodeBytes(bytes: number[]): string {
  let ascii = true;
  for (const b of bytes) if (b > 0x7f) ascii = false;
  if (ascii) return String.fromCharCode(...bytes);
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return String.fromCharCode(...bytes);
  }
}

/** Percent-decode until the value stops changing, at most `maxPasses` times (catches double/triple encoding). */
export function urlDecodeRepeated(s: string, maxPasses = 3): string {
  let cur = s;
  for (let i = 0; i < maxPasses; i++) {
    const next = urlDecodeOnce(cur);
    if (next === cur) break;
    cur = next;
  }
  return cur;
}

/** Decode `+` as space then percent-escapes once: application/x-www-form-urlencoded and query strings. */
export function formDecode(s: string): string {
  return urlDecodeOnce(s.indexOf("+") === -1 ? s : s.replace(/\+/g, " "));
}

const NAMED_ENTITIES: Record<string, string> = {
  lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", tab: "\t", newline: "\n",
  colon: ":", semi: ";", lpar: "(", rpar: ")", sol: "/", bsol: "\\", equals: "=", comma: ",",
  period: ".", excl: "!", quest: "?", num: "#", dollar: "$", percnt: "%", lsqb: "[", rsqb: "]",
  lcub: "{", rcub: "}", grave: "`", vert: "|", ast: "*", plus: "+", hyphen: "-", lowbar: "_",
};

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));?/g;

/** Decode HTML character references: `&#x3c;`, `&#60;`, `&lt;` (with or without the trailing `;`). */
export function htmlEntityDecode(s: string): string {
  if (s.indexOf("&") === -1) return s;
  return s.replace(ENTITY, (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (hex !== undefined || dec !== undefined) {
      const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec as string, 10);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return m;
      return String.fromCodePoint(cp);
    }
    const v = NAMED_ENTITIES[(name as string).toLowerCase()];
    if (v !== undefined) return v;
    // Other named references (&auml; &ccaron; …) are letters: fold them to one placeholder letter so their
    // `&` and `;` are not mistaken for syntax.
    return m.endsWith(";") ? "\u00e4" : m;
  });
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Unicode NFKC: full-width `＜ｓｃｒｉｐｔ＞` becomes `<script>`; ASCII input is returned as is. */
export function nfkc(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  try {
    // Ideographic/full-width full stops are not folded by NFKC but resolve as "." in host names.
    return s.normalize("NFKC").replace(/[\u3002\uff0e\uff61]/g, ".");
  } catch {
    return s;
  }
}

export function lowercase(s: string): string {
  return /[A-Z]|[^\x00-\x7f]/.test(s) ? s.toLowerCase() : s;
}

/**
 * Path normalization: backslashes to `/`, collapse `//`, drop `/./`, resolve `..` against the preceding
 * segment. A `..` that would climb above the start is kept (`../../etc/passwd` stays visible to LFI rules).
 */
export function normalizePath(s: string): string {
  // Nothing to normalize without a backslash, an empty segment or a dot segment: return the input itself so that
  // chains ending here share their result (and its scans) with the chains that do not normalize.
  if (!/\\|\/\/|(?:^|\/)\.\.?(?:\/|$)/.test(s)) return s;
  const p = s.replace(/\\/g, "/");
  if (p.indexOf("/") === -1) return p;
  const leading = p.startsWith("/");
  const trailing = p.endsWith("/") && p.length > 1;
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") {
      out.pop();
      continue;
    }
    out.push(seg);
  }
  let r = (leading ? "/" : "") + out.join("/");
  if (trailing && !r.endsWith("/")) r += "/";
  return r;
}

/**
 * SQL comment removal: `/* … *\/` becomes a space; MySQL version comments `/*!50000 … *\/` keep their body
 * (MySQL executes it); `--` and `#` comments run to the end of the line. Typographic quotes (’ ‘ ´ ` ″) are folded
 * to `'`/`"` first: MySQL and SQL Server accept some of them, and injection tests use them to dodge quote rules.
 */
export function removeSqlComments(s: string): string {
  let r = s;
  if (/[\u2018\u2019\u201a\u201b\u00b4\u02b9\u02bc\u2032]/.test(r)) r = r.replace(/[\u2018\u2019\u201a\u201b\u00b4\u02b9\u02bc\u2032]/g, "'");
  if (/[\u201c\u201d\u201e\u2033]/.test(r)) r = r.replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  if (r.indexOf("/*") === -1 && r.indexOf("--") === -1 && r.indexOf("#") === -1) return r;
  return r
    .replace(/\/\*!\d*([\s\S]*?)(?:\*\/|$)/g, " $1 ")
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, " ")
    .replace(/(?:--|#)[^\n]*/g, " ");
}

/** Collapse runs of whitespace (incl. vertical tab, form feed, NBSP) to a single space. */
export function compressWhitespace(s: string): string {
  return /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/.test(s) ? s.replace(/[\s\u00a0\u000b]+/g, " ") : s;
}

export function removeNulls(s: string): string {
  return s.indexOf("\u0000") === -1 ? s : s.replace(/\u0000/g, "");
}

/**
 * Shell de-obfuscation (after CRS's cmdLine idea, keeping separators so rules can anchor on them): expand
 * `$IFS`/`${IFS}`, drop `$@`/`$*` no-ops and the quoting characters `\ " ' ^`, compress whitespace, lower-case.
 * `c\a"t" /e't'c/pa''sswd` becomes `cat /etc/passwd`.
 */
export function cmdLine(s: string): string {
  // Nothing to undo without `$`, quoting characters, whitespace other than single spaces, or upper case.
  if (!/[$"'\\^`A-Z\u0080-\uffff]|[^\S ]| {2}/.test(s)) return s;
  return s
    .replace(/\$\{?ifs\}?/gi, " ")
    .replace(/\$[@*]|\$\{[@*]\}|\$\(\s*\)|``/g, "")
    .replace(/["'\\^]/g, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

const JS_ESCAPE = /\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/g;

/**
 * JavaScript string escapes (`\u0072`, `\u{72}`, `\x72`) decoded, as a JavaScript engine reads a string literal
 * before it evaluates it: `\u0072equire` is `require`. Other backslashes are kept.
 */
export function jsDecode(s: string): string {
  if (s.indexOf("\\") === -1 || !/\\[ux]/i.test(s)) return s;
  return s.replace(JS_ESCAPE, (m, brace: string | undefined, u4: string | undefined, x2: string | undefined) => {
    const cp = parseInt((brace ?? u4 ?? x2) as string, 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return m;
    return String.fromCodePoint(cp);
  });
}

const BASE64_VALUE = /^(?:[A-Za-z0-9+/]{12,}|[A-Za-z0-9_-]{12,})={0,2}$/;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Base64 (standard or URL-safe alphabet) decoding of a value that is one base64 token and decodes to text: a
 * serialized payload is often shipped base64-encoded (node-serialize, funcster, cookie-borne objects). Anything
 * else is returned as is: a value with whitespace or other punctuation, one shorter than 12 characters, one without
 * both upper- and lower-case letters (DNA and protein sequences, accession numbers, lower-case identifiers), or one
 * whose bytes are not UTF-8 text without control characters. (Never changing a value without an upper-case letter
 * keeps the engine's INERT shortcut sound; jsDecode likewise needs a backslash.)
 */
export function base64Decode(s: string): string {
  if (s.length < 12 || s.length > 16384 || !BASE64_VALUE.test(s) || !/[A-Z]/.test(s) || !/[a-z]/.test(s)) return s;
  let b = s.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  if (b.length % 4 === 1) return s;
  while (b.length % 4 !== 0) b += "=";
  let bin: string;
  try {
    bin = atob(b);
  } catch {
    return s;
  }
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return s;
  }
  return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text) ? s : text;
}

const TRANSFORMS: Record<TransformName, (s: string, passes: number) => string> = {
  urlDecode: (s, passes) => urlDecodeRepeated(s, passes),
  htmlEntityDecode,
  nfkc,
  lowercase,
  normalizePath,
  removeSqlComments,
  compressWhitespace,
  removeNulls,
  cmdLine,
  jsDecode,
  base64Decode,
};

/** Apply a chain of transformations in order. */
export function applyTransforms(s: string, chain: readonly TransformName[], urlDecodePasses = 3): string {
  let cur = s;
  for (const t of chain) cur = TRANSFORMS[t](cur, urlDecodePasses);
  return cur;
}
