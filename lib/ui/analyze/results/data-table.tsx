"use client";

import type { ReactNode } from "react";

/** Rows rendered at most in any result table; the downloads hold every row. */
export const MAX_TABLE_ROWS = 200;

export interface Column<T> {
  header: string;
  numeric?: boolean;
  cell: (row: T) => ReactNode;
}

/** A result table capped at {@link MAX_TABLE_ROWS} rows, with a note when rows are left out. */
export function DataTable<T>({ caption, columns, rows, rowKey, total }: { caption: string; columns: ReadonlyArray<Column<T>>; rows: readonly T[]; rowKey: (row: T, index: number) => string; total?: number }) {
  const shown = rows.length > MAX_TABLE_ROWS ? rows.slice(0, MAX_TABLE_ROWS) : rows;
  const count = total ?? rows.length;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? "num" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={rowKey(row, i)}>
              {columns.map((c) => (
                <td key={c.header} className={c.numeric ? "num" : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < count ? (
        <p className="muted small">
          Showing the first {shown.length.toLocaleString("en-US")} of {count.toLocaleString("en-US")} rows; download the result for all of them.
        </p>
      ) : null}
    </div>
  );
}
