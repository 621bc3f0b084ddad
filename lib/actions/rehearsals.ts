"use server";
// Rehearsal actions: thin boundaries over lib/server/rehearsals (the drill card's save, self or mentor mock).
import { revalidatePath } from "next/cache";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import { recordRehearsal } from "@/lib/server/rehearsals";
import { viewerOrThrow } from "@/lib/server/viewer";
import type { RehearsalInput } from "@/lib/validation/rehearsal";

/** Saves one rehearsal; the story page, the stories list, the loops and the practice page then show it. */
export async function saveRehearsal(input: RehearsalInput): Promise<ActionResult<{ id: string }>> {
  const result = await attempt(async () => recordRehearsal(await viewerOrThrow(), input), "Rehearsal saved.");
  if (result.ok) {
    if (input.storyId) revalidatePath(`/stories/${encodeURIComponent(input.storyId)}`);
    revalidatePath("/stories");
    revalidatePath("/loops", "layout");
    revalidatePath("/practice");
    revalidatePath("/questions");
    if (input.candidateId) revalidatePath(`/mentors/${encodeURIComponent(input.candidateId)}`, "layout");
  }
  return result;
}
