// Loops: reading (owner or mentor), planning and editing (owner only), the loop report and "Plan for me".
import "server-only";
import { assertRoomFor } from "./limits";
import { db } from "./db";
import { accessTo, assertCanWrite, type Access } from "./access";
import { InputError, NotFoundError } from "./errors";
import { listStories, type StoryRecord } from "./stories";
import { listProjectTitles } from "./projects";
import { deepDiveInclude, toDomainDeepDive } from "./deep-dives";
import { countWrittenSections, type DeepDive } from "@/lib/domain/deep-dive";
import { parseInput } from "./parse-input";
import { decodePrinciples, encodePrinciples } from "./json-text";
import type { Viewer } from "./viewer";
import { planLoop } from "@/lib/domain/autoplan";
import { listSlots } from "@/lib/domain/coverage";
import { isPrincipleCode, principleName } from "@/lib/domain/principles";
import { assessStoryOnce } from "./assessments";
import { BankCache, readLoopOwnerVersion, type Loaded } from "./bank-cache";
import { rehearsalReportValidUntil } from "@/lib/domain/rehearsal-report";
import { buildLoopReport, type ReportOptions } from "@/lib/domain/report";
import { DAY_MS, RECENT_DAYS } from "@/lib/domain/rehearsal";
import { summarizePlan, type PlanSummary } from "@/lib/domain/plan-summary";
import { findTemplate } from "@/lib/domain/templates";
import type { Assignment, Loop, LoopReport, PrincipleCode, Round, RoundKind, StoryStatus } from "@/lib/domain/types";
import {
  assignSlotSchema,
  createLoopSchema,
  loopDetailsSchema,
  MAX_ROUNDS,
  moveRoundSchema,
  roundInputSchema,
  roundProjectSchema,
  DEEP_DIVE_NO_SLOTS,
  slotSchema,
  lastPlanSchema,
  undoPlanSchema,
  type LastPlan,
} from "@/lib/validation/loop";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface RoundRecord extends Round {
  position: number;
}

export interface LoopRecord extends Loop {
  ownerId: string;
  access: Access;
  company: string;
  role: string;
  level: string;
  date: string;
  templateId: string;
  rounds: RoundRecord[];
  createdAt: Date;
  updatedAt: Date;
}

export interface LoopSummary {
  id: string;
  company: string;
  role: string;
  level: string;
  date: string;
  roundCount: number;
  slotCount: number;
  plannedCount: number;
  updatedAt: Date;
}

/** A story as the planning view needs it (no section text). */
export interface StoryOption {
  id: string;
  title: string;
  projectId: string;
  projectTitle: string;
  status: StoryStatus;
  readiness: number;
  principles: StoryRecord["principles"];
  /** An error finding stands (the pickers rank it down and say so). */
  hasErrors: boolean;
}

export interface LoopWorkspace {
  loop: LoopRecord;
  stories: StoryOption[];
  report: LoopReport;
  /** What Undo plan would take back (the last "Plan for me", until the loop's next change); null when nothing. */
  undoable: { added: number; backups: number } | null;
  /** The owner's projects, for a deep-dive round's picker, with how many worksheet sections each has written (0..8). */
  projects: { id: string; title: string; writtenSections: number }[];
}

export interface PlannedSlot {
  roundId: string;
  roundTitle: string;
  principle: PrincipleCode;
  storyId: string;
  storyTitle: string;
  /** The backup saved with it, when the bank had one to spare. */
  backupStoryId: string | null;
  backupStoryTitle: string | null;
}

export interface PlanResult {
  added: PlannedSlot[];
  /** Backups saved on slots you had planned without one (their story unchanged). */
  backupsAdded: { roundId: string; principle: PrincipleCode; backupStoryId: string; backupStoryTitle: string }[];
  /** Slots still empty after planning (no story in the bank could take them). */
  stillEmpty: number;
  /** The plan in words, round by round, with each pick's strengths and concerns and why a slot stays empty. */
  summary: PlanSummary;
}

/** The key the planning view uses for a (round, principle) slot. */
export function slotId(roundId: string, principle: PrincipleCode): string {
  return `${roundId}|${principle}`;
}

const loopInclude = {
  rounds: { orderBy: { position: "asc" }, include: { assignments: { orderBy: { id: "asc" } } } },
} satisfies Prisma.LoopInclude;
type LoopRow = Prisma.LoopGetPayload<{ include: typeof loopInclude }>;

/** A round's stored focus (JSON-in-text, lib/server/json-text.ts): at most 3 codes; unreadable counts as none. */
export function parseFocus(json: string): PrincipleCode[] {
  return decodePrinciples(json, 3);
}

function toLoop(row: LoopRow, access: Access): LoopRecord {
  const rounds: RoundRecord[] = row.rounds.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind as RoundKind,
    minutes: r.minutes,
    focus: parseFocus(r.focus),
    projectId: r.projectId,
    position: r.position,
  }));
  const assignments: Assignment[] = row.rounds.flatMap((r) =>
    r.assignments.map((a) => ({
      roundId: r.id,
      principle: a.principle as PrincipleCode,
      storyId: a.storyId,
      backupStoryId: a.backupStoryId,
    })),
  );
  return {
    id: row.id,
    ownerId: row.userId,
    access,
    company: row.company,
    role: row.role,
    level: row.level,
    date: row.date,
    templateId: row.templateId,
    rounds,
    assignments,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function listLoops(viewer: Viewer, candidateId = viewer.id): Promise<LoopSummary[]> {
  const access = await accessTo(viewer, candidateId);
  if (!access) throw new NotFoundError();
  const rows = await db.loop.findMany({
    where: { userId: candidateId },
    orderBy: [{ updatedAt: "desc" }],
    include: { rounds: { select: { focus: true, assignments: { select: { principle: true } } } } },
  });
  return rows.map((row) => {
    let slotCount = 0;
    let plannedCount = 0;
    for (const round of row.rounds) {
      const focus = new Set<string>(parseFocus(round.focus));
      slotCount += focus.size;
      plannedCount += new Set(round.assignments.map((a) => a.principle).filter((p) => focus.has(p))).size;
    }
    return {
      id: row.id,
      company: row.company,
      role: row.role,
      level: row.level,
      date: row.date,
      roundCount: row.rounds.length,
      slotCount,
      plannedCount,
      updatedAt: row.updatedAt,
    };
  });
}

/** A loop for its owner or a mentor with an active share; NotFound for anyone else. */
export async function getLoop(viewer: Viewer, id: string): Promise<LoopRecord> {
  return (await readLoop(viewer, id)).loop;
}

/** The loop and its stored last plan (same row: the workspace needs both, one read). */
async function readLoop(viewer: Viewer, id: string): Promise<{ loop: LoopRecord; lastPlan: string | null }> {
  const row = await db.loop.findUnique({ where: { id }, include: loopInclude });
  if (!row) throw new NotFoundError();
  const access = await accessTo(viewer, row.userId);
  if (!access) throw new NotFoundError();
  return { loop: toLoop(row, access), lastPlan: row.lastPlan };
}

async function ownedLoop(viewer: Viewer, loopId: string): Promise<{ id: string; userId: string }> {
  const row = await db.loop.findUnique({ where: { id: loopId }, select: { id: true, userId: true } });
  if (!row) throw new NotFoundError();
  await assertCanWrite(viewer, row.userId);
  return row;
}

async function ownedRound(viewer: Viewer, roundId: string) {
  const row = await db.round.findUnique({
    where: { id: roundId },
    select: { id: true, loopId: true, title: true, kind: true, focus: true, loop: { select: { userId: true } } },
  });
  if (!row) throw new NotFoundError();
  await assertCanWrite(viewer, row.loop.userId);
  return { id: row.id, loopId: row.loopId, title: row.title, kind: row.kind as RoundKind, focus: parseFocus(row.focus), ownerId: row.loop.userId };
}

/** A deep-dive round's project must be one of the loop owner's own. */
async function assertOwnProject(ownerId: string, projectId: string | null) {
  if (projectId === null) return;
  const project = await db.project.findUnique({ where: { id: projectId }, select: { userId: true } });
  if (!project || project.userId !== ownerId) {
    const message = "Choose one of your own projects for the deep-dive round.";
    throw new InputError(message, { projectId: [message] });
  }
}

/** Every change to a loop goes through here: it also forgets the last plan, so Undo plan never undoes a later edit. */
async function touchLoop(tx: Prisma.TransactionClient, loopId: string) {
  await tx.loop.update({ where: { id: loopId }, data: { updatedAt: new Date(), lastPlan: null } });
}

/** The stored last plan, or null (none, or unreadable: then there is simply nothing to undo). */
function readLastPlan(json: string | null): LastPlan | null {
  if (!json) return null;
  try {
    const parsed = lastPlanSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// ---------- loops ----------

export async function createLoopFromTemplate(viewer: Viewer, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(createLoopSchema, raw);
  const template = findTemplate(input.templateId);
  if (!template) throw new InputError("Choose a template (or Blank).", { templateId: ["Choose a template (or Blank)."] });
  const { templateId, ...details } = input;
  await assertRoomFor(viewer.id, "loops");
  return db.loop.create({
    data: {
      ...details,
      templateId,
      userId: viewer.id,
      rounds: {
        create: template.rounds.map((r, position) => ({
          position,
          title: r.title,
          kind: r.kind,
          minutes: r.minutes,
          focus: encodePrinciples(r.focus),
        })),
      },
    },
    select: { id: true },
  });
}

export async function updateLoop(viewer: Viewer, id: string, raw: unknown): Promise<void> {
  const input = parseInput(loopDetailsSchema, raw);
  await ownedLoop(viewer, id);
  await db.loop.update({ where: { id }, data: { ...input, lastPlan: null } });
}

export async function deleteLoop(viewer: Viewer, id: string): Promise<void> {
  await ownedLoop(viewer, id);
  await db.loop.delete({ where: { id } });
}

// ---------- rounds ----------

export async function addRound(viewer: Viewer, loopId: string, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(roundInputSchema, raw);
  const loop = await ownedLoop(viewer, loopId);
  await assertOwnProject(loop.userId, input.projectId);
  return db.$transaction(async (tx) => {
    const count = await tx.round.count({ where: { loopId } });
    if (count >= MAX_ROUNDS) throw new InputError(`A loop can have at most ${MAX_ROUNDS} rounds.`);
    const last = await tx.round.findFirst({ where: { loopId }, orderBy: { position: "desc" }, select: { position: true } });
    const round = await tx.round.create({
      data: { loopId, position: (last?.position ?? -1) + 1, title: input.title, kind: input.kind, minutes: input.minutes, focus: encodePrinciples(input.focus), projectId: input.projectId },
      select: { id: true },
    });
    await touchLoop(tx, loopId);
    return round;
  });
}

/** Saves a round; planned stories for principles taken out of its focus are deleted (and listed in the answer). */
export async function updateRound(
  viewer: Viewer,
  roundId: string,
  raw: unknown,
): Promise<{ removedPrinciples: PrincipleCode[] }> {
  const input = parseInput(roundInputSchema, raw);
  const round = await ownedRound(viewer, roundId);
  await assertOwnProject(round.ownerId, input.projectId);
  return db.$transaction(async (tx) => {
    const dropped = await tx.assignment.findMany({
      where: { roundId, principle: { notIn: input.focus } },
      select: { principle: true },
    });
    await tx.assignment.deleteMany({ where: { roundId, principle: { notIn: input.focus } } });
    await tx.round.update({
      where: { id: roundId },
      data: { title: input.title, kind: input.kind, minutes: input.minutes, focus: encodePrinciples(input.focus), projectId: input.projectId },
    });
    await touchLoop(tx, round.loopId);
    return { removedPrinciples: dropped.map((d) => d.principle as PrincipleCode) };
  });
}

export async function removeRound(viewer: Viewer, roundId: string): Promise<void> {
  const round = await ownedRound(viewer, roundId);
  await db.$transaction(async (tx) => {
    await tx.round.delete({ where: { id: roundId } });
    const rest = await tx.round.findMany({ where: { loopId: round.loopId }, orderBy: { position: "asc" }, select: { id: true } });
    for (const [position, r] of rest.entries()) await tx.round.update({ where: { id: r.id }, data: { position } });
    await touchLoop(tx, round.loopId);
  });
}

/** Swaps a round with its neighbour above or below; a no-op at either end. */
export async function moveRound(viewer: Viewer, raw: unknown): Promise<void> {
  const { roundId, direction } = parseInput(moveRoundSchema, raw);
  const round = await ownedRound(viewer, roundId);
  await db.$transaction(async (tx) => {
    const rounds = await tx.round.findMany({ where: { loopId: round.loopId }, orderBy: { position: "asc" }, select: { id: true } });
    const i = rounds.findIndex((r) => r.id === roundId);
    const j = direction === "up" ? i - 1 : i + 1;
    if (i < 0 || j < 0 || j >= rounds.length) return;
    [rounds[i], rounds[j]] = [rounds[j], rounds[i]];
    for (const [position, r] of rounds.entries()) await tx.round.update({ where: { id: r.id }, data: { position } });
    await touchLoop(tx, round.loopId);
  });
}

/** Picks (or clears, with null) the project a deep-dive round walks through. */
export async function setRoundProject(viewer: Viewer, raw: unknown): Promise<void> {
  const { roundId, projectId } = parseInput(roundProjectSchema, raw);
  const round = await ownedRound(viewer, roundId);
  if (round.kind !== "deep-dive") {
    const message = `"${round.title}" is not a deep-dive round: make it one first (Edit round).`;
    throw new InputError(message, { projectId: [message] });
  }
  await assertOwnProject(round.ownerId, projectId);
  await db.$transaction(async (tx) => {
    await tx.round.update({ where: { id: roundId }, data: { projectId } });
    await touchLoop(tx, round.loopId);
  });
}

// ---------- slots ----------

async function assertOwnStory(ownerId: string, storyId: string, field: string, label: string) {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { userId: true } });
  if (!story || story.userId !== ownerId) {
    const message = `Choose one of your own stories as the ${label}.`;
    throw new InputError(message, { [field]: [message] });
  }
}

export async function assignSlot(viewer: Viewer, raw: unknown): Promise<void> {
  const input = parseInput(assignSlotSchema, raw);
  const round = await ownedRound(viewer, input.roundId);
  if (round.kind === "deep-dive") throw new InputError(DEEP_DIVE_NO_SLOTS, { principle: [DEEP_DIVE_NO_SLOTS] });
  if (!round.focus.includes(input.principle)) {
    const message = `${principleName(input.principle)} is not in the focus of "${round.title}". Add it to the round's focus first.`;
    throw new InputError(message, { principle: [message] });
  }
  if (input.backupStoryId !== null && input.backupStoryId === input.storyId) {
    const message = "The backup must be a different story from the main one.";
    throw new InputError(message, { backupStoryId: [message] });
  }
  await assertOwnStory(round.ownerId, input.storyId, "storyId", "story");
  if (input.backupStoryId !== null) await assertOwnStory(round.ownerId, input.backupStoryId, "backupStoryId", "backup");
  await db.$transaction(async (tx) => {
    await tx.assignment.upsert({
      where: { roundId_principle: { roundId: input.roundId, principle: input.principle } },
      create: { roundId: input.roundId, principle: input.principle, storyId: input.storyId, backupStoryId: input.backupStoryId },
      update: { storyId: input.storyId, backupStoryId: input.backupStoryId },
    });
    await touchLoop(tx, round.loopId);
  });
}

export async function clearSlot(viewer: Viewer, raw: unknown): Promise<void> {
  const input = parseInput(slotSchema, raw);
  const round = await ownedRound(viewer, input.roundId);
  await db.$transaction(async (tx) => {
    await tx.assignment.deleteMany({ where: { roundId: input.roundId, principle: input.principle } });
    await touchLoop(tx, round.loopId);
  });
}

// ---------- report and planning ----------

interface Bank {
  loop: LoopRecord;
  stories: StoryRecord[];
  readinessById: Map<string, number>;
  /** Stories with an error finding, for the planner (it treats them as a last resort). */
  errorStoryIds: Set<string>;
  /** The candidate's projects, by title (listProjectTitles: one read per request), and the same as a map. */
  projects: { id: string; title: string }[];
  projectTitles: Map<string, string>;
  /** The candidate's rehearsals of the last RECENT_DAYS, for the report's rehearsal fields. */
  rehearsals: NonNullable<ReportOptions["rehearsals"]>;
  /** Worksheets of the projects the loop's deep-dive rounds walk through. */
  deepDives: Map<string, DeepDive>;
  /** The loop row's stored last plan (JSON text or null). */
  lastPlan: string | null;
}

/** The loop with the candidate's whole bank (the report's idf and the planner need every story). */
async function loadBank(viewer: Viewer, loopId: string): Promise<Bank> {
  const { loop, lastPlan } = await readLoop(viewer, loopId);
  const now = new Date();
  const deepDiveProjectIds = loop.rounds.flatMap((r) => (r.kind === "deep-dive" && r.projectId ? [r.projectId] : []));
  const [stories, projects, recentRehearsals, sheets] = await Promise.all([
    listStories(viewer, loop.ownerId),
    listProjectTitles(viewer, loop.ownerId),
    // Plain SQL (as lib/server/story-reads.ts): Prisma spent ~10 µs per row mapping ~1,000 recent rehearsals.
    db.$queryRaw<{ storyId: string | null; createdAt: Date }[]>`
      SELECT "storyId", "createdAt" FROM "Rehearsal"
      WHERE "userId" = ${loop.ownerId} AND "createdAt" >= ${new Date(now.getTime() - RECENT_DAYS * DAY_MS)}`,
    deepDiveProjectIds.length === 0
      ? Promise.resolve([])
      : db.deepDive.findMany({ where: { projectId: { in: deepDiveProjectIds }, project: { userId: loop.ownerId } }, include: deepDiveInclude }),
  ]);
  const deepDives = new Map(sheets.map((row) => [row.projectId, toDomainDeepDive(row)]));
  const barRaiserPrinciples = barRaiserFocus(loop);
  const readinessById = new Map<string, number>();
  const errorStoryIds = new Set<string>();
  for (const s of stories) {
    const assessment = assessStoryOnce(s, { barRaiserPrinciples });
    readinessById.set(s.id, assessment.readiness);
    if (assessment.findings.some((f) => f.severity === "error")) errorStoryIds.add(s.id);
  }
  const rehearsals = { date: loop.date, now, rows: recentRehearsals };
  return { loop, stories, readinessById, errorStoryIds, projects, projectTitles: new Map(projects.map((p) => [p.id, p.title])), rehearsals, deepDives, lastPlan };
}

function barRaiserFocus(loop: Loop): PrincipleCode[] {
  return [...new Set(loop.rounds.filter((r) => r.kind === "bar-raiser").flatMap((r) => r.focus))];
}

/** The loop report (the report API, the print sheet), from the remembered workspace: built once per bank version. */
export async function getLoopReport(viewer: Viewer, loopId: string): Promise<LoopReport> {
  return (await getLoopWorkspace(viewer, loopId)).report;
}

/**
 * Everything the planning view shows: the loop, the bank and the report, built once per bank version and remembered
 * per (viewer, loop) until the next write or until the report's rehearsal part would read differently (bank-cache.ts).
 * The pickers rank each slot's candidates themselves from `stories` (lib/domain/rank-candidates.ts, the same
 * ranking), so the page sends the bank once.
 */
export async function getLoopWorkspace(viewer: Viewer, loopId: string): Promise<LoopWorkspace> {
  // Access on every request; then the owner's bank version, read before anything the workspace reads (bank-cache.ts).
  const owner = await readLoopOwnerVersion(loopId);
  if (!owner || !(await accessTo(viewer, owner.ownerId))) throw new NotFoundError();
  return workspaces.get(`${viewer.id}\0${loopId}`, owner.version, () => loadWorkspace(viewer, loopId));
}

/** At most this many (viewer, loop) workspaces per process (a 200-story bank's loop is about 90 kB as JSON). */
const CACHED_WORKSPACES = 100;
const workspaces = new BankCache<LoopWorkspace>(CACHED_WORKSPACES);

async function loadWorkspace(viewer: Viewer, loopId: string): Promise<Loaded<LoopWorkspace>> {
  const { loop, stories, readinessById, errorStoryIds, projects: projectList, projectTitles, rehearsals, deepDives, lastPlan } = await loadBank(viewer, loopId);
  const report = buildLoopReport(loop, stories, { projectTitles, rehearsals, deepDives });
  const options: StoryOption[] = stories
    .map((s) => ({
      id: s.id,
      title: s.title,
      projectId: s.projectId,
      projectTitle: projectTitles.get(s.projectId) ?? "",
      status: s.status,
      readiness: readinessById.get(s.id) ?? 0,
      principles: s.principles,
      hasErrors: errorStoryIds.has(s.id),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const last = loop.access === "owner" ? readLastPlan(lastPlan) : null;
  const undoable = last ? { added: last.added.length, backups: last.backups.length } : null;
  // The titles came with the bank; only the worksheets' written sections are read here.
  const sheets = await db.deepDive.findMany({ where: { project: { userId: loop.ownerId } } });
  const written = new Map(sheets.map((d) => [d.projectId, countWrittenSections(d)]));
  const projects = projectList.map((p) => ({ id: p.id, title: p.title, writtenSections: written.get(p.id) ?? 0 }));
  // The report's rehearsal part depends on the time too: the entry ends when that part would read differently.
  return { value: { loop, stories: options, report, undoable, projects }, validUntil: rehearsalReportValidUntil(rehearsals.rows, rehearsals.now) };
}

/** Fills the loop's empty slots (existing ones stay) and says exactly what it added, so it can be undone. */
export async function planForMe(viewer: Viewer, loopId: string): Promise<PlanResult> {
  await ownedLoop(viewer, loopId);
  const { loop, stories, readinessById, errorStoryIds } = await loadBank(viewer, loopId);
  const plan = planLoop(loop, stories, readinessById, { errorStoryIds });
  const titleOf = new Map(stories.map((s) => [s.id, s.title]));
  const roundTitle = new Map(loop.rounds.map((r) => [r.id, r.title]));
  const { added, backupsAdded } = await db.$transaction(async (tx) => {
    const taken = await tx.assignment.findMany({
      where: { round: { loopId } },
      select: { roundId: true, principle: true, storyId: true, backupStoryId: true },
    });
    const takenKeys = new Set(taken.map((t) => slotId(t.roundId, t.principle as PrincipleCode)));
    const fresh = plan.added.filter((a) => !takenKeys.has(slotId(a.roundId, a.principle)));
    // A kept slot gets its backup only if it still has that story and no backup.
    const kept = plan.backupsAdded.filter((b) =>
      taken.some((t) => t.roundId === b.roundId && t.principle === b.principle && t.storyId === b.storyId && t.backupStoryId === null),
    );
    for (const b of kept) {
      await tx.assignment.updateMany({
        where: { roundId: b.roundId, principle: b.principle, storyId: b.storyId, backupStoryId: null },
        data: { backupStoryId: b.backupStoryId },
      });
    }
    if (fresh.length > 0) {
      await tx.assignment.createMany({
        data: fresh.map((a) => ({ roundId: a.roundId, principle: a.principle, storyId: a.storyId, backupStoryId: a.backupStoryId })),
      });
    }
    if (fresh.length > 0 || kept.length > 0) {
      await touchLoop(tx, loopId);
      const last: LastPlan = { added: fresh, backups: kept };
      await tx.loop.update({ where: { id: loopId }, data: { lastPlan: JSON.stringify(last) } });
    }
    return { added: fresh, backupsAdded: kept };
  });
  const summary = summarizePlan(loop, { added, backupsAdded, unfilled: plan.unfilled }, stories, readinessById, { errorStoryIds });
  return {
    summary,
    added: added.map((a) => ({
      roundId: a.roundId,
      roundTitle: roundTitle.get(a.roundId) ?? "",
      principle: a.principle,
      storyId: a.storyId,
      storyTitle: titleOf.get(a.storyId) ?? "",
      backupStoryId: a.backupStoryId,
      backupStoryTitle: a.backupStoryId === null ? null : (titleOf.get(a.backupStoryId) ?? ""),
    })),
    backupsAdded: backupsAdded.map((b) => ({
      roundId: b.roundId,
      principle: b.principle,
      backupStoryId: b.backupStoryId,
      backupStoryTitle: titleOf.get(b.backupStoryId) ?? "",
    })),
    stillEmpty: Math.max(0, countEmptySlots(loop) - added.length),
  };
}

function countEmptySlots(loop: Loop): number {
  const filled = new Set(loop.assignments.map((a) => slotId(a.roundId, a.principle)));
  return listSlots(loop).filter((s) => !filled.has(slotId(s.roundId, s.principle))).length;
}

/** Undoes the loop's last "Plan for me": removes the slots it filled and the backups it added, as stored with the loop. */
export async function undoPlan(viewer: Viewer, raw: unknown): Promise<{ removed: number; backupsCleared: number }> {
  const { loopId } = parseInput(undoPlanSchema, raw);
  await ownedLoop(viewer, loopId);
  return db.$transaction(async (tx) => {
    const row = await tx.loop.findUnique({ where: { id: loopId }, select: { lastPlan: true } });
    const last = readLastPlan(row?.lastPlan ?? null);
    if (!last) throw new InputError("There is no plan to undo: the loop changed since, or it was already undone.");
    const { count: removed } = last.added.length
      ? await tx.assignment.deleteMany({
          where: { round: { loopId }, OR: last.added.map((a) => ({ roundId: a.roundId, principle: a.principle, storyId: a.storyId })) },
        })
      : { count: 0 };
    let backupsCleared = 0;
    for (const b of last.backups) {
      const { count } = await tx.assignment.updateMany({
        where: { round: { loopId }, roundId: b.roundId, principle: b.principle, storyId: b.storyId, backupStoryId: b.backupStoryId },
        data: { backupStoryId: null },
      });
      backupsCleared += count;
    }
    await touchLoop(tx, loopId);
    return { removed, backupsCleared };
  });
}
