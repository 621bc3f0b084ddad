"use server";
// Question bank actions: thin boundaries over lib/server/questions.
import { revalidatePath } from "next/cache";
import { attempt, type ActionResult } from "@/lib/server/action-result";
import { parseInput } from "@/lib/server/parse-input";
import { addQuestion, deleteQuestion } from "@/lib/server/questions";
import { viewerOrThrow } from "@/lib/server/viewer";
import { id as idSchema } from "@/lib/validation/common";

export interface QuestionFormState {
  result?: ActionResult<unknown>;
  values?: { text: string; principles: string[] };
}

export async function addQuestionAction(_prev: QuestionFormState, formData: FormData): Promise<QuestionFormState> {
  const values = { text: String(formData.get("text") ?? ""), principles: formData.getAll("principles").map(String) };
  const result = await attempt(async () => addQuestion(await viewerOrThrow(), values), "Question added.");
  if (!result.ok) return { result, values };
  revalidatePath("/questions");
  return { result };
}

export async function deleteQuestionAction(questionId: string): Promise<ActionResult<null>> {
  const result = await attempt(async () => {
    await deleteQuestion(await viewerOrThrow(), parseInput(idSchema, questionId));
    return null;
  });
  if (result.ok) revalidatePath("/questions");
  return result;
}
