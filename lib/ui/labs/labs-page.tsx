"use client";

import { useLabList } from "../api/labs";
import { useMe } from "../api/me";
import { LoadMore } from "../components/load-more";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { LabList, MyLabList } from "./lab-rows";

/** `/app/labs`: my memberships and every lab I can see. */
export function LabsPage() {
  const me = useMe();
  const labs = useLabList();
  return (
    <>
      <PageHeader title="Labs" subtitle="Research groups share private datasets, protocols and spaces among their members." />
      <div className="detail-layout">
        <section aria-labelledby="all-labs">
          <h2 id="all-labs">All labs</h2>
          <QueryView query={labs} loadingLabel="Loading labs…" isEmpty={() => labs.items.length === 0} empty={<EmptyState>No labs are visible to you.</EmptyState>}>
            {() => (
              <div className="card">
                <LabList labs={labs.items} />
                <LoadMore
                  hasNextPage={labs.hasNextPage}
                  isFetchingNextPage={labs.isFetchingNextPage}
                  fetchNextPage={labs.fetchNextPage}
                  error={labs.isFetchNextPageError ? labs.error : undefined}
                  shown={labs.items.length}
                  noun="labs"
                />
              </div>
            )}
          </QueryView>
        </section>
        <section className="card" aria-labelledby="my-labs">
          <h2 id="my-labs">My labs</h2>
          <QueryView query={me} loadingLabel="Loading your labs…" isEmpty={(data) => data.labs.length === 0} empty={<EmptyState>You are not a member of any lab yet.</EmptyState>}>
            {(data) => <MyLabList labs={data.labs} />}
          </QueryView>
        </section>
      </div>
    </>
  );
}
