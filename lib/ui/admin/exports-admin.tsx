"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ExportOverviewDto, ExportRunDto } from "@/lib/domain/api-types";
import { apiGet, apiSend, isApiError } from "@/lib/ui/api/client";
import { FormProblem } from "@/lib/ui/components/form-errors";
import { PageHeader } from "@/lib/ui/components/page-header";
import { EmptyState, QueryView } from "@/lib/ui/components/query-state";
import { formatExportCounts } from "./export-counts";

const KEY = ["admin", "exports"] as const;

function duration(ms: number | null): string {
  return ms === null ? "—" : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : "—";
}

function RunRow({ run }: { run: ExportRunDto }) {
  return (
    <tr>
      <td>{when(run.startedAt)}</td>
      <td>{run.trigger}</td>
      <td>
        <span className={`badge ${run.status === "failed" ? "badge-danger" : run.status === "running" ? "badge-warn" : ""}`}>{run.status}</span>
      </td>
      <td className="num">{duration(run.durationMs)}</td>
      <td>{formatExportCounts(run.counts)}</td>
      <td>
        <code>{run.snapshotId ?? "—"}</code>
        {run.error ? <div className="field-error">{run.error}</div> : null}
      </td>
    </tr>
  );
}

/** Admin view of snapshot exports: trigger one now, watch it run, read the history. */
export function ExportsAdmin() {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => apiGet<ExportOverviewDto>("/api/admin/exports", signal),
    // Poll while an export runs, so its status updates live.
    refetchInterval: (q) => (q.state.data?.running ? 1500 : 15_000),
  });
  const trigger = useMutation({
    mutationFn: () => apiSend<{ status: string; runId: string }>("POST", "/api/admin/exports"),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const running = query.data?.running ?? null;
  const conflict = isApiError(trigger.error) && trigger.error.status === 409;

  return (
    <>
      <PageHeader
        title="Snapshot exports"
        subtitle="Public pages are rendered from the latest export of public data. Exports also run on a schedule."
        actions={
          <button type="button" className="btn btn-primary" disabled={trigger.isPending || running !== null} onClick={() => trigger.mutate()}>
            {running ? "Export running…" : "Export now"}
          </button>
        }
      />
      {trigger.error && !conflict ? <FormProblem error={trigger.error} title="The export could not be started" /> : null}
      {conflict ? <p className="notice notice-warn">An export is already running; its progress shows below.</p> : null}
      <QueryView query={query} loadingLabel="Loading exports…">
        {(data) => (
          <>
            <section aria-labelledby="latest-heading">
              <h2 id="latest-heading">Current snapshot</h2>
              {data.latest ? (
                <p>
                  <code>{data.latest.snapshotId}</code>, generated {when(data.latest.generatedAt)} — {formatExportCounts(data.latest.counts)}
                </p>
              ) : (
                <p>No snapshot yet.</p>
              )}
            </section>
            <section aria-labelledby="history-heading">
              <h2 id="history-heading">History</h2>
              {data.runs.length === 0 ? (
                <EmptyState>No export has run yet.</EmptyState>
              ) : (
                <div className="table-wrap">
                  <table>
                    <caption className="visually-hidden">Export runs, newest first</caption>
                    <thead>
                      <tr>
                        <th scope="col">Started</th>
                        <th scope="col">Trigger</th>
                        <th scope="col">Status</th>
                        <th scope="col" className="num">
                          Duration
                        </th>
                        <th scope="col">Counts</th>
                        <th scope="col">Snapshot</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.runs.map((run) => (
                        <RunRow key={run.id} run={run} />
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}
