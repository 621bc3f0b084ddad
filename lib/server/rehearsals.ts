// Rehearsals: recording a practice telling (the candidate for themself, or a mentor with an active share for the
// candidate: a mock interview) and reading the history (owner or active mentor). DESIGN §6.
import "server-only";
import { db } from "./db";
import { accessTo, assertCanRead } from "./access";
import { InputError, NotFoundError } from "./errors";
import { parseInput } from "./parse-input";
import { assertRoomFor } from "./limits";
import { decodePrinciples } from "./json-text";
import type { Viewer } from "./viewer";
import { rehearsalFilter, rehearsalInput, type RehearsalFilter } from "@/lib/validation/rehearsal";
import { SHIPPED_QUESTIONS } from "@/lib/domain/questions";
import { principleName } from "@/lib/domain/principles";
import {
  questionLedger,
  rehearsalStats,
  type LedgerEntry,
  type RatedBy,
  type Rehearsal,
  type RehearsalCount,
  type RehearsalStats,
} from "@/lib/domain/rehearsal";
import type { PrincipleCode, StoryStatus, Weight } from "@/lib/domain/types";
import { weakSpots, type WeakSpot } from "@/lib/domain/weak-spots";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One rehearsal as pages show it: the domain row plus who rated it, by name. */
export interface RehearsalRecord extends Rehearsal {
  /** The rater's display name: the candidate's own, or the mentor's (their current name, else the one kept then). */
  raterDisplayName: string;
  byMentor: boolean;
}

const SHIPPED_BY_ID = new Map(SHIPPED_QUESTIONS.map((q) => [q.id, q]));

const rehearsalSelect = {
  id: true,
  storyId: true,
  questionId: true,
  questionText: true,
  principle: true,
  roundId: true,
  durationSeconds: true,
  ratingSituation: true,
  ratingAction: true,
  ratingResult: true,
  ratingLearnings: true,
  note: true,
  ratedBy: true,
  raterName: true,
  createdAt: true,
  rater: { select: { name: true } },
  user: { select: { name: true } },
} satisfies Prisma.RehearsalSelect;

type RehearsalRow = Prisma.RehearsalGetPayload<{ select: typeof rehearsalSelect }>;

export function toRehearsal(row: Omit<RehearsalRow, "rater" | "user">): Rehearsal {
  return {
    id: row.id,
    storyId: row.storyId,
    questionId: row.questionId,
    questionText: row.questionText,
    principle: row.principle as PrincipleCode,
    roundId: row.roundId,
    durationSeconds: row.durationSeconds,
    ratings: { situation: row.ratingSituation, action: row.ratingAction, result: row.ratingResult, learnings: row.ratingLearnings },
    note: row.note,
    ratedBy: (row.ratedBy === "mentor" ? "mentor" : "self") as RatedBy,
    raterName: row.raterName,
    createdAt: row.createdAt,
  };
}

function toRecord(row: RehearsalRow): RehearsalRecord {
  const r = toRehearsal(row);
  const byMentor = r.ratedBy === "mentor";
  const raterDisplayName = byMentor ? row.rater?.name || row.raterName || "A mentor" : row.user.name;
  return { ...r, raterDisplayName, byMentor };
}

/** The question's text and principles: a shipped one, or one of the candidate's own; NotFound otherwise. */
async function findQuestion(candidateId: string, questionId: string): Promise<{ text: string; principles: PrincipleCode[] }> {
  const shipped = SHIPPED_BY_ID.get(questionId);
  if (shipped) return { text: shipped.text, principles: shipped.principles };
  const own = await db.question.findFirst({ where: { id: questionId, userId: candidateId }, select: { text: true, principles: true } });
  if (!own) throw new NotFoundError("That question does not exist or is not in this bank.");
  return { text: own.text, principles: decodePrinciples(own.principles) };
}

/**
 * Records one rehearsal. The candidate rates themself; a mentor with an active share rates for `candidateId`
 * (a mock interview). Story, question and round must be the candidate's (or the question shipped); anything
 * else is NotFound, so a stranger learns nothing. The principle must be one the question asks about.
 */
export async function recordRehearsal(viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(rehearsalInput, raw);
  const candidateId = input.candidateId ?? viewer.id;
  const access = await accessTo(viewer, candidateId);
  if (!access) throw new NotFoundError("That candidate does not share their bank with you.");

  if (input.storyId !== null) {
    const story = await db.story.findFirst({ where: { id: input.storyId, userId: candidateId }, select: { id: true } });
    if (!story) throw new NotFoundError("That story does not exist or is not in this bank.");
  }
  const question = await findQuestion(candidateId, input.questionId);
  if (!question.principles.includes(input.principle)) {
    const message = `That question does not ask about ${principleName(input.principle)}; drill it under one of its own principles.`;
    throw new InputError(message, { principle: [message] });
  }
  if (input.roundId != null) {
    const round = await db.round.findFirst({ where: { id: input.roundId, loop: { userId: candidateId } }, select: { id: true } });
    if (!round) throw new NotFoundError("That round does not exist or is not in this bank.");
  }
  await assertRoomFor(candidateId, "rehearsals");

  const byMentor = access === "mentor";
  return db.rehearsal.create({
    data: {
      userId: candidateId,
      storyId: input.storyId,
      questionId: input.questionId,
      questionText: question.text,
      principle: input.principle,
      roundId: input.roundId ?? null,
      durationSeconds: input.durationSeconds,
      ratingSituation: input.ratings.situation,
      ratingAction: input.ratings.action,
      ratingResult: input.ratings.result,
      ratingLearnings: input.ratings.learnings,
      note: input.note,
      ratedBy: byMentor ? "mentor" : "self",
      ratedById: viewer.id,
      raterName: byMentor ? viewer.name : "",
    },
    select: { id: true },
  });
}

/** A candidate's rehearsals, newest first (owner or active mentor; NotFound for anyone else). */
export async function listRehearsals(viewer: Viewer, candidateId: string = viewer.id, filter: RehearsalFilter = {}): Promise<RehearsalRecord[]> {
  const f = parseInput(rehearsalFilter, filter);
  await assertCanRead(viewer, candidateId);
  const rows = await db.rehearsal.findMany({
    where: { userId: candidateId, ...(f.storyId ? { storyId: f.storyId } : {}), ...(f.questionId ? { questionId: f.questionId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit,
    select: rehearsalSelect,
  });
  return rows.map(toRecord);
}

/** Every rehearsal of the candidate as domain rows, oldest first (weak spots, the ledger, the report). */
export async function loadRehearsals(candidateId: string, since?: Date): Promise<Rehearsal[]> {
  const { rater: _r, user: _u, ...select } = rehearsalSelect;
  const rows = await db.rehearsal.findMany({
    where: { userId: candidateId, ...(since ? { createdAt: { gte: since } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select,
  });
  return rows.map(toRehearsal);
}

/** Per story: how often and when last rehearsed, in one grouped query (the stories list's "least rehearsed"). */
export async function rehearsalCounts(viewer: Viewer, candidateId: string = viewer.id): Promise<Map<string, RehearsalCount>> {
  await assertCanRead(viewer, candidateId);
  return countRehearsals(candidateId);
}

export async function countRehearsals(candidateId: string): Promise<Map<string, RehearsalCount>> {
  const groups = await db.rehearsal.groupBy({
    by: ["storyId"],
    where: { userId: candidateId, storyId: { not: null } },
    _count: { _all: true },
    _max: { createdAt: true },
  });
  return new Map(groups.map((g) => [g.storyId as string, { times: g._count._all, lastAt: g._max.createdAt ?? null }]));
}

/** A story's rehearsal summary and its rehearsals, newest first (owner or active mentor). */
export async function getStoryRehearsals(viewer: Viewer, storyId: string): Promise<{ stats: RehearsalStats; rehearsals: RehearsalRecord[] }> {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { id: true, userId: true, situation: true, task: true, action: true, result: true, learnings: true },
  });
  if (!story) throw new NotFoundError();
  await assertCanRead(viewer, story.userId);
  const rows = await db.rehearsal.findMany({ where: { storyId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: rehearsalSelect });
  const rehearsals = rows.map(toRecord);
  return { stats: rehearsalStats(story, rehearsals), rehearsals };
}

/** The question ledger of a candidate (owner or active mentor): per drilled question, the last drill. */
export async function getQuestionLedger(viewer: Viewer, candidateId: string = viewer.id): Promise<LedgerEntry[]> {
  await assertCanRead(viewer, candidateId);
  return questionLedger(await loadRehearsals(candidateId));
}

/** The weak-spots queue of a candidate (owner or active mentor), most urgent first. */
export async function getWeakSpots(viewer: Viewer, candidateId: string = viewer.id, now = new Date()): Promise<WeakSpot[]> {
  await assertCanRead(viewer, candidateId);
  const [stories, rehearsals] = await Promise.all([
    db.story.findMany({ where: { userId: candidateId }, select: { id: true, title: true, status: true, principles: { select: { code: true, weight: true } } } }),
    loadRehearsals(candidateId),
  ]);
  const plain = stories.map((s) => ({
    id: s.id,
    title: s.title,
    status: s.status as StoryStatus,
    principles: s.principles.map((p) => ({ code: p.code as PrincipleCode, weight: p.weight as Weight })),
  }));
  return weakSpots(plain, rehearsals, now);
}
