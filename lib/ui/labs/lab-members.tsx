"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { LabDto, LabMemberDto } from "@/lib/domain/api-types";
import { useMe } from "../api/me";
import { ConfirmButton } from "../components/confirm-button";
import { FormProblem } from "../components/form-errors";
import { RelativeTime } from "../components/relative-time";
import { useChangeLabMemberRole, useRemoveLabMember, useSetLabMember } from "./lab-mutations";
import { MemberForm } from "./member-form";
import { memberName, sortMembers } from "./member-rules";

type Notice = { from: "save" | "remove" | "role"; text: string } | null;

/**
 * The lab's members. Owners (as the API reports `myRole`) get the add/role form, role and Remove
 * buttons; a plain member may only leave (their own row). The API enforces the same rules: this
 * only hides controls.
 * One action's outcome replaces the other's, so a stale error never sits beside a later success.
 */
export function LabMembers({ lab }: { lab: LabDto }) {
  const router = useRouter();
  const me = useMe();
  const save = useSetLabMember(lab.slug);
  const remove = useRemoveLabMember(lab.slug);
  const changeRole = useChangeLabMemberRole(lab.slug);
  const [notice, setNotice] = useState<Notice>(null);
  if (lab.members === null) return <p className="muted">Only members of this lab can see who belongs to it.</p>;
  const manage = lab.myRole === "owner";
  const myId = me.data?.id;

  function onRoleChange(member: LabMemberDto) {
    const role = member.role === "owner" ? "member" : "owner";
    save.reset();
    remove.reset();
    setNotice(null);
    changeRole.mutate({ userId: member.user.id, role }, { onSuccess: () => setNotice({ from: "role", text: `${memberName(member)} is now ${role === "owner" ? "an owner" : "a member"}.` }) });
  }

  function onRemove(member: LabMemberDto) {
    const leaving = member.user.id === myId;
    save.reset();
    changeRole.reset();
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
      {changeRole.error ? <FormProblem error={changeRole.error} title="Could not change the role" /> : null}
      {/* A save notice shows with the form; if the caller just stepped down, the form is gone. */}
      {notice && (notice.from !== "save" || !manage) ? (
        <p className="notice notice-ok" role="status">
          {notice.text}
        </p>
      ) : null}
      {lab.members.length === 0 ? (
        <p className="muted">No members.</p>
      ) : (
        <MemberList
          lab={lab}
          members={lab.members}
          myId={myId}
          manage={manage}
          onRemove={onRemove}
          onRoleChange={manage ? onRoleChange : undefined}
          removingId={remove.isPending ? remove.variables?.userId : undefined}
          changingId={changeRole.isPending ? changeRole.variables?.userId : undefined}
        />
      )}
      {manage ? (
        <div className="section-tight">
          <MemberForm
            save={save}
            members={lab.members}
            notice={notice?.from === "save" ? notice.text : null}
            onSubmit={() => {
              remove.reset();
              changeRole.reset();
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
  manage,
  onRemove,
  onRoleChange,
  removingId,
  changingId,
}: {
  lab: LabDto;
  members: readonly LabMemberDto[];
  myId: string | undefined;
  /** Owners remove anyone; every member may leave (their own row). */
  manage: boolean;
  onRemove: (member: LabMemberDto) => void;
  /** Absent for readers: no role buttons. */
  onRoleChange?: (member: LabMemberDto) => void;
  removingId: string | undefined;
  changingId: string | undefined;
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
            {manage || self ? (
              <div className="item-meta">
                {onRoleChange ? (
                  <button type="button" className="btn btn-small" disabled={changingId === m.user.id} onClick={() => onRoleChange(m)}>
                    {m.role === "owner" ? "Make member" : "Make owner"}
                  </button>
                ) : null}
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
