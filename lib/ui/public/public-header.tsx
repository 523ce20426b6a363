import type { ReactNode } from "react";
import { SnapshotNote } from "./snapshot-note";
import Link from "next/link";

/** Title row of a public page: breadcrumb, heading, subtitle, and the snapshot time. */
export function PublicHeader({
  title,
  subtitle,
  crumbs,
  generatedAt,
  note,
  aside,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  crumbs?: Array<{ href: string; label: string }>;
  generatedAt: string;
  /** Replaces the snapshot time (a page not rendered from a snapshot says what it shows instead). */
  note?: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <header className="page-header">
      <div>
        {crumbs && crumbs.length > 0 ? (
          <nav className="breadcrumb" aria-label="Breadcrumb">
            {crumbs.map((c, i) => (
              <span key={c.href}>
                {i > 0 ? " / " : null}
                <Link prefetch={false} href={c.href}>{c.label}</Link>
              </span>
            ))}
          </nav>
        ) : null}
        <h1>{title}</h1>
        {subtitle ? <p className="subtitle">{subtitle}</p> : null}
        {note ?? <SnapshotNote generatedAt={generatedAt} />}
      </div>
      {aside ? <div className="actions">{aside}</div> : null}
    </header>
  );
}
