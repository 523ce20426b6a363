import fs from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnalysisRecord } from "@/lib/analysis/contract";
import { digestRecords } from "@/lib/bio/digest";
import { parseFasta } from "@/lib/bio/fasta";
import { ENZYME_NAMES, findEnzyme } from "@/lib/bio/restriction-enzymes";
import { runDigest } from "./digest";
import { nodeKernelProvider } from "./node-loader";

const kernels = nodeKernelProvider();
const seed = (name: string) => parseFasta(fs.readFileSync(new URL(`../../db/seed/data/${name}`, import.meta.url), "utf8"))[0]!;

const IUPAC_CLASS: Record<string, string> = { A: "A", C: "C", G: "G", T: "T", R: "[AG]", Y: "[CT]", S: "[CG]", W: "[AT]", K: "[GT]", M: "[AC]", B: "[CGT]", D: "[AGT]", H: "[ACT]", V: "[ACG]", N: "[ACGT]" };
const COMP: Record<string, string> = { A: "T", C: "G", G: "C", T: "A", R: "Y", Y: "R", S: "S", W: "W", K: "M", M: "K", B: "V", V: "B", D: "H", H: "D", N: "N" };
const revcomp = (s: string) => [...s].reverse().map((c) => COMP[c] ?? c).join("");

/** Independent site positions: an overlapping regex over the sequence and over its reverse complement. */
function regexSites(seq: string, site: string, circular: boolean): { position: number; strand: "+" | "-" }[] {
  const m = site.length;
  const re = () => new RegExp(`(?=${[...site].map((c) => IUPAC_CLASS[c]).join("")})`, "g");
  const text = circular ? seq + seq.slice(0, m - 1) : seq;
  const out: { position: number; strand: "+" | "-" }[] = [];
  for (const x of text.matchAll(re())) if (x.index < seq.length) out.push({ position: x.index, strand: "+" });
  if (revcomp(site) !== site) {
    const rc = revcomp(text);
    for (const x of rc.matchAll(re())) {
      const position = text.length - x.index - m;
      if (position < seq.length) out.push({ position, strand: "-" });
    }
  }
  return out.sort((a, b) => a.position - b.position || a.strand.localeCompare(b.strand));
}

describe("digest kernel", () => {
  const plasmid: AnalysisRecord = { ...seed("NC_005816.fna"), circular: true };
  const sars: AnalysisRecord = seed("sars-cov-2_MN908947.fasta");

  it.each([
    ["NC_005816 (circular plasmid)", plasmid, true],
    ["SARS-CoV-2 MN908947 (linear)", sars, false],
  ] as const)("finds every site a regex finds in %s, for every enzyme", async (_label, record, circular) => {
    const seq = record.sequence.toUpperCase();
    const [d] = await runDigest(kernels, [record], { enzymes: [...ENZYME_NAMES], circular: false });
    expect(d!.circular).toBe(circular);
    for (const name of ENZYME_NAMES) {
      const z = findEnzyme(name)!;
      const expected = regexSites(seq, z.site, circular).filter(({ position, strand }) => {
        if (circular) return true;
        const top = strand === "+" ? position + z.cutTop : position + z.site.length - z.cutBottom;
        const bottom = strand === "+" ? position + z.cutBottom : position + z.site.length - z.cutTop;
        return top >= 0 && top <= seq.length && bottom >= 0 && bottom <= seq.length;
      });
      const got = d!.sites.filter((s) => s.enzyme === name).map(({ position, strand }) => ({ position, strand }));
      expect(got, name).toEqual(expected);
    }
    expect(d!.fragments.reduce((n, f) => n + f.length, 0)).toBe(seq.length);
  });

  it("digests pPCP1 (NC_005816) with EcoRI, BamHI and HindIII consistently", async () => {
    const [d] = await runDigest(kernels, [plasmid], { enzymes: ["EcoRI", "BamHI", "HindIII"], circular: false });
    const cuts = new Set(d!.sites.map((s) => s.cutTop));
    expect(d!.fragments).toHaveLength(cuts.size);
    for (const f of d!.fragments) expect(f.length).toBe(f.end > f.start ? f.end - f.start : plasmid.sequence.length - f.start + f.end);
  });

  it("matches the TypeScript reference on random sequences", async () => {
    const names = ["EcoRI", "BsaI", "HinfI", "AvaI", "SfiI", "TaqI", "MboI", "Sau3AI", "BbsI", "AccI", "MseI"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ sequence: fc.string({ unit: fc.constantFrom(..."ACGTACGTacgtN"), maxLength: 300 }), circular: fc.boolean() }), { maxLength: 3 }),
        fc.subarray(names, { minLength: 1 }),
        fc.boolean(),
        async (rs, enzymes, circular) => {
          const records = rs.map((r, i) => ({ id: `r${i}`, description: "", ...r }));
          expect(await runDigest(kernels, records, { enzymes, circular })).toEqual(digestRecords(records, { enzymes, circular }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names unknown enzymes and protein records", async () => {
    await expect(runDigest(kernels, [sars], { enzymes: ["EcoRI", "HindIIII"], circular: false })).rejects.toThrow(/unknown enzyme "HindIIII" \(did you mean HindIII/);
    await expect(runDigest(kernels, [{ id: "prot", description: "", sequence: "MKWVTFISLLFLFSSAYS" }], { enzymes: ["EcoRI"], circular: false })).rejects.toThrow(/record "prot" looks like a protein/);
  });
});
