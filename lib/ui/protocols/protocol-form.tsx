"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import type { ProtocolDto } from "@/lib/domain/api-types";
import { isValidSlug, slugify } from "@/lib/domain/slug";
import { useMe } from "../api/me";
import { useSaveProtocol, type ProtocolInput } from "../api/protocols";
import { Field, inputA11y } from "../components/field";
import { errorFor, fieldErrorsOf, FormProblem, type FieldErrors } from "../components/form-errors";
import { parseTags } from "../format";
import { StepsEditor, type StepDraft } from "./steps-editor";

const CLAIMED = ["/title", "/slug", "/description", "/labSlug", "/visibility", "/tags", "/steps"];
const MAX_DURATION_MINUTES = 60 * 24 * 14;

/** Step drafts for the editor; keys derive from a render-stable prefix so SSR and hydration agree. */
function draftsFrom(protocol: ProtocolDto | undefined, keyPrefix: string): StepDraft[] {
  if (!protocol) return [{ key: `${keyPrefix}0`, title: "", body: "", duration: "" }];
  return [...protocol.steps]
    .sort((a, b) => a.position - b.position)
    .map((s, i) => ({ key: `${keyPrefix}${i}`, title: s.title, body: s.body, duration: s.durationMinutes === null ? "" : String(s.durationMinutes) }));
}

function validateLocally(input: ProtocolInput, drafts: readonly StepDraft[]): FieldErrors {
  const errors: FieldErrors = {};
  if (input.title.length < 3) errors["/title"] = "Title needs at least 3 characters.";
  if (input.slug !== undefined && !isValidSlug(input.slug)) errors["/slug"] = "Use 3–80 lowercase letters, digits or single hyphens.";
  if (input.tags.length > 20) errors["/tags"] = "At most 20 tags.";
  drafts.forEach((d, i) => {
    if (d.title.trim() === "") errors[`/steps/${i}/title`] = "Every step needs a title.";
    const raw = d.duration.trim();
    if (raw !== "") {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0 || n > MAX_DURATION_MINUTES) errors[`/steps/${i}/durationMinutes`] = `Whole minutes between 0 and ${MAX_DURATION_MINUTES}.`;
    }
  });
  return errors;
}

/** Create (`protocol` undefined) or edit a protocol; steps are sent as the complete new list. */
export function ProtocolForm({ protocol }: { protocol?: ProtocolDto }) {
  const router = useRouter();
  const me = useMe();
  const save = useSaveProtocol(protocol?.slug);
  const creating = protocol === undefined;
  const [title, setTitle] = useState(protocol?.title ?? "");
  const [slug, setSlug] = useState("");
  const keyPrefix = `${useId()}step-`;
  const [steps, setSteps] = useState<StepDraft[]>(() => draftsFrom(protocol, keyPrefix));
  const keyCounter = useRef(steps.length);
  const newKey = () => `${keyPrefix}${keyCounter.current++}`;
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const errors: FieldErrors = { ...fieldErrorsOf(save.error), ...localErrors };

  function changeSteps(next: StepDraft[]) {
    // Pointers like /steps/3/title go stale once steps move: drop old errors.
    if (next.length !== steps.length || next.some((s, i) => s.key !== steps[i]?.key)) {
      save.reset();
      setLocalErrors({});
    }
    setSteps(next);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input: ProtocolInput = {
      title: title.trim(),
      description: String(data.get("description") ?? ""),
      labSlug: String(data.get("labSlug") ?? "") || null,
      visibility: data.get("visibility") === "public" ? "public" : "private",
      tags: parseTags(String(data.get("tags") ?? "")),
      steps: steps.map((s) => ({ title: s.title.trim(), body: s.body, durationMinutes: s.duration.trim() === "" ? null : Number(s.duration) })),
    };
    if (creating && slug.trim() !== "") input.slug = slug.trim();
    const local = validateLocally(input, steps);
    setLocalErrors(local);
    if (Object.keys(local).length > 0) return;
    // mutateAsync: navigation must not depend on this form still being mounted when the save lands.
    void save.mutateAsync(input).then(
      (saved) => router.push(`/app/protocols/${saved.slug}`),
      () => undefined,
    );
  }

  const labs = me.data?.labs ?? [];
  const labOptions = protocol?.lab && !labs.some((l) => l.slug === protocol.lab?.slug) ? [protocol.lab, ...labs] : labs;
  const derivedSlug = title.trim() ? slugify(title) : "";
  const hasLocalErrors = Object.keys(localErrors).length > 0;
  const titleError = errorFor(errors, "/title");
  const slugError = errorFor(errors, "/slug");
  const descriptionError = errorFor(errors, "/description");
  const labError = errorFor(errors, "/labSlug");
  const visibilityError = errorFor(errors, "/visibility");
  const tagsError = errorFor(errors, "/tags");
  const slugHint = derivedSlug ? <>Leave empty to use <code>{derivedSlug}</code>.</> : "Leave empty to derive it from the title.";

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={save.isPending}>
      {save.error ? <FormProblem error={save.error} claimed={CLAIMED} title="Could not save the protocol" /> : null}
      {hasLocalErrors && !save.error ? (
        <p className="form-problem" role="alert">
          Some fields need attention.
        </p>
      ) : null}
      <Field id="protocol-title" label="Title" error={titleError}>
        <input {...inputA11y("protocol-title", { error: titleError })} name="title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} required minLength={3} maxLength={200} />
      </Field>
      {creating ? (
        <Field id="protocol-slug" label="Slug" optional hint={slugHint} error={slugError}>
          <input {...inputA11y("protocol-slug", { hint: true, error: slugError })} name="slug" type="text" value={slug} placeholder={derivedSlug} maxLength={80} onChange={(e) => setSlug(e.target.value.toLowerCase())} autoCapitalize="off" spellCheck={false} />
        </Field>
      ) : null}
      <Field id="protocol-description" label="Description" optional hint="Markdown." error={descriptionError}>
        <textarea {...inputA11y("protocol-description", { hint: true, error: descriptionError })} className="markdown" name="description" rows={8} defaultValue={protocol?.description ?? ""} maxLength={50000} />
      </Field>
      <div className="field-row">
        <Field id="protocol-labSlug" label="Lab" error={labError}>
          <select {...inputA11y("protocol-labSlug", { error: labError })} name="labSlug" defaultValue={protocol?.lab?.slug ?? ""}>
            <option value="">None (personal)</option>
            {labOptions.map((lab) => (
              <option key={lab.slug} value={lab.slug}>
                {lab.name}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="fieldset" aria-describedby={visibilityError ? "protocol-visibility-error" : undefined}>
          <legend>Visibility</legend>
          <div className="choices">
            <label className="choice">
              <input type="radio" name="visibility" value="private" defaultChecked={(protocol?.visibility ?? "private") === "private"} />
              Private
            </label>
            <label className="choice">
              <input type="radio" name="visibility" value="public" defaultChecked={protocol?.visibility === "public"} />
              Public once published
            </label>
          </div>
          {visibilityError ? (
            <p className="field-error" id="protocol-visibility-error">
              {visibilityError}
            </p>
          ) : null}
        </fieldset>
      </div>
      <Field id="protocol-tags" label="Tags" optional hint="Comma separated" error={tagsError}>
        <input {...inputA11y("protocol-tags", { hint: true, error: tagsError })} name="tags" type="text" defaultValue={protocol?.tags.join(", ") ?? ""} />
      </Field>
      <StepsEditor steps={steps} onChange={changeSteps} errors={errors} newKey={newKey} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : creating ? "Create protocol" : "Save protocol"}
        </button>
        <Link className="btn btn-ghost" href={creating ? "/app/protocols" : `/app/protocols/${protocol.slug}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
