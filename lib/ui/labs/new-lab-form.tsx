"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { slugify } from "@/lib/domain/slug";
import { Field, inputA11y } from "../components/field";
import { errorFor, FormProblem, type FieldErrors } from "../components/form-errors";
import { LAB_FORM_POINTERS, labFieldErrors, labInputFrom, validateLabInput, type LabInput } from "./lab-form-rules";
import { useCreateLab } from "./lab-mutations";

const str = (data: FormData, name: string) => String(data.get(name) ?? "");

/** Creates a lab (the caller becomes its owner), then opens it. */
export function NewLabForm({ onCancel }: { onCancel: () => void }) {
  const router = useRouter();
  const create = useCreateLab();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [sent, setSent] = useState<LabInput | undefined>(undefined);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...labFieldErrors(create.error, sent), ...localErrors };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const input = labInputFrom({ name, slug, description: str(data, "description"), institution: str(data, "institution"), visibility: str(data, "visibility") });
    const local = validateLabInput(input);
    setLocalErrors(local);
    if (Object.keys(local).length > 0) {
      create.reset();
      return;
    }
    setSent(input);
    // mutateAsync: navigation must not depend on this form still being mounted when the lab lands.
    void create.mutateAsync(input).then(
      (lab) => router.push(`/app/labs/${lab.slug}`),
      () => undefined,
    );
  }

  const derivedSlug = name.trim().length > 0 ? slugify(name.trim()) : "";
  const nameError = errorFor(errors, "/name");
  const slugError = errorFor(errors, "/slug");
  const institutionError = errorFor(errors, "/institution");
  const descriptionError = errorFor(errors, "/description");
  const visibilityError = errorFor(errors, "/visibility");
  const slugHint = derivedSlug ? (
    <>
      The lab&apos;s address, <code>/app/labs/{slug.trim() || derivedSlug}</code>. Leave empty to use <code>{derivedSlug}</code>.
    </>
  ) : (
    "The lab's address. Leave empty to derive it from the name."
  );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={create.isPending} aria-label="New lab">
      {create.error ? <FormProblem error={create.error} claimed={LAB_FORM_POINTERS} title="Could not create the lab" /> : null}
      {Object.keys(localErrors).length > 0 && !create.error ? (
        <p className="form-problem" role="alert">
          Some fields need attention.
        </p>
      ) : null}
      <Field id="lab-name" label="Name" error={nameError}>
        <input {...inputA11y("lab-name", { error: nameError })} name="name" type="text" value={name} onChange={(e) => setName(e.target.value)} required minLength={3} maxLength={120} autoComplete="off" autoFocus />
      </Field>
      <Field id="lab-slug" label="Slug" optional hint={slugHint} error={slugError}>
        <input {...inputA11y("lab-slug", { hint: true, error: slugError })} name="slug" type="text" value={slug} placeholder={derivedSlug} maxLength={80} onChange={(e) => setSlug(e.target.value.toLowerCase())} autoCapitalize="off" autoComplete="off" spellCheck={false} />
      </Field>
      <Field id="lab-institution" label="Institution" optional error={institutionError}>
        <input {...inputA11y("lab-institution", { error: institutionError })} name="institution" type="text" maxLength={200} autoComplete="organization" />
      </Field>
      <Field id="lab-description" label="Description" optional hint="What the lab works on; shown on the lab's page." error={descriptionError}>
        <textarea {...inputA11y("lab-description", { hint: true, error: descriptionError })} name="description" rows={4} maxLength={5000} />
      </Field>
      <fieldset className="fieldset" aria-describedby={visibilityError ? "lab-visibility-error" : undefined}>
        <legend>Visibility</legend>
        <label className="choice choice-block">
          <input type="radio" name="visibility" value="public" defaultChecked />
          <span>
            <strong>Public</strong> <span className="muted small">— anyone can find the lab; only members see who belongs to it</span>
          </span>
        </label>
        <label className="choice choice-block">
          <input type="radio" name="visibility" value="private" />
          <span>
            <strong>Private</strong> <span className="muted small">— only members know the lab exists</span>
          </span>
        </label>
        {visibilityError ? (
          <p className="field-error" id="lab-visibility-error">
            {visibilityError}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create lab"}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
