"use server";
// Comment actions, shared by the candidate's story view and the mentor's read-only view.
import { revalidatePath } from "next/cache";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import {
  addComment,
  deleteComment,
  editComment,
  markCommentsRead,
  reopenComment,
  resolveComment,
  type CommentRef,
} from "@/lib/server/comments";
import { viewerOrThrow } from "@/lib/server/viewer";

/** Every page that shows this story's comments or its open-comment count. */
function refresh(ref: CommentRef) {
  revalidatePath(`/stories/${ref.storyId}`);
  revalidatePath("/stories");
  revalidatePath(`/mentors/candidates/${ref.candidateId}`, "layout");
}

async function run(fn: (viewer: Awaited<ReturnType<typeof viewerOrThrow>>) => Promise<CommentRef>): Promise<ActionResult<{ id: string }>> {
  return attempt(async () => {
    const ref = await fn(await viewerOrThrow());
    refresh(ref);
    return { id: ref.id };
  });
}

export async function addCommentAction(input: { storyId: string; section: string; body: string; parentId?: string | null }) {
  return run((viewer) => addComment(viewer, input));
}

export async function editCommentAction(input: { id: string; body: string }) {
  return run((viewer) => editComment(viewer, input));
}

export async function deleteCommentAction(id: string) {
  return run((viewer) => deleteComment(viewer, { id }));
}

export async function resolveCommentAction(id: string) {
  return run((viewer) => resolveComment(viewer, { id }));
}

export async function reopenCommentAction(id: string) {
  return run((viewer) => reopenComment(viewer, { id }));
}

/** The owner opened the story: its comments are read, and the navigation's unread badge goes. */
export async function markCommentsReadAction(storyId: string): Promise<ActionResult<null>> {
  return attempt(async () => {
    await markCommentsRead(await viewerOrThrow(), storyId);
    revalidatePath("/", "layout");
    return null;
  });
}
