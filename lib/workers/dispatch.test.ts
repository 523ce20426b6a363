import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AnalysisInput, AnalysisRequest } from "@/lib/analysis/contract";
import { reverseComplement } from "@/lib/bio/sequence";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { OperationUnavailableError } from "./errors";
import { runRequest } from "./dispatch";

const DATA = path.resolve(import.meta.dirname, "..", "..", "db", "seed", "data");
const kernels = nodeKernelProvider();
const file = (name: string): AnalysisInput => ({ kind: "file", file: new Blob([fs.readFileSync(path.join(DATA, name))]), name });

describe("runRequest", () => {
  it("computes stats of a FASTA file, streamed, with progress", async () => {
    const progress: number[] = [];
    const stats = await runRequest({ op: "stats", input: file("NC_005816.fna"), params: {} }, kernels, { onProgress: (f) => progress.push(f) });
    expect(stats.format).toBe("fasta");
    expect(stats.records).toHaveLength(1);
    expect(stats.total).toMatchObject({ records: 1, lengthBp: 9609, nCount: 0, lowercaseCount: 0 });
    expect(stats.total.gcPercent).toBeCloseTo(45.2597, 4);
    expect(progress.at(-1)).toBe(1);
  });

  it("computes stats of a gzip FASTQ file, with progress on the compressed bytes", async () => {
    const gz = fs.readFileSync(path.resolve(import.meta.dirname, "..", "bio", "fixtures", "seqkit_reads_1.fq.gz"));
    const progress: number[] = [];
    const input: AnalysisInput = { kind: "file", file: new Blob([gz]), name: "seqkit_reads_1.fq.gz" };
    const stats = await runRequest({ op: "stats", input, params: { maxRecordRows: 10 } }, kernels, { onProgress: (f) => progress.push(f) });
    expect(stats.format).toBe("fastq");
    expect(stats.records).toHaveLength(10);
    expect(stats.recordsTruncated).toBe(true);
    expect(stats.total).toMatchObject({ records: 2500, lengthBp: 567_516, nCount: 44, minLength: 226, maxLength: 229, minQuality: 2, maxQuality: 40 });
    expect(stats.total.gcPercent).toBeCloseTo(53.6381, 4);
    expect(stats.total.meanQuality).toBeCloseTo(34.9685, 4);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
  });

  it("streams pasted text for stats", async () => {
    const stats = await runRequest({ op: "stats", input: { kind: "text", text: ">a\nACGTNacgt\n>b\nGG\n" }, params: {} }, kernels);
    expect(stats.total).toMatchObject({ records: 2, lengthBp: 11, nCount: 1, lowercaseCount: 4 });
  });

  it("reverse-complements a FASTA file", async () => {
    const input = file("NC_005816.fna");
    const [record] = await runRequest({ op: "revcomp", input }, kernels);
    const text = fs.readFileSync(path.join(DATA, "NC_005816.fna"), "utf8");
    const forward = text.split("\n").slice(1).join("").trim();
    expect(record!.id).toBe("gi|45478711|ref|NC_005816.1|");
    expect(record!.sequence).toBe(reverseComplement(forward));
  });

  it("reverse-complements FASTQ reads and reverses their qualities", async () => {
    const records = await runRequest({ op: "revcomp", input: { kind: "text", text: "@r1\nAACG\n+\n!#%'\n" } }, kernels);
    expect(records).toEqual([{ id: "r1", description: "", sequence: "CGTT", quality: new Uint8Array([6, 4, 2, 0]) }]);
  });

  it("reverse-complements Phred+64 FASTQ (no offset declared) without its qualities", async () => {
    const input: AnalysisInput = { kind: "text", text: "@r1\nAACG\n+\nhhhJ\n@r2\nACGT\n+\nhhhh\n" };
    expect(await runRequest({ op: "revcomp", input }, kernels)).toEqual([
      { id: "r1", description: "", sequence: "CGTT" },
      { id: "r2", description: "", sequence: "ACGT" },
    ]);
    const kmers = await runRequest({ op: "kmers", input, params: { k: 2, canonical: false } }, kernels);
    expect(kmers.totalKmers).toBe(6);
  });

  it("translates a GenBank file", async () => {
    const input = file("NC_005816.gb");
    const translations = await runRequest({ op: "translate", input, params: { table: 11, frame: 1 } }, kernels);
    expect(translations).toHaveLength(1);
    expect(translations[0]).toMatchObject({ recordId: "NC_005816.1", frame: 1, trailingBases: 0 });
    expect(translations[0]!.protein).toHaveLength(3203);
  });

  it("finds ORFs in a GenBank file", async () => {
    const input = file("NC_005816.gb");
    const orfs = await runRequest({ op: "orfs", input, params: { table: 11, minAaLength: 100, startPolicy: "atg", strands: "both", nested: false } }, kernels);
    expect(orfs.length).toBeGreaterThan(0);
    expect(orfs.every((o) => o.recordId === "NC_005816.1" && o.lengthAa >= 100)).toBe(true);
  });

  it("counts k-mers in a GenBank file", async () => {
    const input = file("NC_005816.gb");
    const kmers = await runRequest({ op: "kmers", input, params: { k: 1, canonical: false } }, kernels);
    expect(kmers.totalKmers).toBe(9609);
  });

  it("aligns the first record of each input (EMBOSS needle/water HBA vs HBB example)", async () => {
    const hba = ">HBA_HUMAN\nMVLSPADKTNVKAAWGKVGAHAGEYGAEALERMFLSFPTTKTYFPHFDLSHGSAQVKGHG\nKKVADALTNAVAHVDDMPNALSALSDLHAHKLRVDPVNFKLLSHCLLVTLAAHLPAEFTP\nAVHASLDKFLASVSTVLTSKYR\n";
    const hbb = ">HBB_HUMAN\nMVHLTPEEKSAVTALWGKVNVDEVGGEALGRLLVVYPWTQRFFESFGDLSTPDAVMGNPK\nVKAHGKKVLGAFSDGLAHLDNLKGTFATLSELHCDKLHVDPENFRLLGNVLVCVLAHHFG\nKEFTPPVQAAYQKVVAGVANALAHKYH\n>ignored\nAAAA\n";
    const a: AnalysisInput = { kind: "text", text: hba, name: "hba.fa" };
    const b: AnalysisInput = { kind: "text", text: hbb, name: "hbb.fa" };
    const params = { matrix: "EBLOSUM62", gapOpen: 10, gapExtend: 0.5 };
    const global = await runRequest({ op: "align", a, b, params: { mode: "global", ...params } }, kernels);
    expect(global.score).toBe(292.5);
    const local = await runRequest({ op: "align", a, b, params: { mode: "local", ...params } }, kernels);
    expect(local.score).toBe(293.5);
  });

  it("chooses the alignment matrix by molecule type when the page sends auto", async () => {
    const q: AnalysisInput = { kind: "text", text: ">q\nACGTRYACGTACGT", name: "q.fa" };
    const iud2: AnalysisInput = { kind: "text", text: ">iu2\nACGTACGTACGT", name: "iud2.fa" };
    const params = { mode: "local", matrix: "auto", gapOpen: 10, gapExtend: 0.5 } as const;
    expect((await runRequest({ op: "align", a: q, b: iud2, params }, kernels)).matrix).toBe("EDNAFULL");
    const p: AnalysisInput = { kind: "text", text: ">p\nMKVLWAAL\n" };
    await expect(runRequest({ op: "align", a: q, b: p, params }, kernels)).rejects.toThrow('record "q" looks like DNA but "p" looks like protein; choose a matrix to align them anyway');
  });

  it("refuses to reverse-complement a protein or a letter that is no nucleotide code", async () => {
    const input: AnalysisInput = { kind: "text", text: ">p\nMKVLLAAGHQWERTYIPASDFGHKLCVNM\n" };
    await expect(runRequest({ op: "revcomp", input }, kernels)).rejects.toThrow('record "p" looks like a protein sequence: "L" at position 4');
    await expect(runRequest({ op: "revcomp", input: { kind: "text", text: ">s1\nACGTXJ\n" } }, kernels)).rejects.toThrow('"X" at position 5');
  });

  it("streams stats of a GenBank file through the same kernel: the numbers of the FASTA", async () => {
    const gb = await runRequest({ op: "stats", input: file("NC_005816.gb"), params: {} }, kernels);
    const fna = await runRequest({ op: "stats", input: file("NC_005816.fna"), params: {} }, kernels);
    expect(gb.records.map((r) => r.id)).toEqual(["NC_005816.1"]);
    expect(gb.total).toEqual(fna.total);
    expect({ ...gb.records[0], id: "" }).toEqual({ ...fna.records[0], id: "" });
    const pasted = await runRequest({ op: "stats", input: { kind: "text", text: fs.readFileSync(path.join(DATA, "NC_005816.gb"), "utf8") }, params: {} }, kernels);
    expect(pasted).toEqual(gb);
  });

  it("refuses GC windows on protein input", async () => {
    const input: AnalysisInput = { kind: "text", text: ">p\nMKVLLAAGHQWERTY\n" };
    await expect(runRequest({ op: "gcWindows", input, params: { window: 4, step: 4 } }, kernels)).rejects.toThrow(`record "p" looks like a protein sequence ('L' at position 4)`);
  });

  it("labels protein statistics: no GC or N counts", async () => {
    const r = await runRequest({ op: "stats", input: file("NC_005816.faa"), params: {} }, kernels);
    expect(r.total).toMatchObject({ molecule: "protein", nCount: null, gcPercent: null, gcPercentAll: null });
    for (const x of r.records) expect(x).toMatchObject({ molecule: "protein", nCount: null, gcPercent: null });
  });

  it("draws a dot plot of the first record of each input", async () => {
    const a: AnalysisInput = { kind: "text", text: ">a\nACGTTGCAAGGCT\n" };
    const plot = await runRequest({ op: "dotplot", a, b: a, params: { k: 4, size: 13 } }, kernels);
    expect(plot).toMatchObject({ lengthA: 13, lengthB: 13 });
    expect(plot.forward).toBeInstanceOf(Uint32Array);
    expect(plot.forward.length).toBe(plot.size * plot.size);
    // A sequence against itself matches along the diagonal.
    for (let i = 0; i + 4 <= 13 && i < plot.size; i++) expect(plot.forward[i * plot.size + i]).toBeGreaterThan(0);
  });

  it("computes GC windows along the chosen record", async () => {
    const input: AnalysisInput = { kind: "text", text: ">a\nAAAA\n>b\nGGCCAATT\n", name: "two.fa" };
    const gc = await runRequest({ op: "gcWindows", input, params: { window: 4, step: 4, recordIndex: 1 } }, kernels);
    expect(gc.starts).toEqual([0, 4]);
    expect(gc.gcPercent).toEqual([100, 0]);
    const first = await runRequest({ op: "gcWindows", input, params: { window: 4, step: 4 } }, kernels);
    expect(first.gcPercent).toEqual([0]);
    await expect(runRequest({ op: "gcWindows", input, params: { window: 4, step: 4, recordIndex: 2 } }, kernels)).rejects.toThrow(
      "two.fa: record index 2 is out of range (the input has 2 records)",
    );
  });

  it("digests with restriction enzymes", async () => {
    const [digest] = await runRequest({ op: "digest", input: { kind: "text", text: ">d\nAAGAATTCAA\n" }, params: { enzymes: ["EcoRI"], circular: false } }, kernels);
    expect(digest).toMatchObject({ recordId: "d", length: 10, circular: false });
    expect(digest!.sites.map((s) => [s.enzyme, s.position])).toEqual([["EcoRI", 2]]);
    expect(digest!.fragments.map((f) => f.length)).toEqual([3, 7]);
  });

  it("finds motif hits on both strands", async () => {
    const hits = await runRequest({ op: "motif", input: { kind: "text", text: ">m\nTTGAATTCAA\n" }, params: { pattern: "TTGA", strands: "both" } }, kernels);
    expect(hits.map((h) => [h.recordId, h.start, h.end, h.strand])).toEqual([
      ["m", 0, 4, "+"],
      ["m", 6, 10, "-"],
    ]);
  });

  it("fails an operation this build does not have with a clear error", async () => {
    const request = { op: "teleport", input: { kind: "text", text: ">a\nA\n" } } as unknown as AnalysisRequest;
    await expect(runRequest(request, kernels)).rejects.toThrow(new OperationUnavailableError("teleport", 'The "teleport" analysis is not available'));
    const inherited = { op: "toString", input: { kind: "text", text: ">a\nA\n" } } as unknown as AnalysisRequest;
    await expect(runRequest(inherited, kernels)).rejects.toThrow(OperationUnavailableError);
  });

  it("does not start a cancelled request", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(runRequest({ op: "revcomp", input: file("NC_005816.fna") }, kernels, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
  });
});
