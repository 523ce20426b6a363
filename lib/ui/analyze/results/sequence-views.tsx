"use client";

import type { AnalysisRecord, Translation } from "@/lib/analysis/contract";
import { wrapSequence } from "../alignment-text";

/** Lines of one sequence shown at most (60 letters each); downloads have the whole sequence. */
const MAX_LINES = 200;
/** Sequences shown at most. */
const MAX_SEQUENCES = 24;

function WrappedSequence({ title, sequence }: { title: string; sequence: string }) {
  const lines = wrapSequence(sequence, 60);
  const shown = lines.length > MAX_LINES ? lines.slice(0, MAX_LINES) : lines;
  return (
    <div className="analyze-seq">
      <h4 className="mono">{title}</h4>
      <pre className="analyze-seq-body" aria-label={title}>
        {shown.join("\n")}
      </pre>
      {shown.length < lines.length ? (
        <p className="muted small">
          Showing the first {(shown.length * 60).toLocaleString("en-US")} of {sequence.length.toLocaleString("en-US")} letters; download the FASTA for all.
        </p>
      ) : null}
    </div>
  );
}

function MoreNote({ shown, total, noun }: { shown: number; total: number; noun: string }) {
  if (shown >= total) return null;
  return (
    <p className="muted small">
      Showing {shown} of {total.toLocaleString("en-US")} {noun}; download the FASTA for all.
    </p>
  );
}

function frameLabel(frame: number): string {
  return frame > 0 ? `+${frame}` : `−${-frame}`;
}

/** Proteins per record and frame, monospace, wrapped at 60. */
export function TranslationView({ result }: { result: Translation[] }) {
  const shown = result.slice(0, MAX_SEQUENCES);
  if (result.length === 0) return <p className="muted">No translation (no records).</p>;
  return (
    <div className="stack">
      {shown.map((t, i) => (
        <WrappedSequence key={`${i}-${t.recordId}-${t.frame}`} title={`${t.recordId} frame ${frameLabel(t.frame)} (${t.protein.length.toLocaleString("en-US")} aa${t.trailingBases > 0 ? `, ${t.trailingBases} trailing bases` : ""})`} sequence={t.protein} />
      ))}
      <MoreNote shown={shown.length} total={result.length} noun="translations" />
    </div>
  );
}

/** Reverse complements per record, wrapped at 60. */
export function RevcompView({ result }: { result: AnalysisRecord[] }) {
  const shown = result.slice(0, MAX_SEQUENCES);
  if (result.length === 0) return <p className="muted">No records.</p>;
  return (
    <div className="stack">
      {shown.map((r, i) => (
        <WrappedSequence key={`${i}-${r.id}`} title={`${r.id} reverse complement (${r.sequence.length.toLocaleString("en-US")} bp)`} sequence={r.sequence} />
      ))}
      <MoreNote shown={shown.length} total={result.length} noun="records" />
    </div>
  );
}
