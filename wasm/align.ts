// Pairwise alignment kernels (EMBOSS water/needle semantics, scores in scaled integers): scalar
// i32 Gotoh score and checkpointed traceback for local and global mode, and striped (Farrar)
// 8 × i16 SIMD score kernels (local, with a 4 × i32 variant for when i16 saturates; global).
// Sequences arrive as matrix codes (u8), the matrix as size × size i32 scores.
export { alloc, reset } from "./lib/memory";
export { RESULT as resultSlots } from "./lib/align-common";
export { localScore, localAlign } from "./lib/align-local";
export { globalScore, globalAlign } from "./lib/align-global";
export { localScoreSimd16, localScoreSimd32 } from "./lib/align-simd";
export { globalScoreSimd16, OVERFLOW as simdOverflow } from "./lib/align-simd-global";
