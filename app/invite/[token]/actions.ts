"use server";
// Accepting an invite link: a thin boundary over lib/server/shares.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failure } from "@/lib/server/action-result";
import { acceptInvite } from "@/lib/server/shares";
import { viewerOrThrow } from "@/lib/server/viewer";

export interface AcceptState {
  message?: string;
}

export async function acceptInviteAction(token: string, _prev: AcceptState): Promise<AcceptState> {
  let candidateId: string;
  try {
    const viewer = await viewerOrThrow();
    candidateId = (await acceptInvite(viewer, token)).candidateId;
  } catch (error) {
    return { message: failure(error).message };
  }
  revalidatePath("/mentors");
  redirect(`/mentors/candidates/${candidateId}`);
}
