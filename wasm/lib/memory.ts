// Host-visible memory management shared by every kernel module (built with `--runtime stub`).
// The host allocates input/output buffers with `alloc`, runs the kernel, copies results out,
// then calls `reset` so the next call starts from an empty heap: no leaks across calls.

/** Allocates `size` bytes (16-byte aligned) and returns the pointer; grows memory as needed. */
export function alloc(size: i32): usize {
  return heap.alloc(<usize>size);
}

/** Frees every allocation made since the module started. */
export function reset(): void {
  heap.reset();
}
