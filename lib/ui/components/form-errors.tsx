"use client";

import { isApiError } from "../api/client";
import { fieldErrorsOf, unclaimedErrors } from "./field-errors";
import { errorDetail } from "./query-state";

export { errorFor, fieldErrorsOf, type FieldErrors } from "./field-errors";

/** The alert at the top of a form: the problem's detail plus any field errors no control shows. */
export function FormProblem({ error, claimed = [], title }: { error: unknown; claimed?: readonly string[]; title?: string }) {
  if (!error) return null;
  const rest = unclaimedErrors(fieldErrorsOf(error), claimed);
  const heading = title ?? (isApiError(error) ? error.title : "Something went wrong");
  return (
    <div className="form-problem" role="alert">
      <p className="state-title">{heading}</p>
      <p className="form-problem-detail">{errorDetail(error)}</p>
      {rest.length > 0 ? (
        <ul>
          {rest.map(([pointer, detail]) => (
            <li key={pointer}>
              <code>{pointer || "/"}</code> {detail}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
