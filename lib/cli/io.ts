/** What a command writes to; tests pass buffers, the binary passes the process streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as a byte stream (for `-`). */
  stdin: () => AsyncIterable<Uint8Array>;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdin: () => process.stdin,
  };
}

/** An in-memory IO for tests: collects output, feeds `stdinText` as standard input. */
export function memoryIO(stdinText = ""): CliIO & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdin: async function* () {
      yield new TextEncoder().encode(stdinText);
    },
    out: () => out,
    err: () => err,
  };
}
