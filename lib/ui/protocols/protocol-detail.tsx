"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ProtocolDto } from "@/lib/domain/api-types";
import { useProtocol } from "../api/protocols";
import { useDeleteResource, usePublishToggle, useStarToggle } from "../api/resource-actions";
import { PublishBadge, TagList, VisibilityBadge } from "../components/badges";
import { ConfirmButton } from "../components/confirm-button";
import { FormProblem } from "../components/form-errors";
import { Markdown } from "../components/markdown";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { RelativeTime } from "../components/relative-time";
import { StarButton } from "../components/star-button";
import { plural } from "../format";

/** `123` → `2 h 3 min`. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [days ? `${days} d` : "", hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean).join(" ");
}

/** `/app/protocols/[slug]`: description, numbered steps and owner actions. */
export function ProtocolDetail({ slug }: { slug: string }) {
  const protocol = useProtocol(slug);
  return (
    <QueryView query={protocol} loadingLabel="Loading protocol…" backHref="/app/protocols" backLabel="All protocols">
      {(data) => <ProtocolView protocol={data} />}
    </QueryView>
  );
}

function ProtocolView({ protocol }: { protocol: ProtocolDto }) {
  const router = useRouter();
  const star = useStarToggle("protocols", protocol.slug);
  const publish = usePublishToggle("protocols", protocol.slug);
  const remove = useDeleteResource("protocols", protocol.slug);
  const actionError = publish.error ?? remove.error ?? star.error;
  const published = protocol.publishedAt !== null;
  const steps = [...protocol.steps].sort((a, b) => a.position - b.position);
  const totalMinutes = steps.reduce((sum, s) => sum + (s.durationMinutes ?? 0), 0);

  return (
    <>
      <PageHeader
        crumbs={[{ href: "/app/protocols", label: "Protocols" }]}
        title={protocol.title}
        subtitle={
          <span className="row">
            <VisibilityBadge visibility={protocol.visibility} />
            <PublishBadge publishedAt={protocol.publishedAt} />
            <span>{plural(steps.length, "step")}</span>
            {totalMinutes > 0 ? <span>about {formatMinutes(totalMinutes)}</span> : null}
          </span>
        }
        actions={
          <>
            <StarButton starred={protocol.starredByMe} count={protocol.starCount} pending={star.isPending} onToggle={(next) => star.mutate(next)} />
            {protocol.canEdit ? (
              <>
                <Link className="btn" href={`/app/protocols/${protocol.slug}/edit`}>
                  Edit
                </Link>
                {protocol.canManage ? (
                  <>
                    <button type="button" className="btn" disabled={publish.isPending} onClick={() => publish.mutate(!published)}>
                  {publish.isPending ? "Saving…" : published ? "Unpublish" : "Publish"}
                </button>
                <ConfirmButton
                  label="Delete"
                  question={`Delete “${protocol.title}”?`}
                  confirmLabel="Delete protocol"
                  pending={remove.isPending}
                  onConfirm={() => void remove.mutateAsync().then(() => router.push("/app/protocols"), () => undefined)}
                />
                  </>
                ) : null}
              </>
            ) : null}
          </>
        }
      />
      {actionError ? <FormProblem error={actionError} title="That did not work" /> : null}
      <div className="detail-layout">
        <div>
          {protocol.description ? <Markdown source={protocol.description} /> : <p className="muted">No description.</p>}
          <section className="section" aria-labelledby="protocol-steps">
            <h2 id="protocol-steps">Steps</h2>
            {steps.length === 0 ? (
              <EmptyState>This protocol has no steps yet.</EmptyState>
            ) : (
              <ol className="steps">
                {steps.map((step) => (
                  <li key={step.id}>
                    <h3>{step.title}</h3>
                    {step.durationMinutes !== null ? <p className="muted small">Duration: {formatMinutes(step.durationMinutes)}</p> : null}
                    {step.body ? <Markdown source={step.body} /> : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <aside className="card" aria-labelledby="protocol-about">
          <h2 id="protocol-about">About</h2>
          <dl className="kv">
            <dt>Owner</dt>
            <dd>{protocol.owner.name || protocol.owner.handle}</dd>
            <dt>Lab</dt>
            <dd>{protocol.lab ? <Link href={`/app/labs/${protocol.lab.slug}`}>{protocol.lab.name}</Link> : <span className="muted">None</span>}</dd>
            <dt>Created</dt>
            <dd>
              <RelativeTime iso={protocol.createdAt} />
            </dd>
            <dt>Updated</dt>
            <dd>
              <RelativeTime iso={protocol.updatedAt} />
            </dd>
            <dt>Published</dt>
            <dd>{protocol.publishedAt ? <RelativeTime iso={protocol.publishedAt} /> : <span className="muted">Draft</span>}</dd>
            <dt>Tags</dt>
            <dd>{protocol.tags.length > 0 ? <TagList tags={protocol.tags} /> : <span className="muted">—</span>}</dd>
          </dl>
        </aside>
      </div>
    </>
  );
}
