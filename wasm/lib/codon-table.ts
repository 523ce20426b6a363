// Codon decoding shared by the translate and orfs kernels. Each byte maps to its IUPAC base set
// as a 4-bit mask in TCAG order (bit 0 T/U, 1 C, 2 A, 3 G; 0 = not a nucleotide code); a codon
// is the 12-bit index (m0 << 8) | (m1 << 4) | m2 into the host-packed genetic code (see
// lib/kernels/codon-tables.ts): one byte per index, the amino acid letter, | 0x80 when the codon
// is a start codon of the table. Ambiguity is resolved on the host when the table is packed.

/** Host-written packed genetic code: 4096 bytes. */
export const CODON_TABLE: usize = memory.data(4096);
/** Byte → base-set mask. */
const MASKS: usize = memory.data(256);
/** Byte → base-set mask of its complement (T↔A, C↔G). */
const COMPLEMENT_MASKS: usize = memory.data(256);
let masksReady = false;

export const START_FLAG: u8 = 0x80;
export const STOP: u8 = 0x2a; // *
const GAP: u8 = 0x2d; // -
/** Index of the concrete codon ATG. */
export const ATG_INDEX: u32 = (4 << 8) | (1 << 4) | 8;

function setMask(letter: u8, mask: u8): void {
  const comp: u8 = ((mask & 1) << 2) | ((mask & 4) >> 2) | ((mask & 2) << 2) | ((mask & 8) >> 2);
  store<u8>(MASKS + <usize>letter, mask);
  store<u8>(MASKS + <usize>(letter | 0x20), mask);
  store<u8>(COMPLEMENT_MASKS + <usize>letter, comp);
  store<u8>(COMPLEMENT_MASKS + <usize>(letter | 0x20), comp);
}

/** Fills the byte → mask tables (once per instance). */
export function ensureMasks(): void {
  if (masksReady) return;
  setMask(0x54, 1); // T
  setMask(0x55, 1); // U
  setMask(0x43, 2); // C
  setMask(0x41, 4); // A
  setMask(0x47, 8); // G
  setMask(0x52, 12); // R = A|G
  setMask(0x59, 3); // Y = C|T
  setMask(0x53, 10); // S = C|G
  setMask(0x57, 5); // W = A|T
  setMask(0x4b, 9); // K = G|T
  setMask(0x4d, 6); // M = A|C
  setMask(0x42, 11); // B = C|G|T
  setMask(0x44, 13); // D = A|G|T
  setMask(0x48, 7); // H = A|C|T
  setMask(0x56, 14); // V = A|C|G
  setMask(0x4e, 15); // N
  masksReady = true;
}

/** Codon index of the three bytes at p, p+1, p+2 (forward strand). */
// @ts-ignore: decorator
@inline export function forwardIndex(p: usize): u32 {
  return (<u32>load<u8>(MASKS + <usize>load<u8>(p)) << 8) | (<u32>load<u8>(MASKS + <usize>load<u8>(p + 1)) << 4) | <u32>load<u8>(MASKS + <usize>load<u8>(p + 2));
}

/** Codon index read on the reverse strand: complements of the bytes at q, q-1, q-2. */
// @ts-ignore: decorator
@inline export function reverseIndex(q: usize): u32 {
  return (<u32>load<u8>(COMPLEMENT_MASKS + <usize>load<u8>(q)) << 8) | (<u32>load<u8>(COMPLEMENT_MASKS + <usize>load<u8>(q - 1)) << 4) | <u32>load<u8>(COMPLEMENT_MASKS + <usize>load<u8>(q - 2));
}

/**
 * Packed table value of a codon whose lowest byte address is `low` (p forward, q-2 reverse):
 * a codon of three gap characters reads as `-` (as the TypeScript reference does); any other
 * codon with a non-nucleotide byte is X from the table.
 */
// @ts-ignore: decorator
@inline export function codonValue(index: u32, low: usize): u8 {
  const v = load<u8>(CODON_TABLE + <usize>index);
  if (index == 0 && load<u8>(low) == GAP && load<u8>(low + 1) == GAP && load<u8>(low + 2) == GAP) return GAP;
  return v;
}
