"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import type { Visibility } from "@/lib/domain/access";
import { isValidSlug, slugify } from "@/lib/domain/slug";
import { uploadDataset, type DatasetUploadFields } from "../api/datasets";
import { useMe } from "../api/me";
import { queryKeys } from "../api/query-keys";
import { Field, inputA11y } from "../components/field";
import { errorFor, fieldErrorsOf, FormProblem, type FieldErrors } from "../components/form-errors";
import { PageHeader } from "../components/page-header";
import { formatBytes, parseTags, plural } from "../format";

type Phase = { kind: "idle" } | { kind: "uploading"; loadedBytes: number; totalBytes: number } | { kind: "parsing" };

/** Pointers that have a control on this form; anything else is listed in the summary. */
const CLAIMED = ["/title", "/slug", "/description", "/labSlug", "/visibility", "/license", "/organism", "/tags", "/file", "/files"];

function validateLocally(fields: DatasetUploadFields, files: readonly File[]): FieldErrors {
  const errors: FieldErrors = {};
  if (fields.title.trim().length < 3) errors["/title"] = "Title needs at least 3 characters.";
  if (fields.slug.trim() !== "" && !isValidSlug(fields.slug.trim())) errors["/slug"] = "Use 3–80 lowercase letters, digits or single hyphens.";
  if (parseTags(fields.tags).length > 20) errors["/tags"] = "At most 20 tags.";
  if (files.length === 0) errors["/file"] = "Choose at least one file.";
  return errors;
}

/** `/app/datasets/new`: multipart upload with progress, then a parsing phase, then the dataset page. */
export function DatasetUploadForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const me = useMe();
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<unknown>(null);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const abortRef = useRef<AbortController | null>(null);

  const serverErrors = fieldErrorsOf(error);
  const errors: FieldErrors = { ...serverErrors, ...localErrors };
  const busy = phase.kind !== "idle";
  const derivedSlug = title.trim().length > 0 ? slugify(title) : "";
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget);
    const fields: DatasetUploadFields = {
      title: title.trim(),
      slug: slug.trim(),
      description: String(data.get("description") ?? ""),
      labSlug: String(data.get("labSlug") ?? ""),
      visibility: (data.get("visibility") === "public" ? "public" : "private") as Visibility,
      license: String(data.get("license") ?? "").trim(),
      organism: String(data.get("organism") ?? "").trim(),
      tags: parseTags(String(data.get("tags") ?? "")).join(","),
      phredOffset: String(data.get("phredOffset") ?? ""),
    };
    const local = validateLocally(fields, files);
    setLocalErrors(local);
    setError(null);
    if (Object.keys(local).length > 0) {
      const first = Object.keys(local)[0] === "/file" ? "files" : `upload-${Object.keys(local)[0]!.slice(1)}`;
      document.getElementById(first)?.focus();
      return;
    }

    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ kind: "uploading", loadedBytes: 0, totalBytes });
    try {
      const dataset = await uploadDataset(fields, files, {
        signal: controller.signal,
        onProgress: (p) => setPhase({ kind: "uploading", loadedBytes: p.loadedBytes, totalBytes: p.totalBytes }),
        onUploaded: () => setPhase({ kind: "parsing" }),
      });
      queryClient.setQueryData(queryKeys.datasets.detail(dataset.slug), dataset);
      void queryClient.invalidateQueries({ queryKey: ["datasets", "list"], refetchType: "none" });
      router.push(`/app/datasets/${dataset.slug}`);
    } catch (err) {
      setPhase({ kind: "idle" });
      if (err instanceof DOMException && err.name === "AbortError") return;
      setError(err);
      // Bring the problem into view: it names the file, line and column of a parse error.
      requestAnimationFrame(() => document.getElementById("upload-problem")?.scrollIntoView({ block: "center" }));
    } finally {
      abortRef.current = null;
    }
  }

  const labs = me.data?.labs ?? [];
  const titleError = errorFor(errors, "/title");
  const slugError = errorFor(errors, "/slug");
  const descriptionError = errorFor(errors, "/description");
  const labError = errorFor(errors, "/labSlug");
  const visibilityError = errorFor(errors, "/visibility");
  const licenseError = errorFor(errors, "/license");
  const organismError = errorFor(errors, "/organism");
  const tagsError = errorFor(errors, "/tags");
  const filesError = errorFor(errors, "/file", "/files");
  const slugHint = slug.trim() === "" ? (derivedSlug ? <>Leave empty to use <code>{derivedSlug}</code>.</> : "Leave empty to derive it from the title.") : "Lowercase letters, digits and single hyphens.";

  return (
    <>
      <PageHeader crumbs={[{ href: "/app/datasets", label: "Datasets" }]} title="Upload dataset" subtitle="FASTA, FASTQ, GenBank, PDB, mmCIF, CSV or TSV. Every file is parsed on upload; a broken file is rejected with its line and column." />
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={busy}>
        <div id="upload-problem">{error ? <FormProblem error={error} claimed={CLAIMED} title="Upload failed" /> : null}</div>
        <fieldset disabled={busy} className="plain-fieldset">
          <Field id="upload-title" label="Title" error={titleError}>
            <input {...inputA11y("upload-title", { error: titleError })} name="title" type="text" required minLength={3} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
          </Field>
          <Field id="upload-slug" label="Slug" optional hint={slugHint} error={slugError}>
            <input {...inputA11y("upload-slug", { hint: slugHint, error: slugError })} name="slug" type="text" maxLength={80} value={slug} placeholder={derivedSlug} onChange={(e) => setSlug(e.target.value.toLowerCase())} autoCapitalize="off" spellCheck={false} />
          </Field>
          <Field id="upload-description" label="Description" optional hint="Markdown is fine." error={descriptionError}>
            <textarea {...inputA11y("upload-description", { hint: true, error: descriptionError })} name="description" rows={5} maxLength={20000} />
          </Field>
          <div className="field-row">
            <Field id="upload-labSlug" label="Lab" error={labError} hint={me.isPending ? "Loading your labs…" : labs.length === 0 ? "You are not in a lab: the dataset is yours alone." : undefined}>
              <select {...inputA11y("upload-labSlug", { hint: me.isPending || labs.length === 0, error: labError })} name="labSlug" defaultValue="">
                <option value="">None (personal)</option>
                {labs.map((lab) => (
                  <option key={lab.slug} value={lab.slug}>
                    {lab.name}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset className="fieldset" aria-describedby={visibilityError ? "upload-visibility-error" : undefined}>
              <legend>Visibility</legend>
              <div className="choices">
                <label className="choice">
                  <input type="radio" name="visibility" value="private" defaultChecked />
                  Private (me and my lab)
                </label>
                <label className="choice">
                  <input type="radio" name="visibility" value="public" />
                  Public once published
                </label>
              </div>
              {visibilityError ? (
                <p className="field-error" id="upload-visibility-error">
                  {visibilityError}
                </p>
              ) : null}
            </fieldset>
          </div>
          <div className="field-row">
            <Field id="upload-license" label="License" error={licenseError}>
              <input {...inputA11y("upload-license", { error: licenseError })} name="license" type="text" defaultValue="CC-BY-4.0" maxLength={64} />
            </Field>
            <Field id="upload-organism" label="Organism" optional error={organismError}>
              <input {...inputA11y("upload-organism", { error: organismError })} name="organism" type="text" maxLength={200} placeholder="Escherichia coli K-12" />
            </Field>
          </div>
          <Field id="upload-tags" label="Tags" optional hint="Comma separated, e.g. plasmid, cloning vector" error={tagsError}>
            <input {...inputA11y("upload-tags", { hint: true, error: tagsError })} name="tags" type="text" />
          </Field>
          <Field id="upload-phred" label="FASTQ quality encoding" hint="Only for FASTQ files from Illumina 1.3–1.7 pipelines (Phred+64).">
            <select {...inputA11y("upload-phred", { hint: true })} name="phredOffset" defaultValue="">
              <option value="">Phred+33 (Sanger, Illumina 1.8+)</option>
              <option value="64">Phred+64 (Illumina 1.3–1.7)</option>
            </select>
          </Field>
          <Field id="files" label="Files" hint="One or more files; the format is detected from the content." error={filesError}>
            <input {...inputA11y("files", { hint: true, error: filesError })} name="file" type="file" multiple onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))} />
          </Field>
          {files.length > 0 ? (
            <div className="field">
              <p className="hint">
                {plural(files.length, "file")} selected, {formatBytes(totalBytes)} in total
              </p>
              <ul className="file-list">
                {files.map((f) => (
                  <li key={`${f.name}-${f.size}-${f.lastModified}`}>
                    <span className="mono">{f.name}</span>
                    <span className="muted nowrap">{formatBytes(f.size)}</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </fieldset>

        <UploadStatus phase={phase} onCancel={() => abortRef.current?.abort()} />

        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Upload dataset
          </button>
          <Link className="btn btn-ghost" href="/app/datasets">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

function UploadStatus({ phase, onCancel }: { phase: Phase; onCancel: () => void }) {
  if (phase.kind === "idle") return <div aria-live="polite" />;
  if (phase.kind === "parsing") {
    return (
      <div className="upload-status" aria-live="polite" role="status">
        <p className="row">
          <span className="spinner" aria-hidden="true" />
          <strong>Parsing…</strong> the server is checking every file.
        </p>
      </div>
    );
  }
  const percent = phase.totalBytes > 0 ? Math.floor((phase.loadedBytes / phase.totalBytes) * 100) : 0;
  return (
    <div className="upload-status" aria-live="polite">
      <div className="spread">
        <span id="upload-progress-label">
          <strong>Uploading {percent}%</strong>{" "}
          <span className="muted">
            ({formatBytes(phase.loadedBytes)} of {formatBytes(phase.totalBytes)})
          </span>
        </span>
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          Cancel upload
        </button>
      </div>
      <progress aria-labelledby="upload-progress-label" value={phase.loadedBytes} max={Math.max(phase.totalBytes, 1)} />
    </div>
  );
}
