// Translation of one reading frame with a host-packed NCBI genetic code (see ./lib/codon-table).
// Frames 1..3 start at offset 0..2 of the forward strand; -1..-3 read the reverse complement
// starting at its offset 0..2 (frame -1 begins with the complement of the last base).
export { alloc, reset } from "./lib/memory";
import { CODON_TABLE, START_FLAG, STOP, codonValue, ensureMasks, forwardIndex, reverseIndex } from "./lib/codon-table";

/** Address of the 4096-byte packed genetic code the host fills before translating. */
export function codonTable(): usize {
  return CODON_TABLE;
}

/**
 * Translates frame `frame` of the `len` bytes at `seq` into `out` (one byte per codon; a
 * trailing partial codon is skipped). `cds`: a first codon that is a start becomes M.
 * `toStop`: stop before the first stop codon. Returns the number of residues written.
 */
export function translate(seq: usize, len: i32, frame: i32, cds: bool, toStop: bool, out: usize): i32 {
  ensureMasks();
  const offset = (frame < 0 ? -frame : frame) - 1;
  const n = len > offset ? (len - offset) / 3 : 0;
  if (n == 0) return 0;
  const forward = frame > 0;
  // First codon apart: CDS mode may read it as M (and then it is no stop).
  const first: usize = forward ? seq + <usize>offset : seq + <usize>(len - 1 - offset);
  const v0 = forward ? codonValue(forwardIndex(first), first) : codonValue(reverseIndex(first), first - 2);
  const aa0: u8 = cds && (v0 & START_FLAG) != 0 ? 0x4d : v0 & 0x7f;
  if (toStop && aa0 == STOP) return 0;
  store<u8>(out, aa0);
  if (forward) {
    let p = first + 3;
    for (let k = 1; k < n; k++) {
      const aa = codonValue(forwardIndex(p), p) & 0x7f;
      if (toStop && aa == STOP) return k;
      store<u8>(out + <usize>k, aa);
      p += 3;
    }
  } else {
    let q = first - 3;
    for (let k = 1; k < n; k++) {
      const aa = codonValue(reverseIndex(q), q - 2) & 0x7f;
      if (toStop && aa == STOP) return k;
      store<u8>(out + <usize>k, aa);
      q -= 3;
    }
  }
  return n;
}
