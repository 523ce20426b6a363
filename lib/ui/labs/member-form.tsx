"use client";

import { useState, type FormEvent } from "react";
import type { LabMemberDto } from "@/lib/domain/api-types";
import { Field, inputA11y } from "../components/field";
import { errorFor, fieldErrorsOf, FormProblem } from "../components/form-errors";
import type { useSetLabMember } from "./lab-mutations";
import { LAB_ROLES, looksLikeEmail, memberChange, memberChangeMessage, type LabRole } from "./member-rules";

const CLAIMED = ["/email", "/role"];

/**
 * Adds a member by account email, or changes a member's role (the API does both on one route;
 * member rows carry no email, so a role change is made by entering the member's email here).
 * The mutation and the success notice belong to the members card, which also runs removals.
 */
export function MemberForm({
  save,
  members,
  notice,
  onSubmit,
  onSaved,
}: {
  save: ReturnType<typeof useSetLabMember>;
  members: readonly LabMemberDto[];
  notice: string | null;
  onSubmit: () => void;
  onSaved: (message: string) => void;
}) {
  const [emailError, setEmailError] = useState<string | undefined>(undefined);
  const errors = fieldErrorsOf(save.error);
  const emailMessage = emailError ?? errorFor(errors, "/email");
  const roleMessage = errorFor(errors, "/role");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get("email") ?? "").trim();
    const role: LabRole = data.get("role") === "owner" ? "owner" : "member";
    onSubmit();
    if (!looksLikeEmail(email)) {
      save.reset();
      setEmailError("Enter the email address of their Cyanea account.");
      return;
    }
    setEmailError(undefined);
    // The list as it was before the call tells an added member from a role change.
    const before = [...members];
    save.mutate(
      { email, role },
      {
        onSuccess: (saved) => {
          const change = memberChange(before, saved);
          onSaved(memberChangeMessage(change, saved));
          if (change === "added") form.reset();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={save.isPending} aria-labelledby="lab-add-member">
      <h3 id="lab-add-member">Add a member or change a role</h3>
      {save.error ? <FormProblem error={save.error} claimed={CLAIMED} title="Could not save the membership" /> : null}
      {notice ? (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      ) : null}
      <Field id="member-email" label="Email" hint="They need a Cyanea account. A current member's email changes their role." error={emailMessage}>
        <input {...inputA11y("member-email", { hint: true, error: emailMessage })} name="email" type="email" required maxLength={320} autoComplete="off" spellCheck={false} />
      </Field>
      <Field id="member-role" label="Role" hint={LAB_ROLES.map((r) => `${r.label}: ${r.help}.`).join(" ")} error={roleMessage}>
        <select {...inputA11y("member-role", { hint: true, error: roleMessage })} name="role" defaultValue="member">
          {LAB_ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" className="btn btn-primary" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save member"}
      </button>
    </form>
  );
}
