"use client";
// Withdrawing an unused invite link, or ending a mentor's access; both ask first.
import { ConfirmButton } from "@/components/confirm-button";
import { revokeInviteAction, revokeShareAction } from "@/lib/actions/shares";

export function RevokeInviteButton({ inviteId, created }: { inviteId: string; created: string }) {
  return (
    <ConfirmButton
      label={<>Revoke<span className="sr-only"> invite link created {created}</span></>}
      title="Revoke this invite link?"
      body={<p>Nobody will be able to use it. You can create a new link at any time.</p>}
      confirmLabel="Revoke link"
      onConfirm={async () => {
        const result = await revokeInviteAction(inviteId);
        return result.ok ? null : result.message;
      }}
    />
  );
}

export function RevokeShareButton({ shareId, name }: { shareId: string; name: string }) {
  return (
    <ConfirmButton
      label={<>Revoke access<span className="sr-only"> for {name}</span></>}
      title={`Revoke ${name}’s access?`}
      body={<p>{name} will no longer see your stories, loops or comments, starting with their next page load. Their past comments stay on your stories, marked as from a former mentor.</p>}
      confirmLabel="Revoke access"
      onConfirm={async () => {
        const result = await revokeShareAction(shareId);
        return result.ok ? null : result.message;
      }}
    />
  );
}
