"use client";

import Link from "next/link";
import type { LabDto, LabRef } from "@/lib/domain/api-types";
import { VisibilityBadge } from "../components/badges";
import { plural } from "../format";

/** The caller's memberships, with their role. */
export function MyLabList({ labs }: { labs: ReadonlyArray<LabRef & { role: "owner" | "member" }> }) {
  return (
    <ul className="item-list">
      {labs.map((lab) => (
        <li key={lab.id} className="spread">
          <Link className="item-title" href={`/app/labs/${lab.slug}`}>
            {lab.name}
          </Link>
          <span className="badge badge-role">{lab.role}</span>
        </li>
      ))}
    </ul>
  );
}

/** Visible labs with institution, counts and the caller's role if any. */
export function LabList({ labs }: { labs: readonly LabDto[] }) {
  return (
    <ul className="item-list">
      {labs.map((lab) => (
        <li key={lab.id}>
          <Link className="item-title" href={`/app/labs/${lab.slug}`}>
            {lab.name}
          </Link>
          <div className="item-meta">
            <VisibilityBadge visibility={lab.visibility} />
            {lab.institution ? <span>{lab.institution}</span> : null}
            <span>{plural(lab.memberCount, "member")}</span>
            <span>{plural(lab.datasetCount, "public dataset")}</span>
            {lab.myRole ? <span className="badge badge-role">you: {lab.myRole}</span> : null}
          </div>
          {lab.description ? <p className="small muted">{lab.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
