// Import of a star-bank backup into the viewer's own bank: the one code path for the UI and the API — size, JSON,
// zod (any readable version, lifted to the current one), the bank's limits, then one transaction, or nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "./db";
import { encodePrinciples } from "./json-text";
import { countBank } from "./limits";
import type { Viewer } from "./viewer";
import { BANK_LIMITS, type BankLimitKind } from "@/lib/domain/limits";
import { MAX_BACKUP_BYTES, parseBackup, type Backup, type BackupIssue } from "@/lib/validation/backup";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface ImportCounts {
  projects: number;
  stories: number;
  questions: number;
  loops: number;
}

export type ImportResult =
  | { ok: true; dryRun: false; created: ImportCounts; loops: { key: string; id: string }[] }
  | { ok: true; dryRun: true; created: ImportCounts; duplicates: ImportCounts }
  | { ok: false; status: 400 | 413; errors: BackupIssue[] };

/** The 413 message; `bytes` is the full size when known (Content-Length, or the whole text). */
export function tooLarge(bytes?: number): BackupIssue {
  const limit = `a backup can be at most ${MAX_BACKUP_BYTES / (1024 * 1024)} MB`;
  if (bytes === undefined) return { path: "$", message: `The file is too large: ${limit}.` };
  return { path: "$", message: `The file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; ${limit}.` };
}

const sameTitle = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/** How many objects of the file look like ones the viewer already has (same title; same company, role and date). */
async function countDuplicates(viewer: Viewer, backup: Backup): Promise<ImportCounts> {
  const [projects, stories, questions, loops] = await Promise.all([
    db.project.findMany({ where: { userId: viewer.id }, select: { title: true } }),
    db.story.findMany({ where: { userId: viewer.id }, select: { title: true } }),
    db.question.findMany({ where: { userId: viewer.id }, select: { text: true } }),
    db.loop.findMany({ where: { userId: viewer.id }, select: { company: true, role: true, date: true } }),
  ]);
  const loopId = (l: { company: string; role: string; date: string }) => [l.company, l.role, l.date].map(sameTitle).join("\u0000");
  const projectTitles = new Set(projects.map((p) => sameTitle(p.title)));
  const storyTitles = new Set(stories.map((s) => sameTitle(s.title)));
  const loopIds = new Set(loops.map(loopId));
  const questionTexts = new Set(questions.map((q) => sameTitle(q.text)));
  return {
    projects: backup.projects.filter((p) => projectTitles.has(sameTitle(p.title))).length,
    stories: backup.stories.filter((s) => storyTitles.has(sameTitle(s.title))).length,
    questions: backup.questions.filter((q) => questionTexts.has(sameTitle(q.text))).length,
    loops: backup.loops.filter((l) => loopIds.has(loopId(l))).length,
  };
}

function decode(text: string): { ok: true; value: unknown } | { ok: false; errors: BackupIssue[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return { ok: false, errors: [{ path: "$", message: "The file is empty." }] };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    return { ok: false, errors: [{ path: "$", message: `This file is not valid JSON${detail}.` }] };
  }
}

const CHUNK = 200;
async function createInChunks<T>(rows: T[], create: (data: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await create(rows.slice(i, i + CHUNK));
}

const NOUNS: Record<BankLimitKind, string> = {
  projects: "projects",
  stories: "stories",
  questions: "questions",
  loops: "loops",
  rehearsals: "rehearsals",
  followUps: "follow-up questions",
  deepDives: "deep-dives",
};

/** How many of `kind` the file adds, and the path its issue is reported at (follow-ups live inside the stories). */
function adds(backup: Backup, kind: BankLimitKind): { adding: number; path: string } {
  if (kind === "followUps") return { adding: backup.stories.reduce((n, s) => n + s.followUps.length, 0), path: "stories" };
  return { adding: backup[kind].length, path: kind };
}

/** The file's objects that would take the account past BANK_LIMITS, one issue per kind, at its array's path. */
function roomIssues(has: Record<BankLimitKind, number>, backup: Backup): BackupIssue[] {
  return (Object.keys(BANK_LIMITS) as BankLimitKind[]).flatMap((kind) => {
    const { adding, path } = adds(backup, kind);
    if (adding === 0 || has[kind] + adding <= BANK_LIMITS[kind]) return [];
    const limit = BANK_LIMITS[kind].toLocaleString("en-US");
    return [{ path, message: `This file adds ${adding.toLocaleString("en-US")} ${NOUNS[kind]} to the ${has[kind].toLocaleString("en-US")} you have; a bank holds at most ${limit}. Nothing was imported.` }];
  });
}

class BankFullError extends Error {
  constructor(readonly issues: BackupIssue[]) {
    super("The import would take the bank past its limits.");
  }
}

async function writeBackup(viewer: Viewer, backup: Backup): Promise<{ key: string; id: string }[]> {
  const userId = viewer.id;
  // Creation times follow the file's order, so a later export lists everything in the same order.
  const base = Date.now();
  const at = (i: number) => new Date(base + i);
  const projectId = new Map(backup.projects.map((p) => [p.key, randomUUID()]));
  const storyId = new Map(backup.stories.map((s) => [s.key, randomUUID()]));
  const loopIds = backup.loops.map((l) => ({ key: l.key, id: randomUUID() }));
  const questionId = new Map(backup.questions.map((q) => [q.key, randomUUID()]));
  const roundId = new Map(backup.loops.flatMap((l) => l.rounds.map((r) => [r.key, randomUUID()] as const)));

  await db.$transaction(
    async (tx) => {
      const over = roomIssues(await countBank(userId, tx), backup);
      if (over.length) throw new BankFullError(over);
      await createInChunks(
        backup.projects.map(({ key, ...p }, i) => ({ ...p, id: projectId.get(key) as string, userId, createdAt: at(i) })),
        (data) => tx.project.createMany({ data }),
      );
      await createInChunks(
        backup.stories.map(({ key, projectKey, angles: _a, principles: _p, metrics: _m, followUps: _f, ...s }, i) => ({
          ...s,
          id: storyId.get(key) as string,
          projectId: projectId.get(projectKey) as string,
          userId,
          createdAt: at(i),
        })),
        (data) => tx.story.createMany({ data }),
      );
      await createInChunks(
        backup.stories.flatMap((s) => s.principles.map((p) => ({ storyId: storyId.get(s.key) as string, code: p.code, weight: p.weight }))),
        (data) => tx.storyPrinciple.createMany({ data }),
      );
      await createInChunks(
        backup.stories.flatMap((s) => s.angles.map((angle) => ({ storyId: storyId.get(s.key) as string, angle }))),
        (data) => tx.storyAngle.createMany({ data }),
      );
      await createInChunks(
        backup.stories.flatMap((s) => s.metrics.map((m, position) => ({ ...m, position, storyId: storyId.get(s.key) as string }))),
        (data) => tx.metric.createMany({ data }),
      );
      await createInChunks(
        backup.stories.flatMap((s) =>
          s.followUps.map((f, position) => ({
            storyId: storyId.get(s.key) as string,
            position,
            question: f.question,
            answer: f.answer,
            source: f.source,
            suggestionKey: f.source === "suggested" ? (f.suggestionKey ?? null) : null,
          })),
        ),
        (data) => tx.followUp.createMany({ data }),
      );
      const rounds: Prisma.RoundCreateManyInput[] = [];
      const assignments: Prisma.AssignmentCreateManyInput[] = [];
      backup.loops.forEach((loop, i) => {
        const loopId = loopIds[i].id;
        loop.rounds.forEach((round, position) => {
          const id = roundId.get(round.key) as string;
          rounds.push({
            id,
            loopId,
            position,
            title: round.title,
            kind: round.kind,
            minutes: round.minutes,
            focus: encodePrinciples(round.focus),
            projectId: round.projectKey === undefined ? null : (projectId.get(round.projectKey) as string),
          });
          for (const a of round.assignments) {
            assignments.push({
              roundId: id,
              principle: a.principle,
              storyId: storyId.get(a.storyKey) as string,
              backupStoryId: a.backupStoryKey === undefined ? null : (storyId.get(a.backupStoryKey) as string),
            });
          }
        });
      });
      await createInChunks(
        backup.loops.map(({ key: _k, rounds: _r, ...l }, i) => ({ ...l, id: loopIds[i].id, userId, createdAt: at(i) })),
        (data) => tx.loop.createMany({ data }),
      );
      await createInChunks(
        backup.questions.map((q, i) => ({ id: questionId.get(q.key) as string, userId, text: q.text, principles: encodePrinciples(q.principles), createdAt: at(i) })),
        (data) => tx.question.createMany({ data }),
      );
      const deepDiveId = new Map(backup.deepDives.map((d) => [d.projectKey, randomUUID()]));
      await createInChunks(
        backup.deepDives.map(({ projectKey, options: _o, metrics: _m, ...sections }) => ({
          ...sections,
          id: deepDiveId.get(projectKey) as string,
          projectId: projectId.get(projectKey) as string,
        })),
        (data) => tx.deepDive.createMany({ data }),
      );
      await createInChunks(
        backup.deepDives.flatMap((d) => d.options.map((o, position) => ({ ...o, position, deepDiveId: deepDiveId.get(d.projectKey) as string }))),
        (data) => tx.deepDiveOption.createMany({ data }),
      );
      await createInChunks(
        backup.deepDives.flatMap((d) => d.metrics.map((m, position) => ({ ...m, position, deepDiveId: deepDiveId.get(d.projectKey) as string }))),
        (data) => tx.deepDiveMetric.createMany({ data }),
      );
      await createInChunks(rounds, (data) => tx.round.createMany({ data }));
      await createInChunks(assignments, (data) => tx.assignment.createMany({ data }));
      // Ids share one prefix and follow the file's order, so rehearsals at the same moment export in the same order.
      const prefix = randomUUID();
      await createInChunks(
        backup.rehearsals.map((r, i): Prisma.RehearsalCreateManyInput => ({
          id: `${prefix}-${String(i).padStart(5, "0")}`,
          userId,
          storyId: r.storyKey === undefined ? null : (storyId.get(r.storyKey) as string),
          questionId: r.questionKey === undefined ? (r.questionId as string) : (questionId.get(r.questionKey) as string),
          questionText: r.questionText,
          principle: r.principle,
          roundId: r.roundKey === undefined ? null : (roundId.get(r.roundKey) as string),
          durationSeconds: r.durationSeconds,
          ratingSituation: r.ratings.situation,
          ratingAction: r.ratings.action,
          ratingResult: r.ratings.result,
          ratingLearnings: r.ratings.learnings,
          note: r.note,
          ratedBy: r.ratedBy,
          // The mentor's account is not in the file: a mentor's rehearsal keeps the name, a self-rating the importer.
          ratedById: r.ratedBy === "self" ? userId : null,
          raterName: r.ratedBy === "mentor" ? r.mentorName : "",
          createdAt: new Date(r.createdAt),
        })),
        (data) => tx.rehearsal.createMany({ data }),
      );
    },
    // The largest bank the limits allow (190 MB) takes 2-3 minutes on a busy 2-core machine, on either engine:
    // Prisma's createMany spends 4-10 s per 200 long stories. On PostgreSQL the former 120 s ceiling cut it off.
    { maxWait: 10_000, timeout: 600_000 },
  );
  return loopIds;
}

/**
 * Imports a backup (the file's text) into the viewer's own bank: at most MAX_BACKUP_BYTES, valid JSON, valid
 * star-bank (version 2, or an older version lifted to it) with every key resolved, then everything in one transaction, or nothing. `dryRun` writes nothing
 * and also says how many objects look like ones the viewer already has.
 */
export async function importBank(viewer: Viewer, text: string, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_BACKUP_BYTES) return { ok: false, status: 413, errors: [tooLarge(bytes)] };
  const decoded = decode(text);
  if (!decoded.ok) return { ok: false, status: 400, errors: decoded.errors };
  const parsed = parseBackup(decoded.value);
  if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
  const { backup } = parsed;
  const created = { projects: backup.projects.length, stories: backup.stories.length, questions: backup.questions.length, loops: backup.loops.length };
  if (opts.dryRun) {
    const over = roomIssues(await countBank(viewer.id), backup);
    if (over.length) return { ok: false, status: 400, errors: over };
    return { ok: true, dryRun: true, created, duplicates: await countDuplicates(viewer, backup) };
  }
  try {
    return { ok: true, dryRun: false, created, loops: await writeBackup(viewer, backup) };
  } catch (error) {
    if (error instanceof BankFullError) return { ok: false, status: 400, errors: error.issues };
    throw error;
  }
}
