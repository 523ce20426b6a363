"use client";

import { useState } from "react";
import { useLabList } from "../api/labs";
import { useMe } from "../api/me";
import { LoadMore } from "../components/load-more";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { LabList, MyLabList } from "./lab-rows";
import { NewLabForm } from "./new-lab-form";

const NEW_LAB_PANEL = "new-lab-panel";

/** `/app/labs`: my memberships, every lab I can see, and a form to create a lab. */
export function LabsPage() {
  const me = useMe();
  const labs = useLabList();
  const [creating, setCreating] = useState(false);
  const openForm = () => setCreating(true);
  return (
    <>
      <PageHeader
        title="Labs"
        subtitle="Research groups share private datasets, protocols and spaces among their members."
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating((open) => !open)} aria-expanded={creating} aria-controls={creating ? NEW_LAB_PANEL : undefined}>
            New lab
          </button>
        }
      />
      {creating ? (
        <section id={NEW_LAB_PANEL} className="card section-tight" aria-labelledby="new-lab">
          <h2 id="new-lab">New lab</h2>
          <p className="muted small">You become the lab&apos;s owner and can then add members.</p>
          <NewLabForm onCancel={() => setCreating(false)} />
        </section>
      ) : null}
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
          <QueryView
            query={me}
            loadingLabel="Loading your labs…"
            isEmpty={(data) => data.labs.length === 0}
            empty={
              <EmptyState
                action={
                  creating ? null : (
                    <button type="button" className="btn" onClick={openForm}>
                      Create a lab
                    </button>
                  )
                }
              >
                You are not a member of any lab yet.
              </EmptyState>
            }
          >
            {(data) => <MyLabList labs={data.labs} />}
          </QueryView>
        </section>
      </div>
    </>
  );
}
