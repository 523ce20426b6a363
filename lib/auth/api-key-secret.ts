import { createHash, randomInt } from "node:crypto";
import { API_KEY_ALPHABET, formatApiKey } from "@/lib/domain/api-key-format";

function randomToken(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += API_KEY_ALPHABET[randomInt(API_KEY_ALPHABET.length)];
  return out;
}

/** SHA-256 (hex) of a key's secret part: the secret has 165 bits of entropy, so no KDF is needed. */
export function hashApiKeySecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A new random key: the full string (shown once) plus what is stored. */
export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const prefix = randomToken(12);
  const secret = randomToken(32);
  return { key: formatApiKey(prefix, secret), prefix, secretHash: hashApiKeySecret(secret) };
}
