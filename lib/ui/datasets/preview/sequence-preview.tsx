import { formatCount, formatDecimal, formatPercent } from "../../format";
import { StatGrid } from "./stat-grid";
import type { SequenceView } from "./view-models";

/** FASTA/FASTQ: totals (records, bp, GC %, N50) and a per-record table (no GC/N columns for protein). */
export function SequencePreview({ view, fileName }: { view: SequenceView; fileName: string }) {
  const fastq = view.format === "fastq";
  const shown = view.records;
  const more = view.recordCount > shown.length;
  // Protein FASTA lengths are residues, not base pairs.
  const protein = view.alphabet === "protein";
  const unit = protein ? "aa" : "bp";
  return (
    <div className="preview-body">
      <StatGrid
        label={`Totals of ${fileName}`}
        stats={[
          { label: "Records", value: formatCount(view.recordCount) },
          { label: "Total length", value: `${formatCount(view.totalLengthBp)} ${unit}` },
          { label: "GC", value: protein ? "n/a (protein)" : formatPercent(view.gcPercent) },
          { label: "N50", value: `${formatCount(view.n50)} ${unit}` },
          { label: "Shortest", value: `${formatCount(view.minLengthBp)} ${unit}` },
          { label: "Longest", value: `${formatCount(view.maxLengthBp)} ${unit}` },
          { label: "N bases", value: formatCount(view.nCount), hidden: protein },
          { label: "Empty records", value: formatCount(view.emptyRecordCount), hidden: view.emptyRecordCount === 0 },
          { label: "Mean quality", value: formatDecimal(view.quality?.mean ?? null), hidden: !view.quality },
          { label: "Quality range", value: view.quality?.min != null && view.quality.max != null ? `${view.quality.min}–${view.quality.max}` : "—", hidden: !view.quality },
          { label: "Phred offset", value: `+${view.quality?.phredOffset ?? ""}`, hidden: !view.quality },
        ]}
      />
      {shown.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>
              Records of {fileName}
              {more ? ` (first ${shown.length} of ${formatCount(view.recordCount)})` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">ID</th>
                <th scope="col">Description</th>
                <th scope="col" className="num">
                  Length ({unit})
                </th>
                {protein ? null : (
                  <>
                    <th scope="col" className="num">
                      GC %
                    </th>
                    <th scope="col" className="num">
                      N count
                    </th>
                  </>
                )}
                {fastq ? (
                  <th scope="col" className="num">
                    Mean quality
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <tr key={`${r.id}-${i}`}>
                  <th scope="row" className="mono">
                    {r.id}
                  </th>
                  <td>{r.description}</td>
                  <td className="num">{formatCount(r.lengthBp)}</td>
                  {protein ? null : (
                    <>
                      <td className="num">{r.gcPercent === null ? "—" : r.gcPercent.toFixed(1)}</td>
                      <td className="num">{formatCount(r.nCount)}</td>
                    </>
                  )}
                  {fastq ? <td className="num">{formatDecimal(r.meanQuality)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No records.</p>
      )}
    </div>
  );
}
