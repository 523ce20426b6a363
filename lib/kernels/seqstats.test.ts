import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StatsParams, StatsResult } from "@/lib/analysis/contract";
import { createFastaScanner } from "@/lib/bio/fasta-scanner";
import { createFastqScanner } from "@/lib/bio/fastq-scanner";
import { BioParseError } from "@/lib/bio/parse-error";
import { statsFromText } from "@/lib/bio/stats-reference";
import { nodeKernelProvider } from "./node-loader";
import { runGcWindows } from "./gc-windows";
import { runStats } from "./seqstats";

const kernels = nodeKernelProvider();
const enc = new TextEncoder();

/** The bytes of `text` as chunks of the given sizes (cycled). */
async function* chunked(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let i = 0;
  for (let off = 0; off < bytes.length; i++) {
    const n = sizes.length === 0 ? bytes.length : sizes[i % sizes.length]!;
    yield bytes.subarray(off, off + n);
    off += n;
  }
}

type Outcome = { ok: StatsResult } | { error: string; name: string; code?: string };

async function viaKernel(text: string, sizes: readonly number[], params: StatsParams = {}): Promise<Outcome> {
  try {
    return { ok: await runStats(kernels, chunked(enc.encode(text), sizes), params) };
  } catch (err) {
    const e = err as Error;
    return { error: e.message, name: e.name, ...(e instanceof BioParseError ? { code: e.code } : {}) };
  }
}

function viaReference(text: string, params: StatsParams = {}): Outcome {
  try {
    return { ok: statsFromText(text, params) };
  } catch (err) {
    const e = err as Error;
    return { error: e.message, name: e.name, ...(e instanceof BioParseError ? { code: e.code } : {}) };
  }
}

/** The streaming TypeScript scanner's error for the same chunks, if any. */
function scannerError(format: "fasta" | "fastq", text: string, sizes: readonly number[]): string | null {
  const scanner = format === "fasta" ? createFastaScanner() : createFastqScanner();
  const bytes = enc.encode(text);
  try {
    let i = 0;
    for (let off = 0; off < bytes.length; i++) {
      const n = sizes.length === 0 ? bytes.length : sizes[i % sizes.length]!;
      scanner.push(bytes.subarray(off, off + n));
      off += n;
    }
    scanner.end();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

const eol = fc.constantFrom("\n", "\r\n", "\r");
const chunkSizes = fc.oneof(fc.constant([1]), fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 6 }), fc.constant([]));

const fastaRecord = fc.record({
  title: fc.string({ unit: fc.constantFrom(..."abcXYZ019|_.: \t"), maxLength: 20 }),
  lines: fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(..."ACGTUNacgtunNNNNRYKMSWBDHV*-. "), maxLength: 90 }) },
      // protein letters (and X) now and then: the record becomes protein by lib/bio/molecule-type
      { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."ACGTNMKVLEFIPQZJOXacgtlqx*"), maxLength: 30 }) },
    ),
    { maxLength: 5 },
  ),
  eols: fc.array(eol, { minLength: 6, maxLength: 6 }),
  blank: fc.boolean(),
});

const fastaText = fc
  .record({ records: fc.array(fastaRecord, { minLength: 1, maxLength: 6 }), finalEol: fc.boolean(), bom: fc.boolean(), lead: fc.constantFrom("", "\n", " \n\r\n") })
  .map(({ records, finalEol, bom, lead }) => {
    let s = (bom ? "\ufeff" : "") + lead;
    records.forEach((r, i) => {
      s += `>${r.title}${r.eols[0]}`;
      r.lines.forEach((l, j) => (s += l + r.eols[(j + 1) % 6]!));
      if (r.blank) s += r.eols[5]!;
      if (i === records.length - 1 && !finalEol) s = s.replace(/(\r\n|\r|\n)$/, "");
    });
    return s;
  });

const qualityChar = fc.integer({ min: 33, max: 126 }).map((c) => String.fromCharCode(c));
const fastqRecord = fc
  .record({
    title: fc.string({ unit: fc.constantFrom(..."abcXYZ019|_.: @+"), maxLength: 20 }),
    seq: fc.string({ unit: fc.constantFrom(..."ACGTNacgtnRYN*-.", "L", "q"), maxLength: 120 }),
    quals: fc.array(qualityChar, { minLength: 120, maxLength: 120 }),
    width: fc.integer({ min: 1, max: 130 }),
    repeatTitle: fc.boolean(),
    eol,
  })
  .map((r) => {
    const wrap = (x: string) => {
      const out: string[] = [];
      for (let i = 0; i < x.length; i += r.width) out.push(x.slice(i, i + r.width));
      return out;
    };
    const q = r.quals.slice(0, r.seq.length).join("");
    return [`@${r.title}`, ...wrap(r.seq), `+${r.repeatTitle ? r.title : ""}`, ...wrap(q)].join(r.eol) + r.eol;
  });
const fastqText = fc.array(fastqRecord, { minLength: 1, maxLength: 6 }).map((rs) => rs.join(""));

describe("stats kernel matches the TypeScript reference", () => {
  it("on random FASTA with any chunking, line endings, lowercase, N runs and empty records", async () => {
    await fc.assert(
      fc.asyncProperty(fastaText, chunkSizes, async (text, sizes) => {
        expect(await viaKernel(text, sizes)).toEqual(viaReference(text));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("on random FASTQ (wrapped, '@' and '+' in qualities) with any chunking", async () => {
    await fc.assert(
      fc.asyncProperty(fastqText, chunkSizes, async (text, sizes) => {
        expect(await viaKernel(text, sizes)).toEqual(viaReference(text));
        expect(await viaKernel(text, sizes, { phredOffset: 64 })).toEqual(viaReference(text, { phredOffset: 64 }));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  // Found by the corruption property below: a BOM that is not at the start of the text is data, and both sides
  // name it by its first UTF-8 byte.
  it("names a misplaced BOM by its first byte, like the kernel", async () => {
    const bad = "\n\ufeff>";
    expect(viaReference(bad)).toEqual({ name: "Error", error: "not FASTA, FASTQ or GenBank: line 2 starts with byte 0xef; expected '>' (FASTA), '@' (FASTQ) or LOCUS (GenBank)" });
    expect(await viaKernel(bad, [1])).toEqual(viaReference(bad));
  });

  // Found by the corruption property below (seed 986477923): a title that starts with U+FEFF keeps it in the id.
  it("keeps a BOM that starts a record id, like the text parser", async () => {
    const text = ">\ufeff>";
    expect(await viaKernel(text, [1])).toEqual(viaReference(text));
    expect(((await viaKernel(text, [])) as { ok: StatsResult }).ok.records[0]!.id).toBe("\ufeff>");
  });

  it("on corrupted FASTA and FASTQ: the same result or the same error", async () => {
    const corruption = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      insert: fc.string({ unit: fc.constantFrom(..."\n\r\t >@+!#~AC1?\u0001"), maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fastaText, fastqText), corruption, chunkSizes, async (text, c, sizes) => {
        const at = text.length === 0 ? 0 : c.at % text.length;
        const bad = text.slice(0, at) + c.insert + text.slice(at + c.cut);
        const want = viaReference(bad);
        expect(await viaKernel(bad, sizes)).toEqual(want);
        if ("code" in want && want.code !== "phred64_detected") {
          // the streaming TypeScript scanners word the error the same way
          expect(scannerError(want.error.startsWith("FASTA") ? "fasta" : "fastq", bad, sizes)).toBe(want.error);
        }
      }),
      { numRuns: 600 },
    );
  }, 60_000);

  it("caps per-record rows but keeps totals over every record", async () => {
    const text = ">a\nAC\n>b\nGG\n>c\nTT\n";
    const r = await runStats(kernels, chunked(enc.encode(text), [2]), { maxRecordRows: 2 });
    expect(r.records.map((x) => x.id)).toEqual(["a", "b"]);
    expect(r.recordsTruncated).toBe(true);
    expect(r.total.records).toBe(3);
    expect(r).toEqual(statsFromText(text, { maxRecordRows: 2 }));
  });

  it("drains the record table many times within one chunk", async () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `>r${i}\n${i % 2 ? "ACGT" : ""}\n`).join("");
    const r = await runStats(kernels, chunked(enc.encode(text), []), { maxRecordRows: 20_000 });
    expect(r.total.records).toBe(10_000);
    expect(r.records[9_999]!.id).toBe("r9999");
    expect(r).toEqual(statsFromText(text, { maxRecordRows: 20_000 }));
  });

  it("refuses a second call on the kernel instance while a stream is using it", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slow(): AsyncGenerator<Uint8Array> {
      yield enc.encode(">a\nAC");
      await gate;
      yield enc.encode("GT\n");
    }
    const first = runStats(kernels, slow(), {});
    await new Promise((r) => setTimeout(r, 10));
    await expect(runStats(kernels, chunked(enc.encode(">b\nA\n"), []), {})).rejects.toThrow("busy");
    await expect(runGcWindows(kernels, "ACGT", { window: 2, step: 1 })).rejects.toThrow("busy");
    release();
    expect((await first).total.lengthBp).toBe(4);
    expect((await runStats(kernels, chunked(enc.encode(">b\nA\n"), []), {})).total.lengthBp).toBe(1);
  });
});
