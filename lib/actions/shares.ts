"use server";
// Share actions: create an invite link, withdraw it, accept one (the invite page), end a mentor's access.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import { parseInput } from "@/lib/server/parse-input";
import { acceptInvite, createInvite, revokeInvite, revokeShare } from "@/lib/server/shares";
import { viewerOrThrow } from "@/lib/server/viewer";
import { inviteIdSchema, shareIdSchema } from "@/lib/validation/share";

export async function createInviteAction(): Promise<ActionResult<{ token: string; expiresAt: string }>> {
  const result = await attempt(async () => {
    const invite = await createInvite(await viewerOrThrow());
    return { token: invite.token, expiresAt: invite.expiresAt.toISOString() };
  });
  if (result.ok) revalidatePath("/mentors");
  return result;
}

export async function revokeInviteAction(inviteId: string): Promise<ActionResult> {
  const result = await attempt(async () => {
    await revokeInvite(await viewerOrThrow(), parseInput(inviteIdSchema, { inviteId }).inviteId);
    return undefined;
  });
  if (result.ok) revalidatePath("/mentors");
  return result;
}

export async function revokeShareAction(shareId: string): Promise<ActionResult> {
  const result = await attempt(async () => {
    await revokeShare(await viewerOrThrow(), parseInput(shareIdSchema, { shareId }).shareId);
    return undefined;
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export interface AcceptState {
  message?: string;
}

export async function acceptInviteAction(token: string, _prev: AcceptState): Promise<AcceptState> {
  const result = await attempt(async () => acceptInvite(await viewerOrThrow(), token));
  if (!result.ok) return { message: result.message };
  revalidatePath("/mentors");
  redirect(`/mentors/candidates/${result.data.candidateId}`);
}
