// 2-bit nucleotide codes shared by the k-mer and dot-plot kernels: A=0, C=1, G=2, T=3 (U as T,
// case-insensitive); every other byte is 4 (not a base — a k-mer window containing it is skipped).

export const CODE: usize = memory.data(256);
let codeReady = false;

/** Fills the byte → 2-bit code table once per instance. */
export function initCodes(): void {
  if (codeReady) return;
  for (let i = 0; i < 256; i++) store<u8>(CODE + <usize>i, 4);
  store<u8>(CODE + 0x41, 0);
  store<u8>(CODE + 0x61, 0);
  store<u8>(CODE + 0x43, 1);
  store<u8>(CODE + 0x63, 1);
  store<u8>(CODE + 0x47, 2);
  store<u8>(CODE + 0x67, 2);
  store<u8>(CODE + 0x54, 3);
  store<u8>(CODE + 0x74, 3);
  store<u8>(CODE + 0x55, 3);
  store<u8>(CODE + 0x75, 3);
  codeReady = true;
}

/** Fibonacci hashing of a 2-bit k-mer into a table of 2^bits slots. */
// @ts-ignore: decorator
@inline
export function slotOf(key: u64, bits: i32): usize {
  return <usize>((key * 0x9e3779b97f4a7c15) >> (64 - <u64>bits));
}
