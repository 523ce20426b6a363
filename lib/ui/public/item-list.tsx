import type { SnapshotListItem, TrendingEntry } from "@/export/snapshot-schema";
import { formatCount, plural } from "@/lib/ui/format";
import { formatUtcDate, summarize } from "./format";
import { categoryHref, itemHref, labHref } from "./links";
import { TagLinks } from "./tag-links";
import Link from "next/link";

const TYPE_LABEL = { dataset: "Dataset", protocol: "Protocol", space: "Space" } as const;

function isTrending(item: SnapshotListItem | TrendingEntry): item is TrendingEntry {
  return "score" in item;
}

/** A list of datasets, protocols or spaces from a ranked snapshot list (trending, recent, a category). */
export function ItemList({ items, empty, showType = false }: { items: ReadonlyArray<SnapshotListItem | TrendingEntry>; empty: string; showType?: boolean }) {
  if (items.length === 0) return <p className="state state-empty">{empty}</p>;
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={`${item.type}:${item.slug}`}>
          <div className="spread">
            <Link prefetch={false} className="item-title" href={itemHref(item.type, item.slug)}>
              {isTrending(item) ? <span className="rank muted">#{item.rank} </span> : null}
              {item.title}
            </Link>
            {item.format ? (
              <Link prefetch={false} className="badge badge-format" href={categoryHref("format", item.format)}>
                {item.format}
              </Link>
            ) : showType ? (
              <span className="badge badge-role">{TYPE_LABEL[item.type]}</span>
            ) : null}
          </div>
          {item.description ? <p className="item-summary small">{summarize(item.description, 180)}</p> : null}
          <div className="item-meta">
            {item.lab ? <Link prefetch={false} href={labHref(item.lab.slug)}>{item.lab.name}</Link> : null}
            <span>by {item.owner.name}</span>
            {item.organism ? (
              <Link prefetch={false} href={categoryHref("organism", item.organism)}>
                <i>{item.organism}</i>
              </Link>
            ) : null}
            <time dateTime={item.date}>{formatUtcDate(item.date)}</time>
            <span>★ {formatCount(item.starCount)}</span>
            {isTrending(item) ? (
              <span title={`score ${item.score}`}>
                {plural(item.views, "view")} · {plural(item.downloads, "download")} · {plural(item.forks, "fork")} · {plural(item.stars, "new star")}
              </span>
            ) : null}
          </div>
          <TagLinks tags={item.tags} linked={item.type === "dataset"} />
        </li>
      ))}
    </ul>
  );
}
