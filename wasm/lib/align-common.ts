// Shared state of the alignment kernels: results handed back to the host and scratch allocation.

/** Very negative "minus infinity" with room to subtract penalties without i32 overflow. */
export const NEG: i32 = -(1 << 29);

/** Result slots read by the host: [score, startA, startB, opCount]. */
export const RESULT: usize = memory.data(16);

export function setResult(score: i32, startA: i32, startB: i32, ops: i32): void {
  store<i32>(RESULT, score);
  store<i32>(RESULT + 4, startA);
  store<i32>(RESULT + 8, startB);
  store<i32>(RESULT + 12, ops);
}

/** Scratch memory from the bump heap (freed by the host's `reset`). */
export function scratch(bytes: i64): usize {
  return heap.alloc(<usize>bytes);
}

export function fillI32(ptr: usize, count: i32, value: i32): void {
  for (let i = 0; i < count; i++) store<i32>(ptr + (<usize>i << 2), value);
}

export function copyBytes(dst: usize, src: usize, bytes: i32): void {
  memory.copy(dst, src, <usize>bytes);
}

/** Rows per recomputed block for the checkpointed traceback: about √rows, at least 1. */
export function blockRows(rows: i32): i32 {
  let k = <i32>Math.ceil(Math.sqrt(<f64>rows));
  return k < 1 ? 1 : k;
}
