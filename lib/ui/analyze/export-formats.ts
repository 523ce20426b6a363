import type { AnalysisOp, AnalysisResults, DotPlotResult } from "@/lib/analysis/contract";
import { alignmentText, wrapSequence } from "./alignment-text";

/**
 * Result files offered for download: TSV for tables, FASTA for sequences, JSON for everything.
 * Pure: builds strings only; `download.ts` turns them into files.
 */
export interface ExportFile {
  /** Button text, e.g. "TSV", "Fragments TSV". */
  label: string;
  filename: string;
  mime: string;
  /** Built on demand: results can be large. */
  content: () => string;
}

const TSV = "text/tab-separated-values";
const FASTA = "text/x-fasta";
const JSON_MIME = "application/json";
const TEXT = "text/plain";

const HALF_OPEN = "start/end: 0-based half-open on the forward strand (the page shows 1-based starts)";
const ORF_COORDINATES = `${HALF_OPEN}, stop codon included; frame ±1..3 on the ORF's strand`;
const DIGEST_COORDINATES = "positions are 0-based; cuts lie between bases (0…length); fragments are half-open [start, end) and wrap the origin on circular records";

/** A file-name stem from the input's name: `NC_005816.fna` → `NC_005816`. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.(gz)$/i, "").replace(/\.[A-Za-z0-9]{1,8}$/, "");
  const clean = stem.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+|_+$/g, "");
  return clean === "" ? "sequence" : clean.slice(0, 80);
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).replace(/[\t\r\n]+/g, " ");
}

/**
 * Rows to TSV: an optional `# …` line saying how coordinates count (the page shows 1-based
 * positions; files keep the CLI's 0-based half-open ones and say so), a header line, one line per row.
 */
export function toTsv(header: readonly string[], rows: Iterable<readonly unknown[]>, comment?: string): string {
  const lines = comment ? [`# ${comment}`, header.join("\t")] : [header.join("\t")];
  for (const row of rows) lines.push(row.map(cell).join("\t"));
  return `${lines.join("\n")}\n`;
}

function fastaEntry(header: string, sequence: string): string {
  return `>${header}\n${wrapSequence(sequence).join("\n")}${sequence.length > 0 ? "\n" : ""}`;
}

function dotPlotJson(result: DotPlotResult): unknown {
  return { ...result, forward: Array.from(result.forward), reverse: Array.from(result.reverse) };
}

/** JSON of any result; typed arrays become plain arrays. */
export function resultJson<K extends AnalysisOp>(op: K, result: AnalysisResults[K]): string {
  const value = op === "dotplot" ? dotPlotJson(result as DotPlotResult) : result;
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v), 2);
}

function round(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? "" : value.toFixed(digits);
}

/**
 * The downloads of one result. `names` are the inputs' names (B only for pairwise operations),
 * used for file names; `labelA`/`labelB` (the records' ids) label the sequences inside the
 * alignment files, else the names' stems do.
 */
export function exportFiles<K extends AnalysisOp>(op: K, result: AnalysisResults[K], names: ExportNames): ExportFile[] {
  const stem = fileStem(names.a);
  const pairStem = names.b ? `${stem}_vs_${fileStem(names.b)}` : stem;
  const json: ExportFile = {
    label: "JSON",
    filename: `${op === "align" || op === "dotplot" ? pairStem : stem}.${op}.json`,
    mime: JSON_MIME,
    content: () => resultJson(op, result),
  };
  const files = exportTables(op, result, stem, pairStem, names);
  return [...files, json];
}

export interface ExportNames {
  a: string;
  b?: string;
  labelA?: string;
  labelB?: string;
}

function exportTables(op: AnalysisOp, result: unknown, stem: string, pairStem: string, names: ExportNames): ExportFile[] {
  switch (op) {
    case "stats": {
      const r = result as AnalysisResults["stats"];
      // Lengths are residues for protein records (their GC and N count are empty), bases otherwise.
      const rows = r.records.map((x) => [x.id, x.molecule ?? "", x.lengthBp, round(x.gcPercent), round(x.gcPercentAll), x.nCount, x.lowercaseCount, round(x.meanQuality)]);
      const header = ["id", "molecule", r.total.molecule === "protein" ? "length_aa" : r.total.molecule === "mixed" ? "length" : "length_bp", "gc_percent", "gc_percent_all", "n_count", "lowercase_count", "mean_quality"];
      return [{ label: "Records TSV", filename: `${stem}.stats.tsv`, mime: TSV, content: () => toTsv(header, rows) }];
    }
    case "gcWindows": {
      const r = result as AnalysisResults["gcWindows"];
      const rows = r.starts.map((start, i) => [start, round(r.gcPercent[i], 3), round(r.gcSkew[i], 4)]);
      return [{ label: "TSV", filename: `${stem}.gc-windows.tsv`, mime: TSV, content: () => toTsv(["start", "gc_percent", "gc_skew"], rows, "start: 0-based first base of each window") }];
    }
    case "revcomp": {
      const r = result as AnalysisResults["revcomp"];
      return [{ label: "FASTA", filename: `${stem}.revcomp.fasta`, mime: FASTA, content: () => r.map((x) => fastaEntry(`${x.id} reverse complement`, x.sequence)).join("") }];
    }
    case "translate": {
      const r = result as AnalysisResults["translate"];
      return [{ label: "FASTA", filename: `${stem}.translation.faa`, mime: FASTA, content: () => r.map((t) => fastaEntry(`${t.recordId} frame=${t.frame}`, t.protein)).join("") }];
    }
    case "orfs": {
      const r = result as AnalysisResults["orfs"];
      const header = ["record", "start", "end", "strand", "frame", "length_aa", "has_stop", "protein"];
      return [
        { label: "TSV", filename: `${stem}.orfs.tsv`, mime: TSV, content: () => toTsv(header, r.map((o) => [o.recordId, o.start, o.end, o.strand, o.frame, o.lengthAa, o.hasStop, o.protein]), ORF_COORDINATES) },
        { label: "Proteins FASTA", filename: `${stem}.orfs.faa`, mime: FASTA, content: () => r.map((o, i) => fastaEntry(`${o.recordId}_orf${i + 1} location=${o.strand === "-" ? `complement(${o.start + 1}..${o.end})` : `${o.start + 1}..${o.end}`} frame=${o.frame} length=${o.lengthAa}aa`, o.protein)).join("") },
      ];
    }
    case "kmers": {
      const r = result as AnalysisResults["kmers"];
      const files: ExportFile[] = [{ label: "Top k-mers TSV", filename: `${stem}.k${r.k}.top.tsv`, mime: TSV, content: () => toTsv(["kmer", "count"], r.top.map((t) => [t.kmer, t.count])) }];
      const spectrum = r.spectrum;
      if (spectrum) files.push({ label: "Spectrum TSV", filename: `${stem}.k${r.k}.spectrum.tsv`, mime: TSV, content: () => toTsv(["multiplicity", "distinct_kmers"], spectrum.map((s) => [s.multiplicity, s.distinct])) });
      return files;
    }
    case "digest": {
      const r = result as AnalysisResults["digest"];
      return [
        { label: "Fragments TSV", filename: `${stem}.digest.fragments.tsv`, mime: TSV, content: () => toTsv(["record", "start", "end", "length", "left_enzyme", "right_enzyme"], r.flatMap((d) => d.fragments.map((f) => [d.recordId, f.start, f.end, f.length, f.leftEnzyme ?? "", f.rightEnzyme ?? ""])), DIGEST_COORDINATES) },
        { label: "Sites TSV", filename: `${stem}.digest.sites.tsv`, mime: TSV, content: () => toTsv(["record", "enzyme", "site", "position", "strand", "cut_top", "cut_bottom"], r.flatMap((d) => d.sites.map((s) => [d.recordId, s.enzyme, s.site, s.position, s.strand, s.cutTop, s.cutBottom])), DIGEST_COORDINATES) },
      ];
    }
    case "motif": {
      const r = result as AnalysisResults["motif"];
      return [{ label: "TSV", filename: `${stem}.motif.tsv`, mime: TSV, content: () => toTsv(["record", "start", "end", "strand", "matched"], r.map((h) => [h.recordId, h.start, h.end, h.strand, h.matched]), HALF_OPEN) }];
    }
    case "align": {
      const r = result as AnalysisResults["align"];
      const nameA = names.labelA ?? fileStem(names.a);
      const nameB = names.labelB ?? fileStem(names.b ?? "B");
      return [
        { label: "Text", filename: `${pairStem}.align.txt`, mime: TEXT, content: () => alignmentText(r, nameA, nameB) },
        { label: "Aligned FASTA", filename: `${pairStem}.align.fasta`, mime: FASTA, content: () => fastaEntry(`${nameA} ${r.startA}-${r.endA}`, r.alignedA) + fastaEntry(`${nameB} ${r.startB}-${r.endB}`, r.alignedB) },
      ];
    }
    case "dotplot":
      return [];
  }
}
