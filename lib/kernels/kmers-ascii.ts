/**
 * Writes part of a JS string into kernel memory as one byte per character, for the nucleotide
 * kernels (k-mers, digest, motif, dot plot). Characters outside ASCII become 0, which every
 * one of these kernels treats as "not a base", so positions stay aligned with the string.
 */

const encoder = new TextEncoder();

/** Writes `text[start, end)` to `dest` (length ≥ end − start); returns the byte count. */
export function writeAscii(dest: Uint8Array, text: string, start: number, end: number): number {
  const n = end - start;
  const { read, written } = encoder.encodeInto(text.slice(start, end), dest.subarray(0, n));
  if (read === n && written === n) return n;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(start + i);
    dest[i] = c < 128 ? c : 0;
  }
  return n;
}

/** Throws the signal's AbortError when the operation was cancelled. */
export function checkAborted(signal: AbortSignal | undefined): void {
  signal?.throwIfAborted();
}
