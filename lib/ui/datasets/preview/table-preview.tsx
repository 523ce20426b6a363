import { formatCount } from "../../format";
import type { TableView } from "./view-models";

function delimiterName(d: string): string {
  if (d === "\t") return "tab";
  if (d === ",") return "comma";
  if (d === ";") return "semicolon";
  if (d === "|") return "pipe";
  return JSON.stringify(d);
}

/** CSV/TSV: delimiter, row count and the header with the first rows. */
export function TablePreview({ view, fileName }: { view: TableView; fileName: string }) {
  const width = Math.max(view.header.length, ...view.rows.map((r) => r.length));
  const header = view.header.length > 0 ? view.header : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  return (
    <div className="preview-body">
      <dl className="kv">
        <dt>Delimiter</dt>
        <dd>{delimiterName(view.delimiter)}</dd>
        <dt>Rows</dt>
        <dd>{formatCount(view.rowCount)}</dd>
        <dt>Columns</dt>
        <dd>{formatCount(width)}</dd>
      </dl>
      {view.rows.length > 0 || view.header.length > 0 ? (
        <div className="table-wrap">
          <table className="table-data">
            <caption>
              {fileName}: header and first {view.rows.length} rows
            </caption>
            <thead>
              <tr>
                {header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row, i) => (
                <tr key={i}>
                  {header.map((_, j) => (
                    <td key={j} title={(row[j] ?? "").length > 40 ? row[j] : undefined}>
                      {row[j] ?? ""}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">The table is empty.</p>
      )}
    </div>
  );
}
