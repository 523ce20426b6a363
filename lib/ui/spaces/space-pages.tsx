"use client";

import Link from "next/link";
import type { SpaceDto, SpaceListItem } from "@/lib/domain/api-types";
import { useSpace, useSpaceList } from "../api/spaces";
import { VisibilityBadge } from "../components/badges";
import { LoadMore } from "../components/load-more";
import { Markdown } from "../components/markdown";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { RelativeTime } from "../components/relative-time";
import { OpenInWorkbenchLink } from "../analyze/open-in-workbench";
import { fromSpaceSettings, OP_LABELS, chosenOps } from "../analyze/settings";
import { KeyValueList } from "./json-view";

function SpaceRows({ spaces }: { spaces: readonly SpaceListItem[] }) {
  return (
    <ul className="item-list">
      {spaces.map((s) => (
        <li key={s.id}>
          <Link className="item-title" href={`/app/spaces/${s.slug}`}>
            {s.title}
          </Link>
          <div className="item-meta">
            <VisibilityBadge visibility={s.visibility} />
            {s.dataset ? (
              <span>
                on <Link href={`/app/datasets/${s.dataset.slug}`}>{s.dataset.title}</Link>
              </span>
            ) : null}
            {s.lab ? <Link href={`/app/labs/${s.lab.slug}`}>{s.lab.name}</Link> : null}
            <span>by {s.owner.name || s.owner.handle}</span>
            <RelativeTime iso={s.updatedAt} prefix="updated" />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** `/app/spaces`: analysis spaces visible to me. */
export function SpaceListPage() {
  const list = useSpaceList();
  return (
    <>
      <PageHeader
        title="Spaces"
        subtitle="Saved analysis workspaces: a dataset with its settings and view."
        actions={
          <Link className="btn btn-primary" href="/app/spaces/new">
            New space
          </Link>
        }
      />
      <QueryView
        query={list}
        loadingLabel="Loading spaces…"
        isEmpty={() => list.items.length === 0}
        empty={
          <EmptyState
            action={
              <Link className="btn btn-primary" href="/app/spaces/new">
                New space
              </Link>
            }
          >
            No spaces yet.
          </EmptyState>
        }
      >
        {() => (
          <div className="card">
            <SpaceRows spaces={list.items} />
            <LoadMore
              hasNextPage={list.hasNextPage}
              isFetchingNextPage={list.isFetchingNextPage}
              fetchNextPage={list.fetchNextPage}
              error={list.isFetchNextPageError ? list.error : undefined}
              shown={list.items.length}
              noun="spaces"
            />
          </div>
        )}
      </QueryView>
    </>
  );
}

/** `/app/spaces/[slug]`: a space's description, linked dataset, settings and view state. */
export function SpaceDetail({ slug }: { slug: string }) {
  const space = useSpace(slug);
  return (
    <QueryView query={space} loadingLabel="Loading space…" backHref="/app/spaces" backLabel="All spaces">
      {(data) => <SpaceView space={data} />}
    </QueryView>
  );
}

function SpaceView({ space }: { space: SpaceDto }) {
  const analysis = fromSpaceSettings(space.settings);
  const ops = analysis ? chosenOps(analysis) : [];
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/app/spaces", label: "Spaces" }]}
        title={space.title}
        actions={analysis ? <OpenInWorkbenchLink slug={space.slug} className="btn btn-primary" /> : undefined}
        subtitle={
          <span className="row">
            <VisibilityBadge visibility={space.visibility} />
            <span>★ {space.starCount}</span>
            <RelativeTime iso={space.updatedAt} prefix="updated" />
          </span>
        }
      />
      <div className="detail-layout">
        <div>
          {space.description ? <Markdown source={space.description} /> : <p className="muted">No description.</p>}
          {analysis ? (
            <section className="section" aria-labelledby="space-analysis">
              <h2 id="space-analysis">Analysis</h2>
              <p>
                {ops.length > 0 ? ops.map((op) => OP_LABELS[op]).join(" · ") : "No operations chosen."}
              </p>
              <p className="muted small">Opening it in the workbench restores these operations and their settings and runs them in your browser{space.dataset ? " on the linked dataset" : "; add the sequence yourself (pasted or local sequences are never saved)"}.</p>
            </section>
          ) : null}
          <section className="section" aria-labelledby="space-settings">
            <h2 id="space-settings">Settings</h2>
            <KeyValueList data={space.settings} emptyText="No settings saved." />
          </section>
          <section className="section" aria-labelledby="space-view">
            <h2 id="space-view">View state</h2>
            <KeyValueList data={space.viewState} emptyText="No view state saved." />
          </section>
        </div>
        <aside className="card" aria-labelledby="space-about">
          <h2 id="space-about">About</h2>
          <dl className="kv">
            <dt>Dataset</dt>
            <dd>{space.dataset ? <Link href={`/app/datasets/${space.dataset.slug}`}>{space.dataset.title}</Link> : <span className="muted">None</span>}</dd>
            <dt>Owner</dt>
            <dd>{space.owner.name || space.owner.handle}</dd>
            <dt>Lab</dt>
            <dd>{space.lab ? <Link href={`/app/labs/${space.lab.slug}`}>{space.lab.name}</Link> : <span className="muted">None</span>}</dd>
            <dt>Created</dt>
            <dd>
              <RelativeTime iso={space.createdAt} />
            </dd>
          </dl>
        </aside>
      </div>
    </>
  );
}
