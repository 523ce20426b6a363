"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useDatasetPage } from "../api/datasets";
import { useCreateSpace } from "../api/spaces";
import { Field, inputA11y } from "../components/field";
import { errorFor, fieldErrorsOf, FormProblem } from "../components/form-errors";
import { PageHeader } from "../components/page-header";

const CLAIMED = ["/title", "/description", "/datasetSlug"];

/** `/app/spaces/new`: title, description, one of my datasets, visibility → `POST /api/spaces`. */
export function NewSpaceForm() {
  const router = useRouter();
  const create = useCreateSpace();
  const datasets = useDatasetPage({ mine: true, limit: 100 });
  const errors = fieldErrorsOf(create.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void create
      .mutateAsync({
        title: String(data.get("title") ?? "").trim(),
        description: String(data.get("description") ?? ""),
        datasetSlug: String(data.get("datasetSlug") ?? "") || null,
        visibility: data.get("visibility") === "public" ? "public" : "private",
      })
      .then(
        (space) => router.push(`/app/spaces/${space.slug}`),
        () => undefined,
      );
  }

  const titleError = errorFor(errors, "/title");
  const descriptionError = errorFor(errors, "/description");
  const datasetError = errorFor(errors, "/datasetSlug");
  const datasetHint = datasets.isPending ? "Loading your datasets…" : datasets.isError ? "Could not load your datasets." : datasets.data?.items.length === 0 ? "You have no datasets yet." : undefined;

  return (
    <>
      <PageHeader crumbs={[{ href: "/app/spaces", label: "Spaces" }]} title="New space" />
      <form className="form" onSubmit={onSubmit} aria-busy={create.isPending}>
        {create.error ? <FormProblem error={create.error} claimed={CLAIMED} title="Could not create the space" /> : null}
        <Field id="space-title" label="Title" error={titleError}>
          <input {...inputA11y("space-title", { error: titleError })} name="title" type="text" required minLength={3} maxLength={200} />
        </Field>
        <Field id="space-description" label="Description" optional error={descriptionError}>
          <textarea {...inputA11y("space-description", { error: descriptionError })} name="description" rows={4} maxLength={20000} />
        </Field>
        <Field id="space-datasetSlug" label="Dataset" optional hint={datasetHint} error={datasetError}>
          <select {...inputA11y("space-datasetSlug", { hint: datasetHint, error: datasetError })} name="datasetSlug" defaultValue="">
            <option value="">No dataset</option>
            {(datasets.data?.items ?? []).map((d) => (
              <option key={d.id} value={d.slug}>
                {d.title}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="fieldset">
          <legend>Visibility</legend>
          <div className="choices">
            <label className="choice">
              <input type="radio" name="visibility" value="private" defaultChecked />
              Private
            </label>
            <label className="choice">
              <input type="radio" name="visibility" value="public" />
              Public
            </label>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create space"}
          </button>
          <Link className="btn btn-ghost" href="/app/spaces">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
