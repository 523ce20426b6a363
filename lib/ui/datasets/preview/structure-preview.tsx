import { formatCount } from "../../format";
import { StatGrid } from "./stat-grid";
import type { StructureView } from "./view-models";

/** PDB/mmCIF: counts, chains table, het residues and the centroid. */
export function StructurePreview({ view, fileName }: { view: StructureView; fileName: string }) {
  const hasSeqres = view.chains.some((c) => c.seqresLength !== null);
  return (
    <div className="preview-body">
      {view.title || view.idCode ? (
        <p>
          {view.idCode ? <strong className="mono">{view.idCode}</strong> : null} {view.title}
        </p>
      ) : null}
      <StatGrid
        label={`Structure summary of ${fileName}`}
        stats={[
          { label: "Models", value: formatCount(view.modelCount) },
          { label: "Atoms (ATOM)", value: formatCount(view.atomCount) },
          { label: "HETATM", value: formatCount(view.hetatmCount) },
          { label: "Waters", value: formatCount(view.waterCount) },
          { label: "Altloc records", value: formatCount(view.altlocCount) },
          { label: "Chains", value: formatCount(view.chains.length) },
        ]}
      />
      {view.chains.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Chains of {fileName}</caption>
            <thead>
              <tr>
                <th scope="col">Chain</th>
                <th scope="col" className="num">
                  Residues
                </th>
                <th scope="col" className="num">
                  Het residues
                </th>
                <th scope="col" className="num">
                  Atoms
                </th>
                {hasSeqres ? (
                  <th scope="col" className="num">
                    SEQRES length
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {view.chains.map((c, i) => (
                <tr key={`${c.id}-${i}`}>
                  <th scope="row" className="mono">
                    {c.id || "(blank)"}
                  </th>
                  <td className="num">{formatCount(c.residueCount)}</td>
                  <td className="num">{formatCount(c.hetResidueCount)}</td>
                  <td className="num">{formatCount(c.atomCount)}</td>
                  {hasSeqres ? <td className="num">{formatCount(c.seqresLength)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <dl className="kv">
        <dt>Het residues</dt>
        <dd>
          {view.hetResidues.length === 0 ? (
            <span className="muted">None</span>
          ) : (
            <span className="mono">{view.hetResidues.map((h) => (h.count === null ? h.name : `${h.name} ×${h.count}`)).join(", ")}</span>
          )}
        </dd>
        <dt>Altloc ids</dt>
        <dd className="mono">{view.altlocIds.length > 0 ? view.altlocIds.join(", ") : "—"}</dd>
        {view.elementCounts.length > 0 ? (
          <>
            <dt>Elements</dt>
            <dd className="mono">{view.elementCounts.map((e) => `${e.element} ${formatCount(e.count)}`).join(", ")}</dd>
          </>
        ) : null}
        {view.atomRecords !== null ? (
          <>
            <dt>Atom records</dt>
            <dd>{formatCount(view.atomRecords)} (model 1, ATOM + HETATM)</dd>
          </>
        ) : null}
        <dt>Centroid</dt>
        <dd className="mono">{view.centroid ? `(${view.centroid.map((v) => v.toFixed(3)).join(", ")}) Å` : "—"}</dd>
      </dl>
    </div>
  );
}
