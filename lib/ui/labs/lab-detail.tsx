"use client";

import Link from "next/link";
import type { LabDto } from "@/lib/domain/api-types";
import { useDatasetList } from "../api/datasets";
import { useLab } from "../api/labs";
import { VisibilityBadge } from "../components/badges";
import { LoadMore } from "../components/load-more";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { DatasetTable } from "../datasets/dataset-rows";
import { plural } from "../format";
import { LabMembers } from "./lab-members";

/** `/app/labs/[slug]`: a lab, its members (for members; managed by owners) and its datasets. */
export function LabDetail({ slug }: { slug: string }) {
  const lab = useLab(slug);
  return (
    <QueryView query={lab} loadingLabel="Loading lab…" backHref="/app/labs" backLabel="All labs">
      {(data) => <LabView lab={data} />}
    </QueryView>
  );
}

function LabView({ lab }: { lab: LabDto }) {
  return (
    <>
      <PageHeader
        crumbs={[{ href: "/app/labs", label: "Labs" }]}
        title={lab.name}
        subtitle={
          <span className="row">
            <VisibilityBadge visibility={lab.visibility} />
            {lab.institution ? <span>{lab.institution}</span> : null}
            <span>{plural(lab.memberCount, "member")}</span>
            <span>{plural(lab.datasetCount, "public dataset")}</span>
            {lab.myRole ? <span className="badge badge-role">you: {lab.myRole}</span> : null}
          </span>
        }
        actions={
          lab.myRole ? (
            <Link className="btn btn-primary" href="/app/datasets/new">
              Upload dataset
            </Link>
          ) : null
        }
      />
      <div className="detail-layout">
        <div>
          {lab.description ? <p className="description">{lab.description}</p> : null}
          <section aria-labelledby="lab-datasets">
            <h2 id="lab-datasets">Datasets</h2>
            <LabDatasets slug={lab.slug} />
          </section>
        </div>
        <section className="card" aria-labelledby="lab-members">
          <h2 id="lab-members">Members</h2>
          <LabMembers lab={lab} />
        </section>
      </div>
    </>
  );
}

function LabDatasets({ slug }: { slug: string }) {
  const list = useDatasetList({ lab: slug });
  return (
    <QueryView query={list} loadingLabel="Loading datasets…" isEmpty={() => list.items.length === 0} empty={<EmptyState>This lab has no datasets you can see.</EmptyState>}>
      {() => (
        <>
          <DatasetTable datasets={list.items} caption="Datasets of this lab" showLab={false} />
          <LoadMore
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            fetchNextPage={list.fetchNextPage}
            error={list.isFetchNextPageError ? list.error : undefined}
            shown={list.items.length}
            noun="datasets"
          />
        </>
      )}
    </QueryView>
  );
}
