// The question bank: the shipped questions (lib/domain/questions.ts) plus the user's own.
import "server-only";
import { assertRoomFor } from "./limits";
import { db } from "./db";
import { assertCanRead } from "./access";
import { NotFoundError } from "./errors";
import { parseInput } from "./parse-input";
import { decodePrinciples, encodePrinciples } from "./json-text";
import type { Viewer } from "./viewer";
import { questionInputSchema } from "@/lib/validation/question";
import type { PrincipleCode } from "@/lib/domain/types";

export interface OwnQuestion {
  id: string;
  text: string;
  principles: PrincipleCode[];
}

export async function listOwnQuestions(viewer: Viewer, candidateId = viewer.id): Promise<OwnQuestion[]> {
  await assertCanRead(viewer, candidateId);
  const rows = await db.question.findMany({ where: { userId: candidateId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({ id: r.id, text: r.text, principles: decodePrinciples(r.principles) }));
}

export async function addQuestion(viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(questionInputSchema, raw);
  await assertRoomFor(viewer.id, "questions");
  return db.question.create({
    data: { userId: viewer.id, text: input.text, principles: encodePrinciples(input.principles) },
    select: { id: true },
  });
}

export async function deleteQuestion(viewer: Viewer, id: string): Promise<void> {
  const { count } = await db.question.deleteMany({ where: { id, userId: viewer.id } });
  if (count === 0) throw new NotFoundError();
}
