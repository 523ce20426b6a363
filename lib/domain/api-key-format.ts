/**
 * API key wire format: `cyk_<prefix>_<secret>_<check>`.
 * - prefix: 12 chars [a-z0-9], the public key id stored in clear and shown in lists;
 * - secret: 32 chars [a-z0-9], only its SHA-256 is stored;
 * - check: 7 chars, CRC-32 of `prefix_secret` in base 36, so the edge can reject garbage and typos
 *   without a database. It is an integrity check, not a signature: revocation is checked in the API.
 */
const KEY_PATTERN = /^cyk_([a-z0-9]{12})_([a-z0-9]{32})_([a-z0-9]{7})$/;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function checkOf(prefix: string, secret: string): string {
  return crc32(`${prefix}_${secret}`).toString(36).padStart(7, "0");
}

/** Builds the full key string from its parts. */
export function formatApiKey(prefix: string, secret: string): string {
  return `cyk_${prefix}_${secret}_${checkOf(prefix, secret)}`;
}

/** Splits a key into prefix and secret if its shape and checksum are right, else null. */
export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const m = KEY_PATTERN.exec(key);
  if (!m) return null;
  const [, prefix, secret, check] = m as unknown as [string, string, string, string];
  return checkOf(prefix, secret) === check ? { prefix, secret } : null;
}

export const API_KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
