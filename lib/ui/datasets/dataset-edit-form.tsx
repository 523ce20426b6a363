"use client";

import { useState, type FormEvent } from "react";
import type { DatasetDto } from "@/lib/domain/api-types";
import { useUpdateDataset, type DatasetPatch } from "../api/datasets";
import { useMe } from "../api/me";
import { Field, inputA11y } from "../components/field";
import { errorFor, fieldErrorsOf, FormProblem } from "../components/form-errors";
import { parseTags } from "../format";

const CLAIMED = ["/title", "/description", "/labSlug", "/visibility", "/license", "/organism", "/tags"];

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Inline metadata editor: sends only the fields that changed (`PATCH /api/datasets/:slug`). */
export function DatasetEditForm({ dataset, onDone }: { dataset: DatasetDto; onDone: () => void }) {
  const update = useUpdateDataset(dataset.slug);
  const me = useMe();
  const [unchanged, setUnchanged] = useState(false);
  const errors = fieldErrorsOf(update.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = {
      title: String(data.get("title") ?? "").trim(),
      description: String(data.get("description") ?? ""),
      visibility: data.get("visibility") === "public" ? ("public" as const) : ("private" as const),
      license: String(data.get("license") ?? "").trim(),
      organism: String(data.get("organism") ?? "").trim() || null,
      tags: parseTags(String(data.get("tags") ?? "")),
      labSlug: String(data.get("labSlug") ?? "") || null,
    };
    const patch: DatasetPatch = {};
    if (next.title !== dataset.title) patch.title = next.title;
    if (next.description !== dataset.description) patch.description = next.description;
    if (next.visibility !== dataset.visibility) patch.visibility = next.visibility;
    if (next.license !== dataset.license) patch.license = next.license;
    if (next.organism !== (dataset.organism ?? null)) patch.organism = next.organism;
    if (!sameTags(next.tags, dataset.tags)) patch.tags = next.tags;
    if (next.labSlug !== (dataset.lab?.slug ?? null)) patch.labSlug = next.labSlug;
    if (Object.keys(patch).length === 0) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    update.mutate(patch, { onSuccess: onDone });
  }

  // The current lab stays selectable even if the editor is not a member of it.
  const labs = me.data?.labs ?? [];
  const labOptions = dataset.lab && !labs.some((l) => l.slug === dataset.lab?.slug) ? [dataset.lab, ...labs] : labs;
  const titleError = errorFor(errors, "/title");
  const descriptionError = errorFor(errors, "/description");
  const labError = errorFor(errors, "/labSlug");
  const licenseError = errorFor(errors, "/license");
  const organismError = errorFor(errors, "/organism");
  const tagsError = errorFor(errors, "/tags");
  const visibilityError = errorFor(errors, "/visibility");

  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="edit-heading" noValidate>
      <h2 id="edit-heading">Edit metadata</h2>
      {update.error ? <FormProblem error={update.error} claimed={CLAIMED} title="Could not save" /> : null}
      <Field id="edit-title" label="Title" error={titleError}>
        <input {...inputA11y("edit-title", { error: titleError })} name="title" type="text" defaultValue={dataset.title} required minLength={3} maxLength={200} />
      </Field>
      <Field id="edit-description" label="Description" error={descriptionError}>
        <textarea {...inputA11y("edit-description", { error: descriptionError })} name="description" rows={6} defaultValue={dataset.description} maxLength={20000} />
      </Field>
      <div className="field-row">
        <Field id="edit-labSlug" label="Lab" error={labError}>
          <select {...inputA11y("edit-labSlug", { error: labError })} name="labSlug" defaultValue={dataset.lab?.slug ?? ""}>
            <option value="">None (personal)</option>
            {labOptions.map((lab) => (
              <option key={lab.slug} value={lab.slug}>
                {lab.name}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="fieldset" aria-describedby={visibilityError ? "edit-visibility-error" : undefined}>
          <legend>Visibility</legend>
          <div className="choices">
            <label className="choice">
              <input type="radio" name="visibility" value="private" defaultChecked={dataset.visibility === "private"} />
              Private
            </label>
            <label className="choice">
              <input type="radio" name="visibility" value="public" defaultChecked={dataset.visibility === "public"} />
              Public
            </label>
          </div>
          {visibilityError ? (
            <p className="field-error" id="edit-visibility-error">
              {visibilityError}
            </p>
          ) : null}
        </fieldset>
      </div>
      <div className="field-row">
        <Field id="edit-license" label="License" error={licenseError}>
          <input {...inputA11y("edit-license", { error: licenseError })} name="license" type="text" defaultValue={dataset.license} maxLength={64} />
        </Field>
        <Field id="edit-organism" label="Organism" optional error={organismError}>
          <input {...inputA11y("edit-organism", { error: organismError })} name="organism" type="text" defaultValue={dataset.organism ?? ""} maxLength={200} />
        </Field>
      </div>
      <Field id="edit-tags" label="Tags" optional hint="Comma separated" error={tagsError}>
        <input {...inputA11y("edit-tags", { hint: true, error: tagsError })} name="tags" type="text" defaultValue={dataset.tags.join(", ")} />
      </Field>
      {unchanged ? (
        <p className="notice notice-warn" role="status">
          Nothing changed.
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save changes"}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
