"use server";
// Story actions: thin boundaries over lib/server/stories.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import { parseInput } from "@/lib/server/parse-input";
import { createStory, deleteStory, saveEditedStory, type EditableStory, type SavedStory } from "@/lib/server/stories";
import { viewerOrThrow } from "@/lib/server/viewer";
import { id as idSchema } from "@/lib/validation/common";

export interface NewStoryState {
  result?: ActionResult<unknown>;
  values?: { title: string; projectId: string };
}

export async function createStoryAction(_prev: NewStoryState, formData: FormData): Promise<NewStoryState> {
  const values = { title: String(formData.get("title") ?? ""), projectId: String(formData.get("projectId") ?? "") };
  const result = await attempt(async () => createStory(await viewerOrThrow(), values));
  if (!result.ok) return { result, values };
  revalidatePath("/stories");
  redirect(`/stories/${result.data.id}`);
}

/** The editor's save; a lost race answers the story as it now is (`conflict.current`), so the user can compare. */
export async function saveStoryAction(payload: unknown): Promise<ActionResult<SavedStory, EditableStory>> {
  const result = await attempt<SavedStory, EditableStory>(async () => saveEditedStory(await viewerOrThrow(), payload));
  if (result.ok) {
    revalidatePath("/stories");
    revalidatePath("/matrix");
  }
  return result;
}

export async function deleteStoryAction(storyId: string): Promise<ActionResult<null>> {
  const result = await attempt(async () => {
    await deleteStory(await viewerOrThrow(), parseInput(idSchema, storyId));
    return null;
  });
  if (result.ok) revalidatePath("/stories");
  return result;
}
