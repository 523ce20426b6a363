import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { API_KEY_ALPHABET, formatApiKey, parseApiKey } from "./api-key-format";

const token = (n: number) => fc.string({ unit: fc.constantFrom(...API_KEY_ALPHABET.split("")), minLength: n, maxLength: n });

describe("api key format", () => {
  it("round-trips any prefix and secret", () => {
    fc.assert(
      fc.property(token(12), token(32), (prefix, secret) => {
        expect(parseApiKey(formatApiKey(prefix, secret))).toEqual({ prefix, secret });
      }),
    );
  });

  it("rejects a single changed character (checksum)", () => {
    fc.assert(
      fc.property(token(12), token(32), fc.nat(31), (prefix, secret, at) => {
        const key = formatApiKey(prefix, secret);
        const pos = 4 + 13 + at;
        const swapped = key[pos] === "a" ? "b" : "a";
        expect(parseApiKey(key.slice(0, pos) + swapped + key.slice(pos + 1))).toBeNull();
      }),
    );
  });

  it("rejects malformed keys", () => {
    for (const bad of ["", "cyk_", "Bearer x", "cyk_ABCDEFGHIJKL_" + "a".repeat(32) + "_0000000", "cyk_abc_def_ghi"]) {
      expect(parseApiKey(bad)).toBeNull();
    }
  });
});
