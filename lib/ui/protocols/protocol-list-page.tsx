"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useProtocolList } from "../api/protocols";
import { LoadMore } from "../components/load-more";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { ProtocolList } from "./protocol-rows";

/** `/app/protocols`: all visible protocols or only mine (`?mine=1`), paginated. */
export function ProtocolListPage() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname() ?? "/app/protocols";
  const mine = searchParams?.get("mine") === "1";
  const list = useProtocolList({ mine });

  const show = (onlyMine: boolean) => router.replace(onlyMine ? `${pathname}?mine=1` : pathname, { scroll: false });

  return (
    <>
      <PageHeader
        title="Protocols"
        subtitle="Step-by-step methods, versioned with your lab."
        actions={
          <Link className="btn btn-primary" href="/app/protocols/new">
            New protocol
          </Link>
        }
      />
      <div className="row" role="group" aria-label="Which protocols">
        <button type="button" className="btn" aria-pressed={!mine} onClick={() => show(false)}>
          All visible
        </button>
        <button type="button" className="btn" aria-pressed={mine} onClick={() => show(true)}>
          Mine
        </button>
      </div>
      <div className="section-tight">
        <QueryView
          query={list}
          loadingLabel="Loading protocols…"
          isEmpty={() => list.items.length === 0}
          empty={
            <EmptyState
              action={
                <Link className="btn btn-primary" href="/app/protocols/new">
                  New protocol
                </Link>
              }
            >
              {mine ? "You have no protocols yet." : "No protocols are visible to you yet."}
            </EmptyState>
          }
        >
          {() => (
            <div className="card">
              <ProtocolList protocols={list.items} />
              <LoadMore
                hasNextPage={list.hasNextPage}
                isFetchingNextPage={list.isFetchingNextPage}
                fetchNextPage={list.fetchNextPage}
                error={list.isFetchNextPageError ? list.error : undefined}
                shown={list.items.length}
                noun="protocols"
              />
            </div>
          )}
        </QueryView>
      </div>
    </>
  );
}
