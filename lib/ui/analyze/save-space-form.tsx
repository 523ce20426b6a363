"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { SpaceDto } from "@/lib/domain/api-types";
import { Field, inputA11y } from "../components/field";
import { errorFor, fieldErrorsOf, FormProblem } from "../components/form-errors";
import { saveSpace, spaceBody } from "./space-api";
import type { InputSource } from "./input-source";
import type { WorkbenchSettings } from "./settings";
import type { AnalysisOp } from "@/lib/analysis/contract";

/**
 * "Save as space": title and visibility → `POST /api/spaces` with the chosen operations and
 * their parameters, the dataset when the input came from one, and which results are open.
 */
export function SaveSpaceForm({ settings, source, openResults }: { settings: WorkbenchSettings; source: InputSource; openResults: readonly AnalysisOp[] }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<SpaceDto | null>(null);
  const errors = fieldErrorsOf(error);
  const titleError = errorFor(errors, "/title");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = spaceBody({
      title: String(data.get("title") ?? "").trim(),
      description: String(data.get("description") ?? ""),
      visibility: data.get("visibility") === "public" ? "public" : "private",
      settings,
      source,
      openResults,
    });
    setPending(true);
    setError(null);
    saveSpace(body).then(
      (space) => {
        setSaved(space);
        setPending(false);
      },
      (e: unknown) => {
        setError(e);
        setPending(false);
      },
    );
  }

  return (
    <form className="form analyze-save" onSubmit={onSubmit} aria-busy={pending}>
      {error ? <FormProblem error={error} claimed={["/title"]} title="Could not save the space" /> : null}
      <p className="hint">
        Saves the chosen operations and their settings{source.kind === "dataset" ? `, and a link to the dataset “${source.datasetTitle}”` : ""}. The sequence itself is not sent
        {source.kind === "dataset" ? " (it stays in the dataset)" : source.kind === "file" ? "; add it as a dataset to reopen the space with it" : "; pasted input is not saved"}.
      </p>
      <Field id="space-save-title" label="Space title" error={titleError}>
        <input {...inputA11y("space-save-title", { error: titleError })} name="title" type="text" required minLength={3} maxLength={200} />
      </Field>
      <Field id="space-save-description" label="Description" optional>
        <textarea id="space-save-description" name="description" rows={2} maxLength={20000} />
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
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Saving…" : "Save as space"}
        </button>
      </div>
      {saved ? (
        <p className="notice notice-ok" role="status">
          Saved: <Link href={`/app/spaces/${saved.slug}`}>{saved.title}</Link> — reopen it in the workbench with <Link href={`/app/analyze?space=${encodeURIComponent(saved.slug)}`}>this link</Link>.
        </p>
      ) : null}
    </form>
  );
}
