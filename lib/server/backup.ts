// Backup and export of the viewer's own bank (star-bank v2 JSON, Markdown) and the loop sheet behind the print view
// and the PDF. Import (lib/server/import-bank.ts) reads back what export writes.
import "server-only";
import { db } from "./db";
import { countBank } from "./limits";
import { getLoop, getLoopReport, parseFocus } from "./loops";
import { decodePrinciples, encodePrinciples } from "./json-text";
import { listStories, toStory } from "./stories";
import { deepDiveInclude, toDomainDeepDive } from "./deep-dives";
import type { Viewer } from "./viewer";
import { buildLoopSheet, sheetDeepDive, slugify, type LoopSheet } from "@/lib/export/loop-sheet";
import { getDeepDive } from "./deep-dives";
import { bankToMarkdown } from "@/lib/export/markdown";
import { normalizeAngle } from "@/lib/domain/principles";
import type { BankLimitKind } from "@/lib/domain/limits";
import type { LoopTemplateId } from "@/lib/domain/templates";
import type { PrincipleCode, RoundKind } from "@/lib/domain/types";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from "@/lib/validation/backup";
import { MAX_MINUTES, MIN_MINUTES } from "@/lib/validation/loop";
import type { Prisma } from "@/lib/generated/prisma/client";

/** YYYY-MM-DD in UTC. */
export function isoDay(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}

export function backupFileName(date = new Date()): string {
  return `starloop-backup-${isoDay(date)}.json`;
}

export function markdownFileName(date = new Date()): string {
  return `starloop-bank-${isoDay(date)}.md`;
}

// ---------- export ----------

const storyInclude = {
  principles: true,
  angles: true,
  metrics: { orderBy: { position: "asc" } },
  followUps: { orderBy: { position: "asc" } },
} satisfies Prisma.StoryInclude;

/** Readable keys from titles ("kestrel-fraud", "kestrel-fraud-2"), unique in the whole file. */
function keyMaker() {
  const used = new Set<string>();
  return (title: string, fallback: string) => {
    const base = slugify(title, 48) || fallback;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  };
}

const clampMinutes = (m: number) => Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(m)));

/** Everything the viewer owns, in the star-bank v2 format (never anyone else's, whatever their shares). */
export async function exportBank(viewer: Viewer, now = new Date()): Promise<Backup> {
  const userId = viewer.id;
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const [projectRows, storyRows, questionRows, loopRows, rehearsalRows, deepDiveRows] = await Promise.all([
    db.project.findMany({ where: { userId }, orderBy: order }),
    db.story.findMany({ where: { userId }, orderBy: order, include: storyInclude }),
    db.question.findMany({ where: { userId }, orderBy: order }),
    db.loop.findMany({
      where: { userId },
      orderBy: order,
      include: { rounds: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { assignments: { orderBy: { id: "asc" } } } } },
    }),
    db.rehearsal.findMany({ where: { userId }, orderBy: order }),
    db.deepDive.findMany({ where: { project: { userId } }, orderBy: [{ project: { createdAt: "asc" } }, { projectId: "asc" }], include: deepDiveInclude }),
  ]);
  const keyFor = keyMaker();
  const projectKey = new Map(projectRows.map((p) => [p.id, keyFor(p.title, "project")]));
  const storyKey = new Map(storyRows.map((s) => [s.id, keyFor(s.title, "story")]));

  const projects = projectRows.map((p) => ({
    key: projectKey.get(p.id) as string,
    title: p.title,
    organization: p.organization,
    period: p.period,
    context: p.context,
    role: p.role,
    scope: p.scope,
  }));
  const stories = storyRows.map((row) => {
    const s = toStory(row);
    return {
      key: storyKey.get(s.id) as string,
      projectKey: projectKey.get(s.projectId) as string,
      title: s.title,
      situation: s.situation,
      task: s.task,
      action: s.action,
      result: s.result,
      learnings: s.learnings,
      status: s.status,
      angles: [...new Set(s.angles.map(normalizeAngle))].sort(),
      principles: s.principles,
      metrics: s.metrics,
      headline: s.headline,
      shortVersion: s.shortVersion,
      followUps: s.followUps.map((f) => (f.source === "suggested" && f.suggestionKey ? f : { question: f.question, answer: f.answer, source: f.source })),
    };
  });
  const questionKey = new Map<string, string>();
  const questions = questionRows.map((q) => ({
    key: remember(questionKey, q.id, keyFor(q.text, "question")),
    text: q.text,
    principles: decodePrinciples(q.principles),
  }));
  const roundKey = new Map<string, string>();
  const loops = loopRows.map((loop) => ({
    key: keyFor(loop.company, "loop"),
    company: loop.company,
    role: loop.role,
    level: loop.level,
    date: loop.date,
    templateId: loop.templateId as LoopTemplateId,
    rounds: loop.rounds.map((round) => {
      const focus = parseFocus(round.focus);
      // Only the assignment that counts for each focus principle; stale ones would not import.
      const assignments = focus.flatMap((principle) => {
        const a = round.assignments.find((x) => x.principle === principle);
        const main = a && storyKey.get(a.storyId);
        if (!a || !main) return [];
        const backup = a.backupStoryId ? storyKey.get(a.backupStoryId) : undefined;
        return [backup ? { principle, storyKey: main, backupStoryKey: backup } : { principle, storyKey: main }];
      });
      const deepDiveProject = round.kind === "deep-dive" && round.projectId ? projectKey.get(round.projectId) : undefined;
      return {
        key: remember(roundKey, round.id, keyFor(round.title, "round")),
        title: round.title,
        kind: round.kind as RoundKind,
        minutes: clampMinutes(round.minutes),
        // A deep-dive round has no slots (an older row with focus would not import).
        focus: round.kind === "deep-dive" ? [] : focus,
        assignments: round.kind === "deep-dive" ? [] : assignments,
        ...(deepDiveProject ? { projectKey: deepDiveProject } : {}),
      };
    }),
  }));
  const deepDives = deepDiveRows.map((row) => ({ projectKey: projectKey.get(row.projectId) as string, ...toDomainDeepDive(row) }));
  const rehearsals = rehearsalRows.map((r) => backupRehearsal(r, storyKey, questionKey, roundKey));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), projects, stories, questions, loops, rehearsals, deepDives };
}

function remember(map: Map<string, string>, id: string, key: string): string {
  map.set(id, key);
  return key;
}

/** A rehearsal with its references as the file's keys (an own question deleted since keeps its old id). */
function backupRehearsal(
  r: Prisma.RehearsalGetPayload<object>,
  storyKey: ReadonlyMap<string, string>,
  questionKey: ReadonlyMap<string, string>,
  roundKey: ReadonlyMap<string, string>,
): Backup["rehearsals"][number] {
  const story = r.storyId ? storyKey.get(r.storyId) : undefined;
  const ownQuestion = questionKey.get(r.questionId);
  const round = r.roundId ? roundKey.get(r.roundId) : undefined;
  return {
    ...(story ? { storyKey: story } : {}),
    ...(ownQuestion ? { questionKey: ownQuestion } : { questionId: r.questionId }),
    questionText: r.questionText,
    principle: r.principle as PrincipleCode,
    ...(round ? { roundKey: round } : {}),
    durationSeconds: r.durationSeconds,
    ratings: { situation: r.ratingSituation, action: r.ratingAction, result: r.ratingResult, learnings: r.ratingLearnings },
    note: r.note,
    ratedBy: r.ratedBy === "mentor" ? "mentor" : "self",
    mentorName: r.ratedBy === "mentor" ? r.raterName : "",
    createdAt: r.createdAt.toISOString(),
  };
}

/** The backup file's text, as GET /api/export sends it and import reads it back. */
export function backupText(doc: Backup): string {
  return JSON.stringify(doc, null, 2) + "\n";
}

/** How many projects, stories, own questions and loops the viewer's bank holds. */
export async function getBankCounts(viewer: Viewer): Promise<Record<BankLimitKind, number>> {
  return countBank(viewer.id);
}

export async function exportMarkdown(viewer: Viewer, now = new Date()): Promise<string> {
  const bank = await exportBank(viewer, now);
  return bankToMarkdown(bank, { ownerName: viewer.name, date: isoDay(now) });
}

// ---------- loop sheet ----------

/** The print view's and the PDF's data, for the owner or a mentor with an active share. */
export async function getLoopSheet(viewer: Viewer, loopId: string, now = new Date()): Promise<LoopSheet> {
  const loop = await getLoop(viewer, loopId);
  const [stories, projects, report] = await Promise.all([
    listStories(viewer, loop.ownerId),
    db.project.findMany({ where: { userId: loop.ownerId }, select: { id: true, title: true } }),
    getLoopReport(viewer, loopId),
  ]);
  // The worksheet of the first deep-dive round that has a project (the depth round), printed after the cards.
  const depth = loop.rounds.findIndex((r) => r.kind === "deep-dive" && r.projectId);
  const depthRound = depth === -1 ? null : loop.rounds[depth];
  const worksheet = depthRound?.projectId ? await getDeepDive(viewer, depthRound.projectId) : null;
  const deepDive = depthRound && worksheet ? sheetDeepDive({ number: depth + 1, title: depthRound.title }, worksheet.projectTitle, worksheet) : null;
  return buildLoopSheet({ loop, stories, projects, report, deepDive, today: isoDay(now) });
}
