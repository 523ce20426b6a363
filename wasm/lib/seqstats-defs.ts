// Constants shared by the seqstats kernel modules and mirrored by lib/kernels/seqstats-abi.ts.

export const ST_DONE: i32 = 0;
export const ST_MORE: i32 = 1;
export const ST_ERROR: i32 = 2;

/**
 * f64 fields per record in the output table: length, A, C, G, T, U, N, lowercase, quality code
 * sum, id offset, id length, other IUPAC ambiguity codes (RYSWKMBDHV), letters that are no
 * nucleotide code (EFIJLOPQZ; lib/bio/molecule-type).
 */
export const REC_FIELDS: i32 = 13;

// Error codes (see lib/kernels/seqstats-abi.ts for their messages).
export const E_EMPTY: i32 = 1;
export const E_FA_MISSING_HEADER: i32 = 2;
export const E_FA_INVALID_SEQ: i32 = 3;
export const E_FQ_MISSING_HEADER: i32 = 4;
export const E_FQ_SEP_MISMATCH: i32 = 5;
export const E_FQ_MISSING_SEP: i32 = 6;
export const E_FQ_INVALID_SEQ: i32 = 7;
export const E_FQ_QUAL_LENGTH: i32 = 8;
export const E_FQ_INVALID_QUAL: i32 = 9;
export const E_FQ_QUAL_BELOW_64: i32 = 10;
export const E_FQ_TRUNC_SEQ: i32 = 11;
export const E_FQ_TRUNC_QUAL: i32 = 12;
export const E_FQ_QUAL_SHORT: i32 = 13;

export const B_LF: u32 = 10;
export const B_CR: u32 = 13;
export const B_GT: u32 = 62;
export const B_AT: u32 = 64;
export const B_PLUS: u32 = 43;
export const B_J: i32 = 74;

// Byte classes of sequence text: residues (letters either case, '*', '-', '.'), blanks
// (space, tab, VT, FF), the two line terminators, everything else invalid.
export const C_RES: u8 = 0;
export const C_SPACE: u8 = 1;
export const C_LF: u8 = 2;
export const C_CR: u8 = 3;
export const C_INVALID: u8 = 4;

export const CLASS: usize = memory.data(256);

export function buildClassTable(): void {
  for (let i = 0; i < 256; i++) store<u8>(CLASS + <usize>i, C_INVALID);
  for (let c = 65; c <= 90; c++) {
    store<u8>(CLASS + <usize>c, C_RES);
    store<u8>(CLASS + <usize>(c + 32), C_RES);
  }
  store<u8>(CLASS + 42, C_RES); // *
  store<u8>(CLASS + 45, C_RES); // -
  store<u8>(CLASS + 46, C_RES); // .
  store<u8>(CLASS + 32, C_SPACE);
  store<u8>(CLASS + 9, C_SPACE);
  store<u8>(CLASS + 11, C_SPACE);
  store<u8>(CLASS + 12, C_SPACE);
  store<u8>(CLASS + 10, C_LF);
  store<u8>(CLASS + 13, C_CR);
}

/** Space, tab, VT or FF: the whitespace that separates a header's id from its description. */
@inline export function isBlankByte(b: u32): bool {
  return b == 32 || b == 9 || b == 11 || b == 12;
}
