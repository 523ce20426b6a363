"use client";

import Link from "next/link";
import type { ProtocolListItem } from "@/lib/domain/api-types";
import { PublishBadge, TagList, VisibilityBadge } from "../components/badges";
import { RelativeTime } from "../components/relative-time";
import { plural } from "../format";

/** Protocols as a list with state, steps, lab, owner and last update. */
export function ProtocolList({ protocols }: { protocols: readonly ProtocolListItem[] }) {
  return (
    <ul className="item-list">
      {protocols.map((p) => (
        <li key={p.id}>
          <Link className="item-title" href={`/app/protocols/${p.slug}`}>
            {p.title}
          </Link>
          <div className="item-meta">
            <VisibilityBadge visibility={p.visibility} />
            <PublishBadge publishedAt={p.publishedAt} />
            <span>{plural(p.stepCount, "step")}</span>
            {p.lab ? <Link href={`/app/labs/${p.lab.slug}`}>{p.lab.name}</Link> : null}
            <span>by {p.owner.name || p.owner.handle}</span>
            <RelativeTime iso={p.updatedAt} prefix="updated" />
            {p.starCount > 0 ? <span aria-label={`${p.starCount} stars`}>★ {p.starCount}</span> : null}
          </div>
          {p.tags.length > 0 ? (
            <div className="item-meta">
              <TagList tags={p.tags} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
