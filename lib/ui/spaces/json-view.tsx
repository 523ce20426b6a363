import type { ReactNode } from "react";

/** camelCase / snake_case key → "Camel case". */
function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Nesting deeper than this is shown as JSON text rather than more nested lists. */
const MAX_DEPTH = 3;

function renderValue(value: unknown, depth: number): ReactNode {
  if (value === null || value === undefined) return <span className="muted">—</span>;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return <span className="mono">{Number.isInteger(value) ? value : value.toFixed(4).replace(/0+$/, "")}</span>;
  if (typeof value === "string") return value === "" ? <span className="muted">(empty)</span> : value;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">(none)</span>;
    if (value.every((v) => typeof v !== "object" || v === null)) return <span className="mono">{value.map((v) => String(v)).join(", ")}</span>;
  }
  if (isPlainObject(value) && depth < MAX_DEPTH) return <KeyValueList data={value} depth={depth + 1} />;
  return <code className="pre-wrap">{JSON.stringify(value, null, 2)}</code>;
}

/** A JSON object as a readable definition list; nested objects become nested lists. */
export function KeyValueList({ data, depth = 0, emptyText = "Nothing set." }: { data: Record<string, unknown>; depth?: number; emptyText?: string }) {
  const entries = Object.entries(data);
  if (entries.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <dl className="kv">
      {entries.map(([key, value]) => (
        <div key={key} style={{ display: "contents" }}>
          <dt title={key}>{humanize(key)}</dt>
          <dd>{renderValue(value, depth)}</dd>
        </div>
      ))}
    </dl>
  );
}
