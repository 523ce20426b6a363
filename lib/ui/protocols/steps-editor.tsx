"use client";

import { Field, inputA11y } from "../components/field";
import { errorFor, type FieldErrors } from "../components/form-errors";

/** A step being edited; `key` is a client-only identity so React keeps inputs stable on reorder. */
export interface StepDraft {
  key: string;
  title: string;
  body: string;
  /** Raw input text; empty means no duration. */
  duration: string;
}

/** Moves item `from` to `to` (both in range), returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/**
 * The ordered steps editor: add, remove, move up/down; each step has a title, a body and an
 * optional duration in minutes. Errors come keyed by pointer (`/steps/2/title`).
 */
export function StepsEditor({ steps, onChange, errors, newKey }: { steps: readonly StepDraft[]; onChange: (steps: StepDraft[]) => void; errors: FieldErrors; newKey: () => string }) {
  const update = (index: number, patch: Partial<StepDraft>) => onChange(steps.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const add = () => {
    const key = newKey();
    onChange([...steps, { key, title: "", body: "", duration: "" }]);
    // Focus the new step's title once it renders.
    requestAnimationFrame(() => document.getElementById(`${key}-title`)?.focus());
  };
  const listError = errors["/steps"];

  return (
    <fieldset className="fieldset">
      <legend>Steps</legend>
      {listError ? <p className="field-error">{listError}</p> : null}
      {steps.length === 0 ? <p className="muted">No steps yet.</p> : null}
      <ol className="step-editor">
        {steps.map((step, index) => {
          const n = index + 1;
          const titleError = errorFor(errors, `/steps/${index}/title`);
          const bodyError = errorFor(errors, `/steps/${index}/body`);
          const durationError = errorFor(errors, `/steps/${index}/durationMinutes`);
          return (
            <li key={step.key} aria-label={`Step ${n}`}>
              <div className="spread">
                <strong>Step {n}</strong>
                <div className="row">
                  <button type="button" className="btn btn-small" onClick={() => onChange(moveItem(steps, index, index - 1))} disabled={index === 0} aria-label={`Move step ${n} up`}>
                    ↑ Up
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => onChange(moveItem(steps, index, index + 1))} disabled={index === steps.length - 1} aria-label={`Move step ${n} down`}>
                    ↓ Down
                  </button>
                  <button type="button" className="btn btn-small btn-danger" onClick={() => onChange(steps.filter((_, i) => i !== index))} aria-label={`Remove step ${n}`}>
                    Remove
                  </button>
                </div>
              </div>
              <Field id={`${step.key}-title`} label={`Step ${n} title`} error={titleError}>
                <input {...inputA11y(`${step.key}-title`, { error: titleError })} type="text" value={step.title} maxLength={200} required onChange={(e) => update(index, { title: e.target.value })} />
              </Field>
              <Field id={`${step.key}-body`} label={`Step ${n} instructions`} optional error={bodyError}>
                <textarea {...inputA11y(`${step.key}-body`, { error: bodyError })} className="markdown" rows={4} value={step.body} maxLength={20000} onChange={(e) => update(index, { body: e.target.value })} />
              </Field>
              <Field id={`${step.key}-duration`} label={`Step ${n} duration (minutes)`} optional error={durationError}>
                <input
                  {...inputA11y(`${step.key}-duration`, { error: durationError })}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={60 * 24 * 14}
                  step={1}
                  value={step.duration}
                  onChange={(e) => update(index, { duration: e.target.value })}
                  style={{ maxWidth: "10rem" }}
                />
              </Field>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn" onClick={add}>
        + Add step
      </button>
    </fieldset>
  );
}
