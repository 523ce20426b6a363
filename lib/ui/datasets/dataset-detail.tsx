"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { DatasetDto } from "@/lib/domain/api-types";
import { useDataset } from "../api/datasets";
import { useDeleteResource, usePublishToggle, useStarToggle } from "../api/resource-actions";
import { FormatBadge, PublishBadge, TagList, VisibilityBadge } from "../components/badges";
import { ConfirmButton } from "../components/confirm-button";
import { FormProblem } from "../components/form-errors";
import { Markdown } from "../components/markdown";
import { PageHeader } from "../components/page-header";
import { QueryView } from "../components/query-state";
import { RelativeTime } from "../components/relative-time";
import { StarButton } from "../components/star-button";
import { DatasetEditForm } from "./dataset-edit-form";
import { DatasetFiles } from "./dataset-files";

/** `/app/datasets/[slug]`: metadata, owner actions, files and per-file previews. */
export function DatasetDetail({ slug }: { slug: string }) {
  const dataset = useDataset(slug);
  return (
    <QueryView query={dataset} loadingLabel="Loading dataset…" backHref="/app/datasets" backLabel="All datasets">
      {(data) => <DatasetView dataset={data} />}
    </QueryView>
  );
}

function DatasetView({ dataset }: { dataset: DatasetDto }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const star = useStarToggle("datasets", dataset.slug);
  const publish = usePublishToggle("datasets", dataset.slug);
  const remove = useDeleteResource("datasets", dataset.slug);
  const actionError = publish.error ?? remove.error ?? star.error;
  const published = dataset.publishedAt !== null;

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/app/datasets", label: "Datasets" }]}
        title={dataset.title}
        subtitle={
          <span className="row">
            <VisibilityBadge visibility={dataset.visibility} />
            <PublishBadge publishedAt={dataset.publishedAt} />
            <FormatBadge format={dataset.format} />
            <span className="mono small">{dataset.slug}</span>
          </span>
        }
        actions={
          <>
            <StarButton starred={dataset.starredByMe} count={dataset.starCount} pending={star.isPending} onToggle={(next) => star.mutate(next)} />
            {dataset.canEdit ? (
              <>
                <button type="button" className="btn" aria-expanded={editing} aria-controls="dataset-edit" onClick={() => setEditing((v) => !v)}>
                  {editing ? "Close editor" : "Edit metadata"}
                </button>
                {dataset.canManage ? (
                  <>
                    <button type="button" className="btn" disabled={publish.isPending} onClick={() => publish.mutate(!published)}>
                  {publish.isPending ? "Saving…" : published ? "Unpublish" : "Publish"}
                </button>
                <ConfirmButton
                  label="Delete"
                  question={`Delete “${dataset.title}” and its files?`}
                  confirmLabel="Delete dataset"
                  pending={remove.isPending}
                  onConfirm={() => void remove.mutateAsync().then(() => router.push("/app/datasets"), () => undefined)}
                />
                  </>
                ) : null}
              </>
            ) : null}
          </>
        }
      />
      {actionError ? <FormProblem error={actionError} title="That did not work" /> : null}
      {dataset.canEdit && !published ? (
        <p className="notice notice-warn">
          {dataset.visibility === "public"
            ? `This dataset is a draft: only you${dataset.lab ? " and members of its lab" : ""} can see it. Publish it to make it visible to everyone.`
            : `This dataset is a draft. It is private, so even once published only you${dataset.lab ? " and members of its lab" : ""} can see it.`}
        </p>
      ) : null}
      {editing ? (
        <div id="dataset-edit" className="card section-tight">
          <DatasetEditForm dataset={dataset} onDone={() => setEditing(false)} />
        </div>
      ) : null}

      <div className="detail-layout">
        <div>
          <section aria-labelledby="dataset-description">
            <h2 id="dataset-description" className="visually-hidden">
              Description
            </h2>
            {dataset.description ? <Markdown source={dataset.description} /> : <p className="muted">No description.</p>}
          </section>
          <DatasetFiles files={dataset.files} />
        </div>
        <aside className="card" aria-labelledby="dataset-about">
          <h2 id="dataset-about">About</h2>
          <dl className="kv">
            <dt>Owner</dt>
            <dd>
              {dataset.owner.name || dataset.owner.handle} <span className="muted">@{dataset.owner.handle}</span>
            </dd>
            <dt>Lab</dt>
            <dd>{dataset.lab ? <Link href={`/app/labs/${dataset.lab.slug}`}>{dataset.lab.name}</Link> : <span className="muted">None</span>}</dd>
            <dt>License</dt>
            <dd>{dataset.license}</dd>
            <dt>Organism</dt>
            <dd>{dataset.organism ? <em>{dataset.organism}</em> : <span className="muted">—</span>}</dd>
            <dt>Created</dt>
            <dd>
              <RelativeTime iso={dataset.createdAt} />
            </dd>
            <dt>Updated</dt>
            <dd>
              <RelativeTime iso={dataset.updatedAt} />
            </dd>
            <dt>Published</dt>
            <dd>{dataset.publishedAt ? <RelativeTime iso={dataset.publishedAt} /> : <span className="muted">Draft</span>}</dd>
            <dt>Stars</dt>
            <dd>{dataset.starCount}</dd>
            <dt>Tags</dt>
            <dd>{dataset.tags.length > 0 ? <TagList tags={dataset.tags} /> : <span className="muted">—</span>}</dd>
          </dl>
        </aside>
      </div>
    </>
  );
}
