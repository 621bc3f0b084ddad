"use server";
// Deep-dive comment actions: thin boundaries over lib/server/deep-dive-comments (parse, call, revalidate).
import { revalidatePath } from "next/cache";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import { addDeepDiveComment, deleteDeepDiveComment, setDeepDiveCommentResolved } from "@/lib/server/deep-dive-comments";
import { viewerOrThrow } from "@/lib/server/viewer";

function refresh(projectId: string) {
  revalidatePath(`/projects/${encodeURIComponent(projectId)}/deep-dive`);
}

export async function addDeepDiveCommentAction(input: { projectId: string; section: string; body: string; parentId?: string | null }): Promise<ActionResult<null>> {
  const result = await attempt(async () => {
    const ref = await addDeepDiveComment(await viewerOrThrow(), input);
    refresh(ref.projectId);
    return null;
  }, "Comment added.");
  return result;
}

export async function deleteDeepDiveCommentAction(id: string): Promise<ActionResult<null>> {
  return attempt(async () => {
    refresh((await deleteDeepDiveComment(await viewerOrThrow(), id)).projectId);
    return null;
  });
}

export async function resolveDeepDiveCommentAction(id: string, resolved: boolean): Promise<ActionResult<null>> {
  return attempt(async () => {
    refresh((await setDeepDiveCommentResolved(await viewerOrThrow(), id, resolved ? new Date() : null)).projectId);
    return null;
  });
}
