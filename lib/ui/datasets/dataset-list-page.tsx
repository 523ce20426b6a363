"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { FormEvent } from "react";
import { FILE_FORMATS, type FileFormat } from "@/lib/domain/api-types";
import { useDatasetList, type DatasetFilters } from "../api/datasets";
import { useMe } from "../api/me";
import { LoadMore } from "../components/load-more";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { DatasetTable } from "./dataset-rows";

function filtersFrom(params: URLSearchParams): DatasetFilters {
  const format = params.get("format") ?? "";
  return {
    q: params.get("q") ?? "",
    format: (FILE_FORMATS as readonly string[]).includes(format) ? (format as FileFormat) : "",
    tag: params.get("tag") ?? "",
    lab: params.get("lab") ?? "",
    mine: params.get("mine") === "1",
  };
}

function hasFilters(f: DatasetFilters): boolean {
  return Boolean(f.q || f.format || f.tag || f.lab || f.mine);
}

/** `/app/datasets`: filterable, paginated list; filters live in the URL so results can be shared. */
export function DatasetListPage() {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = filtersFrom(new URLSearchParams(searchParams?.toString() ?? ""));
  const list = useDatasetList(filters);
  const me = useMe();
  const labs = me.data?.labs ?? [];
  const labOptions = filters.lab && !labs.some((l) => l.slug === filters.lab) ? [...labs, { id: filters.lab, slug: filters.lab, name: filters.lab, role: "member" as const }] : labs;

  function apply(form: HTMLFormElement) {
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const key of ["q", "format", "tag", "lab"] as const) {
      const value = String(data.get(key) ?? "").trim();
      if (value) next.set(key, value);
    }
    if (data.get("mine")) next.set("mine", "1");
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : (pathname ?? "/app/datasets"), { scroll: false });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply(event.currentTarget);
  }

  return (
    <>
      <PageHeader
        title="Datasets"
        subtitle="Sequences, annotations, structures and tables you can read."
        actions={
          <Link className="btn btn-primary" href="/app/datasets/new">
            Upload dataset
          </Link>
        }
      />
      <form key={searchParams?.toString()} className="filters" role="search" aria-label="Filter datasets" onSubmit={onSubmit}>
        <div className="field field-grow">
          <label htmlFor="filter-q">Search</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q} placeholder="Title, description, organism…" maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="filter-format">Format</label>
          <select id="filter-format" name="format" defaultValue={filters.format} onChange={(e) => apply(e.currentTarget.form!)}>
            <option value="">Any format</option>
            {FILE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-tag">Tag</label>
          <input id="filter-tag" name="tag" type="text" defaultValue={filters.tag} maxLength={40} />
        </div>
        <div className="field">
          <label htmlFor="filter-lab">Lab</label>
          <select id="filter-lab" name="lab" defaultValue={filters.lab} onChange={(e) => apply(e.currentTarget.form!)}>
            <option value="">Any lab</option>
            {labOptions.map((lab) => (
              <option key={lab.slug} value={lab.slug}>
                {lab.name}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" name="mine" value="1" defaultChecked={filters.mine} onChange={(e) => apply(e.currentTarget.form!)} />
          Only mine
        </label>
        <div className="row">
          <button type="submit" className="btn">
            Apply
          </button>
          {hasFilters(filters) ? (
            <Link className="btn btn-ghost" href="/app/datasets">
              Clear
            </Link>
          ) : null}
        </div>
      </form>

      <QueryView
        query={list}
        loadingLabel="Loading datasets…"
        isEmpty={() => list.items.length === 0}
        empty={
          hasFilters(filters) ? (
            <EmptyState
              action={
                <Link className="btn" href="/app/datasets">
                  Clear filters
                </Link>
              }
            >
              No datasets match these filters.
            </EmptyState>
          ) : (
            <EmptyState
              action={
                <Link className="btn btn-primary" href="/app/datasets/new">
                  Upload dataset
                </Link>
              }
            >
              No datasets yet.
            </EmptyState>
          )
        }
      >
        {() => (
          <>
            <DatasetTable datasets={list.items} caption="Datasets" />
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
    </>
  );
}
