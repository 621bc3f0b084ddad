// Stories: reading (owner or mentor), saving with optimistic concurrency (owner only).
import "server-only";
import { db } from "./db";
import { assertFollowUpRoom, assertRoomFor } from "./limits";
import { accessTo, assertCanRead, assertCanWrite, type Access } from "./access";
import { ConflictError, InputError, NotFoundError } from "./errors";
import { parseInput } from "./parse-input";
import { decodePrinciples } from "./json-text";
import { listProjectTitles } from "./projects";
import { assessStoryOnce } from "./assessments";
import { readDetails, readHeadRows, readSectionRows, readStoryRows, readTags, sortPrinciples, toFollowUp, toMetric } from "./story-reads";
import type { Viewer } from "./viewer";
import { saveStorySchema, storyInputSchema, type StoryInput } from "@/lib/validation/story";
import type { FollowUp, PrincipleCode, Story, StoryStatus } from "@/lib/domain/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkStory, countsAsReady, readyBlockedBy, readyBlockedShort } from "@/lib/domain/quality";

const storyInclude = {
  principles: true,
  angles: true,
  metrics: { orderBy: { position: "asc" } },
  followUps: { orderBy: { position: "asc" } },
} satisfies Prisma.StoryInclude;

type StoryDbRow = Prisma.StoryGetPayload<{ include: typeof storyInclude }>;

export interface StoryRecord extends Story {
  headline: string;
  shortVersion: string;
  followUps: FollowUp[];
  ownerId: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A story's row (from Prisma or from story-reads' plain SQL) with its tags, metrics and follow-ups, as the app holds it. */
function storyRecord(
  row: Omit<StoryDbRow, "principles" | "angles" | "metrics" | "followUps">,
  parts: Pick<StoryRecord, "principles" | "angles" | "metrics" | "followUps">,
): StoryRecord {
  return {
    id: row.id,
    ownerId: row.userId,
    projectId: row.projectId,
    title: row.title,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    learnings: row.learnings,
    status: row.status as StoryStatus,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    angles: parts.angles,
    principles: parts.principles,
    metrics: parts.metrics,
    headline: row.headline,
    shortVersion: row.shortVersion,
    followUps: parts.followUps,
  };
}

export function toStory(row: StoryDbRow): StoryRecord {
  return storyRecord(row, {
    angles: row.angles.map((a) => a.angle).sort(),
    principles: sortPrinciples(row.principles),
    metrics: row.metrics.map(toMetric),
    followUps: row.followUps.map(toFollowUp),
  });
}

/** Every story of a candidate (owner, or a mentor with an active share), newest first. */
export async function listStories(viewer: Viewer, candidateId = viewer.id): Promise<StoryRecord[]> {
  await assertCanRead(viewer, candidateId);
  const [rows, { principlesOf, anglesOf }, { metricsOf, followUpsOf }] = await Promise.all([
    readStoryRows(candidateId),
    readTags(candidateId),
    readDetails(candidateId),
  ]);
  return rows.map((row) =>
    storyRecord(row, { angles: anglesOf(row.id), principles: principlesOf(row.id), metrics: metricsOf(row.id), followUps: followUpsOf(row.id) }),
  );
}

export async function getStory(viewer: Viewer, id: string): Promise<StoryRecord & { access: Access; projectTitle: string }> {
  const row = await db.story.findUnique({ where: { id }, include: { ...storyInclude, project: { select: { title: true } } } });
  if (!row) throw new NotFoundError();
  const access = await accessTo(viewer, row.userId);
  if (!access) throw new NotFoundError();
  return { ...toStory(row), access, projectTitle: row.project.title };
}

async function assertOwnProject(viewer: Viewer, projectId: string) {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { userId: true } });
  if (!project || project.userId !== viewer.id) {
    throw new InputError("Choose one of your projects.", { projectId: ["Choose one of your projects."] });
  }
}

function childRows(input: StoryInput) {
  return {
    principles: { create: input.principles.map((p) => ({ code: p.code, weight: p.weight })) },
    angles: { create: input.angles.map((angle) => ({ angle })) },
    metrics: {
      create: input.metrics.map((m, position) => ({
        position,
        label: m.label,
        unit: m.unit,
        before: m.before,
        after: m.after,
        direction: m.direction,
      })),
    },
    followUps: {
      create: input.followUps.map((f, position) => ({
        position,
        question: f.question,
        answer: f.answer,
        source: f.source,
        suggestionKey: f.source === "suggested" ? f.suggestionKey : null,
      })),
    },
  };
}

function scalarFields(input: StoryInput) {
  const { principles: _p, angles: _a, metrics: _m, followUps: _f, ...scalars } = input;
  return scalars;
}

/** Refuses to mark a story ready while an error finding stands, saying which (DESIGN §3: ready is the user's call). */
async function assertReadyAllowed(viewer: Viewer, input: StoryInput) {
  if (input.status !== "ready") return;
  const findings = checkStory(input, { barRaiserPrinciples: await barRaiserPrinciples(viewer) });
  const blocked = readyBlockedBy(findings);
  if (blocked) throw new InputError(blocked, { status: [readyBlockedShort(findings) ?? blocked] });
}

export async function createStory(viewer: Viewer, raw: unknown): Promise<{ id: string; version: number }> {
  const input = parseInput(storyInputSchema, raw);
  await assertOwnProject(viewer, input.projectId);
  await assertReadyAllowed(viewer, input);
  await assertRoomFor(viewer.id, "stories");
  await assertFollowUpRoom(viewer.id, null, input.followUps.length);
  const row = await db.story.create({
    data: { ...scalarFields(input), userId: viewer.id, ...childRows(input) },
    select: { id: true, version: true },
  });
  return row;
}

/**
 * Saves a story if nobody saved it since `version`; otherwise ConflictError, nothing written.
 * The version check and every child row change happen in one transaction.
 */
export async function saveStory(
  viewer: Viewer,
  id: string,
  version: number,
  raw: unknown,
): Promise<{ version: number; updatedAt: Date }> {
  const input = parseInput(storyInputSchema, raw);
  const existing = await db.story.findUnique({ where: { id }, select: { userId: true } });
  if (!existing) throw new NotFoundError();
  await assertCanWrite(viewer, existing.userId);
  await assertOwnProject(viewer, input.projectId);
  await assertReadyAllowed(viewer, input);
  return db.$transaction(async (tx) => {
    await assertFollowUpRoom(viewer.id, id, input.followUps.length, tx);
    const bumped = await tx.story.updateMany({
      where: { id, userId: viewer.id, version },
      data: { ...scalarFields(input), version: { increment: 1 } },
    });
    if (bumped.count !== 1) {
      throw new ConflictError(
        "Someone saved this story after you opened it (perhaps in another tab). Your text is still here: compare and keep yours, or load theirs.",
      );
    }
    await tx.storyPrinciple.deleteMany({ where: { storyId: id } });
    await tx.storyAngle.deleteMany({ where: { storyId: id } });
    await tx.metric.deleteMany({ where: { storyId: id } });
    await tx.followUp.deleteMany({ where: { storyId: id } });
    const updated = await tx.story.update({
      where: { id },
      data: childRows(input),
      select: { version: true, updatedAt: true },
    });
    return updated;
  });
}

export async function deleteStory(viewer: Viewer, id: string): Promise<void> {
  const existing = await db.story.findUnique({ where: { id }, select: { userId: true } });
  if (!existing) throw new NotFoundError();
  await assertCanWrite(viewer, existing.userId);
  await db.story.delete({ where: { id } });
}

/** Principles of the candidate's bar-raiser rounds (Q6 asks learnings for those). */
export async function barRaiserPrinciples(viewer: Viewer, candidateId = viewer.id): Promise<PrincipleCode[]> {
  await assertCanRead(viewer, candidateId);
  const rounds = await db.$queryRaw<{ focus: string }[]>`
    SELECT r."focus" FROM "Round" r JOIN "Loop" l ON l."id" = r."loopId" WHERE l."userId" = ${candidateId} AND r."kind" = 'bar-raiser'`;
  const codes = new Set<PrincipleCode>();
  for (const r of rounds) for (const c of decodePrinciples(r.focus)) codes.add(c);
  return [...codes];
}

/** Whether the story is planned (in a slot its round still focuses on) in a bar-raiser round of one of the candidate's loops. */
export async function isPlannedInBarRaiser(viewer: Viewer, storyId: string, candidateId = viewer.id): Promise<boolean> {
  await assertCanRead(viewer, candidateId);
  const rows = await db.assignment.findMany({
    where: { storyId, round: { kind: "bar-raiser", loop: { userId: candidateId } } },
    select: { principle: true, round: { select: { focus: true } } },
  });
  return rows.some((a) => (decodePrinciples(a.round.focus) as string[]).includes(a.principle));
}

export interface StoryRow extends StoryRecord {
  readiness: number;
  findingCount: number;
  /** Marked ready while an error finding stands (possible only through import): counts as a draft. */
  readyWithErrors: boolean;
  projectTitle: string;
}

export type ListedStory = StoryRecord & { projectTitle: string };

/**
 * The stories list before rating: every story with its project title, and `rate`, which runs the quality
 * checks on one story (a page rates only the rows it shows unless it sorts by readiness).
 */
export async function listStoriesToRate(viewer: Viewer, candidateId = viewer.id): Promise<{ stories: ListedStory[]; rate: (s: ListedStory) => StoryRow }> {
  const [stories, projects, barRaiser] = await Promise.all([
    listStories(viewer, candidateId),
    listProjectTitles(viewer, candidateId),
    barRaiserPrinciples(viewer, candidateId),
  ]);
  const titles = new Map(projects.map((p) => [p.id, p.title]));
  const rate = (s: ListedStory): StoryRow => rateStory(s, barRaiser);
  return { stories: stories.map((s) => ({ ...s, projectTitle: titles.get(s.projectId) ?? "" })), rate };
}

/**
 * A story as the stories list filters it, before rating: no metrics, and no section text unless a search needs it
 * (`withText: false` leaves the sections empty, so such heads must not be searched). Reading every section of a
 * 200-story bank on every view was most of the page's database time; only the rows shown are read whole (rateStories).
 */
export type StoryHead = Omit<ListedStory, "metrics" | "ownerId" | "version" | "createdAt" | "shortVersion" | "followUps">;

export async function listStoryHeads(viewer: Viewer, { withText }: { withText: boolean }, candidateId = viewer.id): Promise<StoryHead[]> {
  await assertCanRead(viewer, candidateId);
  // The project titles from the request's one read of the projects (the page lists them too): no join per story.
  const [rows, { principlesOf, anglesOf }, projects] = await Promise.all([
    readHeadRows(candidateId, withText),
    readTags(candidateId),
    listProjectTitles(viewer, candidateId),
  ]);
  const titles = new Map(projects.map((p) => [p.id, p.title]));
  return rows.map((row) => ({
    id: row.id,
    projectId: row.projectId,
    projectTitle: titles.get(row.projectId) ?? "",
    title: row.title,
    status: row.status as StoryStatus,
    updatedAt: row.updatedAt,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    learnings: row.learnings,
    headline: row.headline,
    angles: anglesOf(row.id),
    principles: principlesOf(row.id),
  }));
}

/** The given stories of a candidate read whole and rated (as listStoriesToRate's `rate`), in the order of `ids`. */
export async function rateStories(viewer: Viewer, ids: readonly string[], candidateId = viewer.id): Promise<StoryRow[]> {
  await assertCanRead(viewer, candidateId);
  if (ids.length === 0) return [];
  const [rows, barRaiser] = await Promise.all([
    db.story.findMany({ where: { userId: candidateId, id: { in: [...ids] } }, include: { ...storyInclude, project: { select: { title: true } } } }),
    barRaiserPrinciples(viewer, candidateId),
  ]);
  const byId = new Map(rows.map((row) => [row.id, rateStory({ ...toStory(row), projectTitle: row.project.title }, barRaiser)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The given heads (listStoryHeads) read whole and rated, in their order: only what a head lacks is read (sections,
 * metrics, version) — its principles, angles and project title are the ones just read. Same result as rateStories.
 */
export async function rateHeads(viewer: Viewer, heads: readonly StoryHead[], candidateId = viewer.id): Promise<StoryRow[]> {
  await assertCanRead(viewer, candidateId);
  if (heads.length === 0) return [];
  const ids = heads.map((h) => h.id);
  const [rows, { metricsOf, followUpsOf }, barRaiser] = await Promise.all([
    readSectionRows(candidateId, ids),
    readDetails(candidateId, ids),
    barRaiserPrinciples(viewer, candidateId),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return heads.flatMap((h) => {
    const r = byId.get(h.id);
    if (!r) return [];
    const { id, userId, ...rest } = r;
    return [rateStory({ ...h, ...rest, ownerId: userId, metrics: metricsOf(id), followUps: followUpsOf(id) }, barRaiser)];
  });
}


function rateStory(s: ListedStory, barRaiser: PrincipleCode[]): StoryRow {
  const { findings, readiness } = assessStoryOnce(s, { barRaiserPrinciples: barRaiser });
  return { ...s, readiness, findingCount: findings.length, readyWithErrors: s.status === "ready" && !countsAsReady(s.status, findings) };
}

/** Every story for the principle × story matrix, with the status it counts as (ready only when free of errors). */
export async function listStoriesForMatrix(viewer: Viewer, candidateId = viewer.id): Promise<StoryRecord[]> {
  const { stories, rate } = await listStoriesToRate(viewer, candidateId);
  return stories.map((s) => (rate(s).readyWithErrors ? { ...s, status: "draft" as const } : s));
}

/** Every story with its readiness and project title. */
export async function listStoryRows(viewer: Viewer, candidateId = viewer.id): Promise<StoryRow[]> {
  const { stories, rate } = await listStoriesToRate(viewer, candidateId);
  return stories.map(rate);
}

/** A story as the editor holds it (dates as strings, so it crosses the server/client boundary). */
export interface EditableStory extends Omit<Story, "id" | "headline" | "shortVersion" | "followUps"> {
  id: string;
  headline: string;
  shortVersion: string;
  followUps: FollowUp[];
  version: number;
  updatedAt: string;
}

export function toEditable(s: StoryRecord): EditableStory {
  return {
    id: s.id,
    projectId: s.projectId,
    title: s.title,
    situation: s.situation,
    task: s.task,
    action: s.action,
    result: s.result,
    learnings: s.learnings,
    status: s.status,
    angles: s.angles,
    principles: s.principles,
    metrics: s.metrics,
    headline: s.headline,
    shortVersion: s.shortVersion,
    followUps: s.followUps,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export interface SavedStory {
  version: number;
  updatedAt: string;
}

/**
 * The editor's save, behind its server action and the write tests: validates the raw payload with the editor's
 * own schema and saves with the version check. On a lost race the ConflictError carries the story as it now
 * is, so the user can compare.
 */
export async function saveEditedStory(viewer: Viewer, payload: unknown): Promise<SavedStory> {
  const { id, version, story } = parseInput(saveStorySchema, payload);
  try {
    const saved = await saveStory(viewer, id, version, story);
    return { version: saved.version, updatedAt: saved.updatedAt.toISOString() };
  } catch (error) {
    if (error instanceof ConflictError) throw new ConflictError(error.message, toEditable(await getStory(viewer, id)));
    throw error;
  }
}
