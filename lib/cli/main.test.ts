import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { memoryIO } from "./io";
import { main } from "./main";

const data = (p: string) => new URL(`../../db/seed/data/${p}`, import.meta.url).pathname;

describe("cyanea CLI", () => {
  it("lists commands and exits 2 without one", async () => {
    const io = memoryIO();
    expect(await main([], io)).toBe(2);
    expect(io.out()).toContain("revcomp");
  });

  it("rejects an unknown command with exit code 2", async () => {
    const io = memoryIO();
    expect(await main(["frobnicate"], io)).toBe(2);
    expect(io.err()).toContain('unknown command "frobnicate"');
  });

  it("treats inherited object keys as unknown commands", async () => {
    for (const name of ["toString", "constructor", "__proto__"]) {
      const io = memoryIO();
      expect(await main([name], io)).toBe(2);
      expect(io.err()).toContain(`unknown command "${name}"`);
    }
  });

  it("describes every command in --help", async () => {
    const io = memoryIO();
    expect(await main(["--help"], io)).toBe(0);
    for (const name of ["stats", "revcomp", "translate", "orfs", "kmers", "align", "digest", "motif", "export"]) expect(io.out()).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("reverse-complements standard input as JSON", async () => {
    const io = memoryIO(">x some text\nACGTNrykm\n");
    expect(await main(["revcomp", "-", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ records: [{ file: "<stdin>", id: "x", sequence: "kmryNACGT" }] });
  });

  it("reports bad input on one line with the line and column, exit code 1", async () => {
    const io = memoryIO(">a\nAC!T\n");
    expect(await main(["revcomp", "-"], io)).toBe(1);
    expect(io.err()).toBe("cyanea revcomp: <stdin>: FASTA line 2, column 3: invalid character '!' in sequence (allowed: IUPAC nucleotide or protein letters, '*', '-', '.')\n");
  });

  it("exits 1 for a missing file and 2 for an unknown option", async () => {
    const io = memoryIO();
    expect(await main(["revcomp", "/nonexistent/x.fa"], io)).toBe(1);
    expect(io.err()).toContain("no such file");
    expect(await main(["revcomp", "--frob", "x"], io)).toBe(2);
    expect(await main(["revcomp"], io)).toBe(2);
  });

  it("reads GenBank and gzip input", async () => {
    const io = memoryIO();
    expect(await main(["revcomp", data("NC_005816.gb"), "--json"], io)).toBe(0);
    const out = JSON.parse(io.out()) as { records: { id: string; sequence: string }[] };
    expect(out.records[0]!.id).toBe("NC_005816.1");
    expect(out.records[0]!.sequence).toHaveLength(9609);
    const gz = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cyanea-cli-")), "plasmid.fna.gz");
    fs.writeFileSync(gz, gzipSync(fs.readFileSync(data("NC_005816.fna"))));
    const io2 = memoryIO();
    expect(await main(["revcomp", gz, "--json"], io2)).toBe(0);
    expect((JSON.parse(io2.out()) as { records: { sequence: string }[] }).records[0]!.sequence).toBe(out.records[0]!.sequence.toUpperCase());
  });
});
