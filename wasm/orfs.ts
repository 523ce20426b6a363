// Open reading frames in one frame of one strand (see lib/bio/orfs.ts for the semantics), with a
// host-packed NCBI genetic code (./lib/codon-table). Frames 1..3 start at offset 0..2 of the
// forward strand; -1..-3 read the reverse complement from its offset 0..2.
export { alloc, reset } from "./lib/memory";
import { ATG_INDEX, CODON_TABLE, START_FLAG, STOP, codonValue, ensureMasks, forwardIndex, reverseIndex } from "./lib/codon-table";

/** Start policies, as the host passes them. */
const POLICY_ATG = 0;
const POLICY_ALTERNATIVE = 1;

// Per-codon flags kept in the scratch buffer.
const IS_START: u8 = 1; // a start under the policy
const TABLE_START: u8 = 2; // a start codon of the table (CDS mode reads it as M)

/** Output flags of an ORF. */
const HAS_STOP: i32 = 1;
const FIRST_IS_START: i32 = 2;

/** Address of the 4096-byte packed genetic code the host fills first. */
export function codonTable(): usize {
  return CODON_TABLE;
}

let orfOut: usize = 0;
let found: i32 = 0;
let capacity: i32 = 0;

function emit(first: i32, stop: i32, flags: i32): void {
  if (found < capacity) {
    const at = orfOut + <usize>found * 12;
    store<i32>(at, first);
    store<i32>(at + 4, stop);
    store<i32>(at + 8, flags);
  }
  found++;
}

/** Emits the ORFs ending at codon `stop` of the segment starting at codon `segment`. */
function close(scratch: usize, segment: i32, stop: i32, hasStop: bool, policy: i32, nested: bool, minAa: i32): void {
  const stopFlag = hasStop ? HAS_STOP : 0;
  if (policy != POLICY_ATG && policy != POLICY_ALTERNATIVE) {
    if (stop - segment >= minAa) emit(segment, stop, stopFlag | ((load<u8>(scratch + <usize>segment) & TABLE_START) != 0 ? FIRST_IS_START : 0));
    return;
  }
  for (let j = segment; stop - j >= minAa; j++) {
    if ((load<u8>(scratch + <usize>j) & IS_START) == 0) continue;
    emit(j, stop, stopFlag | FIRST_IS_START);
    if (!nested) return;
  }
}

/**
 * Scans frame `frame` of the `len` bytes at `seq`: writes the translation (one byte per codon)
 * to `aaOut`, uses `scratch` (one byte per codon), and writes up to `maxOrfs` ORFs to `out` as
 * i32 triples (first codon, stop codon or codon count when open, flags: 1 has a stop, 2 first
 * codon is a start codon of the table). ORFs shorter than `minAa` codons (at least 1) are
 * skipped. Returns the number of ORFs found, which may exceed `maxOrfs` (then only `maxOrfs`
 * were written).
 */
export function orfs(seq: usize, len: i32, frame: i32, policy: i32, nested: bool, minAa: i32, aaOut: usize, scratch: usize, out: usize, maxOrfs: i32): i32 {
  ensureMasks();
  orfOut = out;
  found = 0;
  capacity = maxOrfs;
  const min = minAa < 1 ? 1 : minAa;
  const offset = (frame < 0 ? -frame : frame) - 1;
  const n = len > offset ? (len - offset) / 3 : 0;
  const forward = frame > 0;
  let p: usize = forward ? seq + <usize>offset : seq + <usize>(len - 1 - offset);
  let segment = 0;
  for (let k = 0; k < n; k++) {
    let index: u32;
    let v: u8;
    if (forward) {
      index = forwardIndex(p);
      v = codonValue(index, p);
      p += 3;
    } else {
      index = reverseIndex(p);
      v = codonValue(index, p - 2);
      p -= 3;
    }
    const aa = v & 0x7f;
    store<u8>(aaOut + <usize>k, aa);
    const tableStart = (v & START_FLAG) != 0;
    const isStart = policy == POLICY_ATG ? index == ATG_INDEX : tableStart;
    store<u8>(scratch + <usize>k, (isStart ? IS_START : 0) | (tableStart ? TABLE_START : 0));
    if (aa == STOP) {
      close(scratch, segment, k, true, policy, nested, min);
      segment = k + 1;
    }
  }
  close(scratch, segment, n, false, policy, nested, min);
  return found;
}
