import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  extractFeatureSequence,
  featureSegments,
  parseGenBank,
  qualifierValue,
  translateFeature,
  type GenBankFeature,
  type GenBankQualifier,
  type GenBankRecord,
} from "./genbank";
import { formatLocation, parseLocation } from "./genbank-location";
import { BioParseError } from "./parse-error";
import { gcPercent } from "./sequence";

const text = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const md5 = (s: string): string => createHash("md5").update(s).digest("hex");

interface OracleCds {
  location: string;
  strand: 1 | -1;
  partial_5prime: boolean;
  partial_3prime: boolean;
  nt_length: number;
  codon_start: number;
  transl_table_used: number;
  gene: string | null;
  product: string | null;
  protein_id: string | null;
  translation_len_without_terminal_stop: number;
  ends_with_stop: boolean;
  internal_stops: number;
  translation_md5: string;
  has_translation_qualifier: boolean;
  matches_translation_qualifier: boolean | null;
}
interface OracleRecord {
  name: string;
  accession: string;
  version: string;
  locus_length: number;
  topology: "linear" | "circular";
  sequence_length: number;
  gc: { gc_acgt_percent: number; gc_all_percent: number };
  sequence_md5_upper: string;
  feature_counts: Record<string, number>;
  CDS: OracleCds[];
}
const oracles = JSON.parse(text("oracles/annotations.json")) as Array<{ file: string; records: number; per_record: OracleRecord[] }>;

function caught(fn: () => unknown): BioParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BioParseError) return e;
    throw e;
  }
  throw new Error("expected a BioParseError");
}

describe("parseGenBank against the oracle files", () => {
  for (const o of oracles) {
    const name = o.file.split("/").pop()!;
    const records = parseGenBank(text(name));

    it(`${name}: LOCUS, identifiers, sequence and GC`, () => {
      expect(records).toHaveLength(o.records);
      for (const [i, rec] of records.entries()) {
        const exp = o.per_record[i]!;
        expect(rec.locus.name).toBe(exp.name);
        expect(rec.accession).toBe(exp.accession);
        expect(rec.version).toBe(exp.version);
        expect(rec.locus.lengthBp).toBe(exp.locus_length);
        expect(rec.locus.topology).toBe(exp.topology);
        expect(rec.sequence!.length).toBe(exp.sequence_length);
        expect(md5(rec.sequence!.toUpperCase())).toBe(exp.sequence_md5_upper);
        expect(gcPercent(rec.sequence!, "acgt")!).toBeCloseTo(exp.gc.gc_acgt_percent, 4);
        expect(gcPercent(rec.sequence!, "all")!).toBeCloseTo(exp.gc.gc_all_percent, 4);
      }
    });

    it(`${name}: feature counts`, () => {
      for (const [i, rec] of records.entries()) {
        const counts: Record<string, number> = {};
        for (const f of rec.features) counts[f.type] = (counts[f.type] ?? 0) + 1;
        expect(counts).toEqual(o.per_record[i]!.feature_counts);
      }
    });

    it(`${name}: every CDS extracts and translates as in the oracle`, () => {
      for (const [i, rec] of records.entries()) {
        const cds = rec.features.filter((f) => f.type === "CDS");
        const exp = o.per_record[i]!.CDS;
        expect(cds).toHaveLength(exp.length);
        cds.forEach((f, k) => {
          const e = exp[k]!;
          expect(f.locationText).toBe(e.location);
          const segs = featureSegments(rec, f);
          expect(segs.every((s) => s.strand === e.strand)).toBe(true);
          expect(extractFeatureSequence(rec, f)!.length).toBe(e.nt_length);
          expect(qualifierValue(f, "gene") ?? qualifierValue(f, "locus_tag") ?? null).toBe(e.gene);
          expect(qualifierValue(f, "product") ?? null).toBe(e.product);
          expect(qualifierValue(f, "protein_id") ?? null).toBe(e.protein_id);
          const protein = translateFeature(rec, f)!;
          expect(protein.endsWith("*")).toBe(e.ends_with_stop);
          const noStop = protein.replace(/\*$/, "");
          expect(noStop.length).toBe(e.translation_len_without_terminal_stop);
          expect(noStop.includes("*")).toBe(e.internal_stops > 0);
          expect(md5(noStop)).toBe(e.translation_md5);
          const given = qualifierValue(f, "translation");
          expect(given !== undefined).toBe(e.has_translation_qualifier);
          if (typeof given === "string") expect(noStop).toBe(given);
        });
      }
    });
  }

  it("reads multi-line DEFINITION, ORGANISM and lineage", () => {
    const [rec] = parseGenBank(text("NC_005816.gb"));
    expect(rec!.definition).toBe("Yersinia pestis biovar Microtus str. 91001 plasmid pPCP1, complete sequence");
    expect(rec!.organism).toBe("Yersinia pestis biovar Microtus str. 91001");
    expect(rec!.taxonomy).toEqual(["Bacteria", "Proteobacteria", "Gammaproteobacteria", "Enterobacteriales", "Enterobacteriaceae", "Yersinia"]);
    expect(rec!.locus).toEqual({ name: "NC_005816", lengthBp: 9609, unit: "bp", moleculeType: "DNA", topology: "circular", division: "BCT", date: "21-JUL-2008" });
  });

  it("reads a LOCUS line with shifted columns (ss-RNA)", () => {
    const [rec] = parseGenBank(text("sars-cov-2_MN908947.gb"));
    expect(rec!.locus).toMatchObject({ moleculeType: "ss-RNA", topology: "linear", division: "VRL", date: "17-JAN-2020" });
  });

  it("joins multi-line qualifiers: spaces for text, none for /translation", () => {
    const [rec] = parseGenBank(text("NC_005816.gb"));
    const cds = rec!.features.find((f) => f.type === "CDS")!;
    expect(qualifierValue(cds, "note")).toBe(
      "similar to corresponding CDS from previously sequenced pPCP plasmid of Yersinia pestis KIM (AF053945) and CO92 (AL109969), also many transposase entries for insertion sequence IS100 of Yersinia pestis. Contains IS21-like element transposase, HTH domain (Interpro|IPR007101)",
    );
    expect(qualifierValue(cds, "translation")).toMatch(/^MVTFETVMEIKILHKQGMSSRAIARELGISRNTVKRYLQAKSEPPKYTPRPAVAS/);
    expect(cds.qualifiers.filter((q) => q.key === "db_xref").map((q) => q.value)).toEqual(["GI:45478712", "GeneID:2767718"]);
  });

  it("translates the SARS-CoV-2 E protein (26245..26472, table 1)", () => {
    const [rec] = parseGenBank(text("sars-cov-2_MN908947.gb"));
    const e = rec!.features.find((f) => f.type === "CDS" && qualifierValue(f, "gene") === "E")!;
    expect(translateFeature(rec!, e)).toBe("MYSFVSEETGTLIVNSVLLFLAFVVFLLVTLAILTALRLCAYCCNIVNVSLVKPSFYVYSRVKNLNSSRVPDLLV*");
  });
});

const LOCUS = "LOCUS       TEST                      20 bp    DNA     linear   SYN 01-JAN-2020";
const ORIGIN = "ORIGIN\n        1 acgtacgtac gtacgtacgt\n//\n";

describe("GenBank errors", () => {
  const cases: Array<{ what: string; input: string; code: string; line: number; column?: number }> = [
    { what: "no LOCUS line", input: "DEFINITION  x\n//\n", code: "missing_locus", line: 1 },
    { what: "second record without LOCUS", input: `${LOCUS}\n${ORIGIN}\nFEATURES\n`, code: "missing_locus", line: 6 },
    { what: "LOCUS without a length", input: "LOCUS       TEST\n//\n", code: "bad_locus", line: 1 },
    {
      what: "bad location syntax",
      input: `${LOCUS}\nFEATURES             Location/Qualifiers\n     CDS             join(1..5,7..x9)\n${ORIGIN}`,
      code: "bad_location",
      line: 3,
      column: 35,
    },
    {
      what: "bad location on a continuation line",
      input: `${LOCUS}\nFEATURES             Location/Qualifiers\n     CDS             join(1..5,\n                     7..9,,10..12)\n${ORIGIN}`,
      code: "bad_location",
      line: 4,
      column: 27,
    },
    {
      what: "location beyond the sequence",
      input: `${LOCUS}\nFEATURES             Location/Qualifiers\n     gene            1..21\n${ORIGIN}`,
      code: "bad_location",
      line: 3,
    },
    { what: "ORIGIN shorter than LOCUS", input: `${LOCUS}\nORIGIN\n        1 acgtacgtac gtacgtacg\n//\n`, code: "origin_length_mismatch", line: 4 },
    { what: "missing //", input: `${LOCUS}\nORIGIN\n        1 acgtacgtac gtacgtacgt\n`, code: "missing_terminator", line: 3 },
    { what: "next LOCUS before //", input: `${LOCUS}\nDEFINITION  a\n${LOCUS}\n${ORIGIN}`, code: "missing_terminator", line: 3 },
    {
      what: "unterminated quoted qualifier",
      input: `${LOCUS}\nFEATURES             Location/Qualifiers\n     gene            1..20\n                     /note="open\n                     still open\n     CDS             1..20\n${ORIGIN}`,
      code: "bad_qualifier",
      line: 4,
    },
    { what: "'#' in ORIGIN", input: `${LOCUS}\nORIGIN\n        1 acgtacgtac gtacg#acgt\n//\n`, code: "invalid_sequence_char", line: 3, column: 27 },
    { what: "empty input", input: "\n\n", code: "empty_file", line: 1 },
  ];
  for (const c of cases) {
    it(`${c.what} → ${c.code} at line ${c.line}`, () => {
      const e = caught(() => parseGenBank(c.input));
      expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code: c.code, line: c.line, column: c.column });
      expect(e.message.startsWith(`GenBank line ${c.line}`)).toBe(true);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Property tests

interface GenRecord {
  name: string;
  definitionWords: string[];
  organism: string;
  circular: boolean;
  sequence: string;
  features: Array<{ type: string; location: string; qualifiers: GenBankQualifier[] }>;
}

const word = fc.string({ unit: fc.constantFrom(..."abcdefXYZ0123-_,.()'"), minLength: 1, maxLength: 12 });
const words = fc.array(word, { minLength: 1, maxLength: 14 });

const genRecord: fc.Arbitrary<GenRecord> = fc
  .record({
    name: fc.string({ unit: fc.constantFrom(..."ABCXYZ0123_"), minLength: 1, maxLength: 12 }),
    definitionWords: words,
    organism: words.map((w) => w.slice(0, 4).join(" ")),
    circular: fc.boolean(),
    sequence: fc.string({ unit: fc.constantFrom(..."acgtn"), minLength: 1, maxLength: 400 }),
  })
  .chain((r) => {
    const len = r.sequence.length;
    const pos = fc.integer({ min: 1, max: len });
    const range = fc.tuple(pos, pos).map(([a, b]) => `${Math.min(a, b)}..${Math.max(a, b)}`);
    const loc = fc.oneof(
      range,
      range.map((x) => `complement(${x})`),
      fc.array(range, { minLength: 2, maxLength: 6 }).map((xs) => `join(${xs.join(",")})`),
      fc.array(range, { minLength: 2, maxLength: 4 }).map((xs) => `complement(join(${xs.join(",")}))`),
      fc.array(range, { minLength: 2, maxLength: 4 }).map((xs) => `join(${xs.map((x) => `complement(${x})`).join(",")})`),
    );
    const qualifier: fc.Arbitrary<GenBankQualifier> = fc.oneof(
      fc.record({ key: fc.constantFrom("note", "product", "gene"), value: words.map((w) => w.join(" ").replace(/,/g, '"')) }),
      fc.record({ key: fc.constant("translation"), value: fc.string({ unit: fc.constantFrom(..."ACDEFGHIKLMNPQRSTVWY"), minLength: 1, maxLength: 200 }) }),
      fc.record({ key: fc.constantFrom("codon_start", "transl_table"), value: fc.integer({ min: 1, max: 3 }).map(String) }),
      fc.record({ key: fc.constantFrom("pseudo", "partial"), value: fc.constant(null) }),
    );
    const feature = fc.record({ type: fc.constantFrom("gene", "CDS", "misc_feature", "5'UTR"), location: loc, qualifiers: fc.array(qualifier, { maxLength: 5 }) });
    return fc.array(feature, { maxLength: 6 }).map((features) => ({ ...r, features }));
  });

/** Wrap text at spaces into lines of at most `width` characters. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const w of text.split(" ")) {
    if (cur.length > 0 && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur.length > 0 ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines;
}

function writeGenBank(r: GenRecord, width: number): string {
  const out: string[] = [];
  out.push(`LOCUS       ${r.name} ${r.sequence.length} bp    DNA     ${r.circular ? "circular" : "linear"} SYN 01-JAN-2020`);
  wrapWords(r.definitionWords.join(" "), width).forEach((l, i) => out.push(`${i === 0 ? "DEFINITION  " : "            "}${l}`));
  out.push(`ACCESSION   ${r.name}`, `VERSION     ${r.name}.1`, "KEYWORDS    .", `SOURCE      ${r.organism}`, `  ORGANISM  ${r.organism}`, "            Bacteria; Testia.");
  out.push("FEATURES             Location/Qualifiers");
  const pad = " ".repeat(21);
  for (const f of r.features) {
    const locLines = f.location.replace(/,/g, ", ").split(" ");
    let first = true;
    let cur = "";
    for (const piece of locLines) {
      if (cur.length + piece.length > width && cur.length > 0) {
        out.push(first ? `     ${f.type.padEnd(16)}${cur}` : pad + cur);
        first = false;
        cur = "";
      }
      cur += piece;
    }
    out.push(first ? `     ${f.type.padEnd(16)}${cur}` : pad + cur);
    for (const q of f.qualifiers) {
      if (q.value === null) out.push(`${pad}/${q.key}`);
      else if (q.key === "codon_start" || q.key === "transl_table") out.push(`${pad}/${q.key}=${q.value}`);
      else if (q.key === "translation") {
        const full = `/translation="${q.value}"`;
        for (let i = 0; i < full.length; i += width) out.push(pad + full.slice(i, i + width));
      } else {
        wrapWords(`/${q.key}="${q.value.replace(/"/g, '""')}"`, width).forEach((l) => out.push(pad + l));
      }
    }
  }
  out.push("ORIGIN");
  for (let i = 0; i < r.sequence.length; i += 60) {
    const blocks: string[] = [];
    for (let j = i; j < Math.min(i + 60, r.sequence.length); j += 10) blocks.push(r.sequence.slice(j, Math.min(j + 10, i + 60)));
    out.push(`${String(i + 1).padStart(9)} ${blocks.join(" ")}`);
  }
  out.push("//");
  return out.join("\n") + "\n";
}

describe("GenBank properties", () => {
  it("throws nothing but BioParseError on arbitrary text", () => {
    const gbish = fc
      .array(fc.constantFrom("LOCUS       A 5 bp DNA linear\n", "FEATURES\n", "     gene            1..3\n", "                     /x=\"a\n", "ORIGIN\n", "        1 acgta\n", "//\n", "\r\n", " ", "complement(", ")"), { maxLength: 25 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), gbish), (input) => {
        try {
          parseGenBank(input);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("round-trips generated records (wrapped locations and qualifiers, CRLF or LF)", () => {
    fc.assert(
      fc.property(fc.array(genRecord, { minLength: 1, maxLength: 3 }), fc.integer({ min: 20, max: 58 }), fc.boolean(), (records, width, crlf) => {
        let input = records.map((r) => writeGenBank(r, width)).join("");
        if (crlf) input = input.replace(/\n/g, "\r\n");
        const parsed = parseGenBank(input);
        expect(parsed).toHaveLength(records.length);
        parsed.forEach((rec: GenBankRecord, i) => {
          const r = records[i]!;
          expect(rec.locus.name).toBe(r.name);
          expect(rec.locus.topology).toBe(r.circular ? "circular" : "linear");
          expect(rec.definition).toBe(r.definitionWords.join(" ").replace(/\.$/, ""));
          expect(rec.organism).toBe(r.organism);
          expect(rec.sequence).toBe(r.sequence);
          expect(
            rec.features.map((f: GenBankFeature) => ({ type: f.type, location: f.locationText, qualifiers: f.qualifiers })),
          ).toEqual(r.features);
          for (const f of rec.features) {
            expect(parseLocation(formatLocation(f.location))).toEqual(f.location);
            const nt = extractFeatureSequence(rec, f)!;
            expect(nt.length).toBe(featureSegments(rec, f).reduce((s, x) => s + x.end - x.start, 0));
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
