"use client";

import Link from "next/link";
import type { DatasetListItem } from "@/lib/domain/api-types";
import { FormatBadge, PublishBadge, TagList, VisibilityBadge } from "../components/badges";
import { RelativeTime } from "../components/relative-time";
import { formatBytes, plural } from "../format";

/** Datasets as a table: title, format, state, lab (unless `showLab` is false), owner, files, size, updated. */
export function DatasetTable({ datasets, caption, showLab = true }: { datasets: readonly DatasetListItem[]; caption: string; showLab?: boolean }) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Format</th>
            <th scope="col">State</th>
            {showLab ? <th scope="col">Lab</th> : null}
            <th scope="col">Owner</th>
            <th scope="col" className="num">
              Files
            </th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <Link href={`/app/datasets/${d.slug}`}>{d.title}</Link>
                {d.tags.length > 0 ? (
                  <div className="item-meta">
                    <TagList tags={d.tags} />
                  </div>
                ) : null}
              </th>
              <td>
                <FormatBadge format={d.format} />
              </td>
              <td>
                <span className="row">
                  <VisibilityBadge visibility={d.visibility} />
                  <PublishBadge publishedAt={d.publishedAt} />
                </span>
              </td>
              {showLab ? <td>{d.lab ? <Link href={`/app/labs/${d.lab.slug}`}>{d.lab.name}</Link> : <span className="muted">—</span>}</td> : null}
              <td>{d.owner.name || d.owner.handle}</td>
              <td className="num">{d.fileCount}</td>
              <td className="num">{formatBytes(d.totalSizeBytes)}</td>
              <td className="nowrap">
                <RelativeTime iso={d.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A compact list for dashboard panels. */
export function DatasetCompactList({ datasets }: { datasets: readonly DatasetListItem[] }) {
  return (
    <ul className="item-list">
      {datasets.map((d) => (
        <li key={d.id}>
          <Link className="item-title" href={`/app/datasets/${d.slug}`}>
            {d.title}
          </Link>
          <div className="item-meta">
            <FormatBadge format={d.format} />
            <VisibilityBadge visibility={d.visibility} />
            <PublishBadge publishedAt={d.publishedAt} />
            <span>{plural(d.fileCount, "file")}</span>
            <span>{formatBytes(d.totalSizeBytes)}</span>
            <RelativeTime iso={d.updatedAt} prefix="updated" />
          </div>
        </li>
      ))}
    </ul>
  );
}
