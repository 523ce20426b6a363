// Reverse complement with full IUPAC codes, case preserved, in place over a byte buffer.
// R↔Y, K↔M, B↔V, D↔H, A↔T (U→A), G↔C; S, W, N map to themselves; any other byte
// (gaps `-`, stops `*`, digits) is kept and only reversed. With `rna` set, A pairs with U.
export { alloc, reset } from "./lib/memory";

const TABLE: usize = memory.data(256);
let tableFor: i32 = -1;

function pair(a: u8, b: u8): void {
  store<u8>(TABLE + <usize>a, b);
  store<u8>(TABLE + <usize>b, a);
  store<u8>(TABLE + <usize>(a | 0x20), b | 0x20);
  store<u8>(TABLE + <usize>(b | 0x20), a | 0x20);
}

function buildTable(rna: bool): void {
  for (let i = 0; i < 256; i++) store<u8>(TABLE + <usize>i, <u8>i);
  pair(0x41, rna ? 0x55 : 0x54); // A-T / A-U
  pair(0x47, 0x43); // G-C
  pair(0x52, 0x59); // R-Y
  pair(0x4b, 0x4d); // K-M
  pair(0x42, 0x56); // B-V
  pair(0x44, 0x48); // D-H
  // U in DNA mode complements to A (T stays paired with A above).
  if (!rna) {
    store<u8>(TABLE + 0x55, 0x41);
    store<u8>(TABLE + 0x75, 0x61);
  } else {
    store<u8>(TABLE + 0x54, 0x41);
    store<u8>(TABLE + 0x74, 0x61);
  }
  tableFor = rna ? 1 : 0;
}

/** Reverse-complements `len` bytes at `ptr` in place. */
export function revcomp(ptr: usize, len: i32, rna: bool): void {
  if (tableFor != (rna ? 1 : 0)) buildTable(rna);
  let i: usize = ptr;
  let j: usize = ptr + <usize>len - 1;
  while (i < j) {
    const a = load<u8>(i);
    const b = load<u8>(j);
    store<u8>(i, load<u8>(TABLE + <usize>b));
    store<u8>(j, load<u8>(TABLE + <usize>a));
    i++;
    j--;
  }
  if (i == j) store<u8>(i, load<u8>(TABLE + <usize>load<u8>(i)));
}
