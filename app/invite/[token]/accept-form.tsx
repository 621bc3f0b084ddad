"use client";
// The one button that turns an invite link into access.
import { useActionState } from "react";
import { Button, FormMessage } from "@/components/ui";
import type { AcceptState } from "@/lib/actions/shares";

export function AcceptInviteForm({ action }: { action: (prev: AcceptState) => Promise<AcceptState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Accepting…" : "Accept invitation"}
      </Button>
    </form>
  );
}
