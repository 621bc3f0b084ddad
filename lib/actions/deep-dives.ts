"use server";
// Deep-dive actions: thin boundaries over lib/server/deep-dives (parse, call, revalidate, answer an ActionResult).
import { revalidatePath } from "next/cache";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import { saveDeepDive, type DeepDiveRecord, type SavedDeepDive } from "@/lib/server/deep-dives";
import { viewerOrThrow } from "@/lib/server/viewer";

/** The worksheet's save; a lost race answers the worksheet as it now is (`conflict.current`), so the user can compare. */
export async function saveDeepDiveAction(payload: unknown): Promise<ActionResult<SavedDeepDive, DeepDiveRecord>> {
  const result = await attempt<SavedDeepDive, DeepDiveRecord>(async () => saveDeepDive(await viewerOrThrow(), payload));
  if (result.ok) {
    revalidatePath("/projects", "layout");
    revalidatePath("/loops", "layout");
  }
  return result;
}
