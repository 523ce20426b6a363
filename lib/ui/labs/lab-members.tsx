"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { LabDto, LabMemberDto } from "@/lib/domain/api-types";
import { useMe } from "../api/me";
import { ConfirmButton } from "../components/confirm-button";
import { FormProblem } from "../components/form-errors";
import { RelativeTime } from "../components/relative-time";
import { useRemoveLabMember, useSetLabMember } from "./lab-mutations";
import { MemberForm } from "./member-form";
import { memberName, sortMembers } from "./member-rules";

type Notice = { from: "save" | "remove"; text: string } | null;

/**
 * The lab's members. Owners (as the API reports `myRole`) get the add/role form and Remove
 * buttons; everyone else reads. The API enforces the same rules: this only hides controls.
 * One action's outcome replaces the other's, so a stale error never sits beside a later success.
 */
export function LabMembers({ lab }: { lab: LabDto }) {
  const router = useRouter();
  const me = useMe();
  const save = useSetLabMember(lab.slug);
  const remove = useRemoveLabMember(lab.slug);
  const [notice, setNotice] = useState<Notice>(null);
  if (lab.members === null) return <p className="muted">Only members of this lab can see who belongs to it.</p>;
  const manage = lab.myRole === "owner";
  const myId = me.data?.id;

  function onRemove(member: LabMemberDto) {
    const leaving = member.user.id === myId;
    save.reset();
    setNotice(null);
    remove.mutate(
      { userId: member.user.id, leaving },
      {
        onSuccess: () => {
          if (leaving) router.push("/app/labs");
          else setNotice({ from: "remove", text: `Removed ${memberName(member)} from the lab.` });
        },
      },
    );
  }

  return (
    <>
      {remove.error ? <FormProblem error={remove.error} title="Could not remove the member" /> : null}
      {/* A save notice shows with the form; if the caller just stepped down, the form is gone. */}
      {notice && (notice.from === "remove" || !manage) ? (
        <p className="notice notice-ok" role="status">
          {notice.text}
        </p>
      ) : null}
      {lab.members.length === 0 ? (
        <p className="muted">No members.</p>
      ) : (
        <MemberList lab={lab} members={lab.members} myId={myId} onRemove={manage ? onRemove : undefined} removingId={remove.isPending ? remove.variables?.userId : undefined} />
      )}
      {manage ? (
        <div className="section-tight">
          <MemberForm
            save={save}
            members={lab.members}
            notice={notice?.from === "save" ? notice.text : null}
            onSubmit={() => {
              remove.reset();
              setNotice(null);
            }}
            onSaved={(text) => setNotice({ from: "save", text })}
          />
        </div>
      ) : null}
    </>
  );
}

function MemberList({
  lab,
  members,
  myId,
  onRemove,
  removingId,
}: {
  lab: LabDto;
  members: readonly LabMemberDto[];
  myId: string | undefined;
  /** Absent for readers: no Remove buttons. */
  onRemove?: (member: LabMemberDto) => void;
  removingId: string | undefined;
}) {
  return (
    <ul className="item-list" aria-label="Members">
      {sortMembers(members).map((m) => {
        const self = m.user.id === myId;
        return (
          <li key={m.user.id}>
            <div className="spread">
              <span className="item-title">
                {memberName(m)}
                {self ? <span className="muted small"> (you)</span> : null}
              </span>
              <span className="badge badge-role">{m.role}</span>
            </div>
            <div className="item-meta">
              <span>@{m.user.handle}</span>
              <RelativeTime iso={m.joinedAt} prefix="joined" />
            </div>
            {onRemove ? (
              <div className="item-meta">
                <ConfirmButton
                  label={self ? "Leave lab" : "Remove"}
                  className="btn btn-small btn-danger"
                  question={self ? `Leave ${lab.name}? You lose access to its private work.` : `Remove ${memberName(m)} from ${lab.name}?`}
                  confirmLabel={self ? "Leave" : "Remove member"}
                  pending={removingId === m.user.id}
                  onConfirm={() => onRemove(m)}
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
