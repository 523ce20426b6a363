import Link from "next/link";
import type { ReactNode } from "react";

/** The title row of a page: optional breadcrumb, heading, subtitle and actions on the right. */
export function PageHeader({ title, subtitle, actions, crumbs }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; crumbs?: Array<{ href: string; label: string }> }) {
  return (
    <div className="page-header">
      <div>
        {crumbs && crumbs.length > 0 ? (
          <nav className="breadcrumb" aria-label="Breadcrumb">
            {crumbs.map((crumb, i) => (
              <span key={crumb.href}>
                {i > 0 ? " / " : null}
                <Link href={crumb.href}>{crumb.label}</Link>
              </span>
            ))}
          </nav>
        ) : null}
        <h1>{title}</h1>
        {subtitle ? <p className="subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="actions">{actions}</div> : null}
    </div>
  );
}
