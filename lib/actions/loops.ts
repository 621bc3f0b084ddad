"use server";
// Loop actions: thin boundaries over lib/server/loops (parse, call, revalidate, answer an ActionResult).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import {
  addRound,
  assignSlot,
  clearSlot,
  createLoopFromTemplate,
  deleteLoop,
  moveRound,
  planForMe,
  removeRound,
  setRoundProject,
  undoPlan,
  updateLoop,
  updateRound,
  type PlanResult,
} from "@/lib/server/loops";
import { viewerOrThrow } from "@/lib/server/viewer";
import { principleName } from "@/lib/domain/principles";
import { loopFormValues, roundFormValues, type AssignSlotInput, type SlotInput, type UndoPlanInput } from "@/lib/validation/loop";

export type LoopFormState = ActionResult<unknown> | null;

/** Refreshes the list and the loop's page (`loopId` only names the page; lib/server checked the write itself). */
function refresh(loopId: string) {
  revalidatePath(`/loops/${encodeURIComponent(loopId)}`);
  revalidatePath("/loops");
}

export async function createLoopAction(_prev: LoopFormState, formData: FormData): Promise<LoopFormState> {
  const result = await attempt(async () => createLoopFromTemplate(await viewerOrThrow(), loopFormValues(formData)));
  if (!result.ok) return result;
  revalidatePath("/loops");
  redirect(`/loops/${result.data.id}`);
}

export async function updateLoopAction(loopId: string, _prev: LoopFormState, formData: FormData): Promise<LoopFormState> {
  const result = await attempt(async () => updateLoop(await viewerOrThrow(), loopId, loopFormValues(formData)), "Details saved.");
  if (result.ok) refresh(loopId);
  return result;
}

/** Deletes the loop and goes back to the list; answers an error message when it could not. */
export async function deleteLoopAction(loopId: string): Promise<string | undefined> {
  const result = await attempt(async () => deleteLoop(await viewerOrThrow(), loopId));
  if (!result.ok) return result.message;
  revalidatePath("/loops");
  redirect("/loops");
}

export async function addRoundAction(loopId: string, _prev: LoopFormState, formData: FormData): Promise<LoopFormState> {
  const result = await attempt(async () => addRound(await viewerOrThrow(), loopId, roundFormValues(formData)), "Round added.");
  if (result.ok) refresh(loopId);
  return result;
}

export async function updateRoundAction(loopId: string, roundId: string, _prev: LoopFormState, formData: FormData): Promise<LoopFormState> {
  const result = await attempt(async () => updateRound(await viewerOrThrow(), roundId, roundFormValues(formData)));
  if (!result.ok) return result;
  refresh(loopId);
  const removed = result.data.removedPrinciples;
  const message =
    removed.length === 0
      ? "Round saved."
      : `Round saved. Removed the planned ${removed.length === 1 ? "story" : "stories"} for ${removed.map(principleName).join(", ")}, no longer in focus.`;
  return { ...result, message };
}

export async function removeRoundAction(loopId: string, roundId: string): Promise<string | undefined> {
  const result = await attempt(async () => removeRound(await viewerOrThrow(), roundId));
  if (!result.ok) return result.message;
  refresh(loopId);
}

export async function moveRoundAction(loopId: string, roundId: string, direction: "up" | "down"): Promise<ActionResult<void>> {
  const result = await attempt(async () => moveRound(await viewerOrThrow(), { roundId, direction }));
  if (result.ok) refresh(loopId);
  return result;
}

export async function assignSlotAction(loopId: string, input: AssignSlotInput): Promise<ActionResult<void>> {
  const result = await attempt(async () => assignSlot(await viewerOrThrow(), input), "Saved.");
  if (result.ok) refresh(loopId);
  return result;
}

export async function clearSlotAction(loopId: string, input: SlotInput): Promise<ActionResult<void>> {
  const result = await attempt(async () => clearSlot(await viewerOrThrow(), input), "Cleared.");
  if (result.ok) refresh(loopId);
  return result;
}

export async function planForMeAction(loopId: string): Promise<ActionResult<PlanResult>> {
  const result = await attempt(async () => planForMe(await viewerOrThrow(), loopId));
  if (result.ok) refresh(loopId);
  return result;
}

export async function undoPlanAction(input: UndoPlanInput): Promise<ActionResult<{ removed: number; backupsCleared: number }>> {
  const result = await attempt(async () => undoPlan(await viewerOrThrow(), input));
  if (result.ok) refresh(input.loopId);
  return result;
}

/** A deep-dive round's project picker (null clears it). */
export async function setRoundProjectAction(loopId: string, roundId: string, projectId: string | null): Promise<ActionResult<null>> {
  const result = await attempt(async () => {
    await setRoundProject(await viewerOrThrow(), { roundId, projectId });
    return null;
  }, "Project saved.");
  if (result.ok) refresh(loopId);
  return result;
}
