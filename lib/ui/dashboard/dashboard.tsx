"use client";

import Link from "next/link";
import { useDatasetPage } from "../api/datasets";
import { useMe } from "../api/me";
import { useProtocolPage } from "../api/protocols";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { DatasetCompactList } from "../datasets/dataset-rows";
import { MyLabList } from "../labs/lab-rows";
import { ProtocolList } from "../protocols/protocol-rows";

/** `/app`: the signed-in home — labs, recent datasets, protocols, quick links. */
export function Dashboard() {
  const me = useMe();
  const datasets = useDatasetPage({ mine: true, limit: 10 });
  const protocols = useProtocolPage({ mine: true, limit: 10 });

  return (
    <>
      <PageHeader
        title={me.data ? `Welcome, ${me.data.name || me.data.handle}` : "Dashboard"}
        subtitle="Your labs, datasets and protocols."
        actions={
          <div className="quick-links">
            <Link className="btn btn-primary" href="/app/datasets/new">
              Upload dataset
            </Link>
            <Link className="btn" href="/app/protocols/new">
              New protocol
            </Link>
            <Link className="btn" href="/app/spaces/new">
              New space
            </Link>
            <Link className="btn" href="/app/analyze">
              Analyze a sequence
            </Link>
          </div>
        }
      />
      <div className="grid">
        <section className="card" aria-labelledby="dash-datasets">
          <div className="card-header">
            <h2 id="dash-datasets">Recent datasets</h2>
            <Link href="/app/datasets?mine=1">All mine</Link>
          </div>
          <QueryView
            query={datasets}
            loadingLabel="Loading datasets…"
            isEmpty={(page) => page.items.length === 0}
            empty={
              <EmptyState
                action={
                  <Link className="btn" href="/app/datasets/new">
                    Upload dataset
                  </Link>
                }
              >
                You have no datasets yet.
              </EmptyState>
            }
          >
            {(page) => <DatasetCompactList datasets={page.items} />}
          </QueryView>
        </section>

        <section className="card" aria-labelledby="dash-protocols">
          <div className="card-header">
            <h2 id="dash-protocols">My protocols</h2>
            <Link href="/app/protocols">All protocols</Link>
          </div>
          <QueryView
            query={protocols}
            loadingLabel="Loading protocols…"
            isEmpty={(page) => page.items.length === 0}
            empty={
              <EmptyState
                action={
                  <Link className="btn" href="/app/protocols/new">
                    New protocol
                  </Link>
                }
              >
                You have no protocols yet.
              </EmptyState>
            }
          >
            {(page) => <ProtocolList protocols={page.items} />}
          </QueryView>
        </section>

        <section className="card" aria-labelledby="dash-labs">
          <div className="card-header">
            <h2 id="dash-labs">My labs</h2>
            <Link href="/app/labs">Browse labs</Link>
          </div>
          <QueryView
            query={me}
            loadingLabel="Loading labs…"
            isEmpty={(data) => data.labs.length === 0}
            empty={<EmptyState>You are not a member of any lab yet.</EmptyState>}
          >
            {(data) => <MyLabList labs={data.labs} />}
          </QueryView>
        </section>
      </div>
    </>
  );
}
