"use server";
// Accepting an invite link: a thin boundary over lib/server/shares.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt } from "@/lib/server/action-result";
import { acceptInvite } from "@/lib/server/shares";
import { viewerOrThrow } from "@/lib/server/viewer";

export interface AcceptState {
  message?: string;
}

export async function acceptInviteAction(token: string, _prev: AcceptState): Promise<AcceptState> {
  const result = await attempt(async () => acceptInvite(await viewerOrThrow(), token));
  if (!result.ok) return { message: result.message };
  revalidatePath("/mentors");
  redirect(`/mentors/candidates/${result.data.candidateId}`);
}
