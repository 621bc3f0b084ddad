// The hot reads of a candidate's stories as plain SQL, one statement per table, the same on both engines
// (quoted identifiers; Prisma's $queryRaw binds the parameters and returns dates as Date and numbers as number).
// Prisma's query engine spends most of a 200-story `findMany({ include })` (about 29 ms of a loop page on the
// 2-core machine) planning the query, binding a 200-id IN list per relation and nesting the rows; these reads
// take about a quarter of that. Callers check access first (lib/server/access.ts): these functions do not.
import "server-only";
import { db } from "./db";
import { Prisma, type Story as StoryModel } from "@/lib/generated/prisma/client";
import type { Direction, FollowUp, Metric, PrincipleCode, StoryPrinciple, Weight } from "@/lib/domain/types";

/** A Story row as the plain SQL reads return it: the model's own columns (dates as Date, numbers as number). */
type StoryRowSql = StoryModel;

/** Primary before secondary, then by code: the order every story's principles are shown in. */
export function sortPrinciples(rows: readonly { code: string; weight: string }[]): StoryPrinciple[] {
  return [...rows]
    .sort((a, b) => (a.weight === b.weight ? 0 : a.weight === "primary" ? -1 : 1) || a.code.localeCompare(b.code))
    .map((p) => ({ code: p.code as PrincipleCode, weight: p.weight as Weight }));
}

export function toMetric(m: { label: string; unit: string; before: number | null; after: number; direction: string }): Metric {
  return { label: m.label, unit: m.unit, before: m.before, after: m.after, direction: m.direction as Direction };
}

export function toFollowUp(f: { question: string; answer: string; source: string; suggestionKey: string | null }): FollowUp {
  return { question: f.question, answer: f.answer, source: f.source === "suggested" ? "suggested" : "own", suggestionKey: f.suggestionKey };
}

function groupBy<T extends { storyId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.storyId);
    if (list) list.push(row);
    else out.set(row.storyId, [row]);
  }
  return out;
}

/** `AND s."id" IN (…)` when ids are given: the child tables are filtered through their story. */
function idFilter(ids: readonly string[] | undefined): Prisma.Sql {
  return ids === undefined ? Prisma.empty : Prisma.sql`AND s."id" IN (${Prisma.join(ids)})`;
}

/** A candidate's principle and angle tags, by story (all stories, or those of `ids`). */
export async function readTags(ownerId: string, ids?: readonly string[]) {
  const [principles, angles] = await Promise.all([
    db.$queryRaw<{ storyId: string; code: string; weight: string }[]>`
      SELECT p."storyId", p."code", p."weight" FROM "StoryPrinciple" p JOIN "Story" s ON s."id" = p."storyId"
      WHERE s."userId" = ${ownerId} ${idFilter(ids)}`,
    db.$queryRaw<{ storyId: string; angle: string }[]>`
      SELECT a."storyId", a."angle" FROM "StoryAngle" a JOIN "Story" s ON s."id" = a."storyId"
      WHERE s."userId" = ${ownerId} ${idFilter(ids)}`,
  ]);
  const principlesBy = groupBy(principles);
  const anglesBy = groupBy(angles);
  return {
    principlesOf: (id: string) => sortPrinciples(principlesBy.get(id) ?? []),
    anglesOf: (id: string) => (anglesBy.get(id) ?? []).map((a) => a.angle).sort(),
  };
}

/** A candidate's metrics and follow-ups, by story, each in its saved order (all stories, or those of `ids`). */
export async function readDetails(ownerId: string, ids?: readonly string[]) {
  const [metrics, followUps] = await Promise.all([
    db.$queryRaw<{ storyId: string; label: string; unit: string; before: number | null; after: number; direction: string }[]>`
      SELECT m."storyId", m."label", m."unit", m."before", m."after", m."direction" FROM "Metric" m JOIN "Story" s ON s."id" = m."storyId"
      WHERE s."userId" = ${ownerId} ${idFilter(ids)} ORDER BY m."storyId", m."position"`,
    db.$queryRaw<{ storyId: string; question: string; answer: string; source: string; suggestionKey: string | null }[]>`
      SELECT f."storyId", f."question", f."answer", f."source", f."suggestionKey" FROM "FollowUp" f JOIN "Story" s ON s."id" = f."storyId"
      WHERE s."userId" = ${ownerId} ${idFilter(ids)} ORDER BY f."storyId", f."position"`,
  ]);
  const metricsBy = groupBy(metrics);
  const followUpsBy = groupBy(followUps);
  return {
    metricsOf: (id: string) => (metricsBy.get(id) ?? []).map(toMetric),
    followUpsOf: (id: string) => (followUpsBy.get(id) ?? []).map(toFollowUp),
  };
}

/** Every story of a candidate, whole, most recently updated first (ties by id). */
export async function readStoryRows(ownerId: string) {
  return db.$queryRaw<StoryRowSql[]>`
    SELECT "id", "userId", "projectId", "title", "situation", "task", "action", "result", "learnings", "status", "version",
      "createdAt", "updatedAt", "headline", "shortVersion"
    FROM "Story" WHERE "userId" = ${ownerId} ORDER BY "updatedAt" DESC, "id"`;
}

/** A candidate's story heads: no section text unless `withText` (the sections then come back as ""). */
export async function readHeadRows(ownerId: string, withText: boolean) {
  const sections = withText ? Prisma.sql`"situation", "task", "action", "result", "learnings"` : Prisma.sql`'' AS "situation", '' AS "task", '' AS "action", '' AS "result", '' AS "learnings"`;
  return db.$queryRaw<Pick<StoryRowSql, "id" | "projectId" | "title" | "status" | "updatedAt" | "headline" | "situation" | "task" | "action" | "result" | "learnings">[]>`
    SELECT "id", "projectId", "title", "status", "updatedAt", "headline", ${sections}
    FROM "Story" WHERE "userId" = ${ownerId} ORDER BY "updatedAt" DESC, "id"`;
}

/** The given stories' section text, version and creation date (the rows a list shows, read whole). */
export async function readSectionRows(ownerId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.$queryRaw<Pick<StoryRowSql, "id" | "userId" | "version" | "createdAt" | "situation" | "task" | "action" | "result" | "learnings" | "shortVersion">[]>`
    SELECT "id", "userId", "version", "createdAt", "situation", "task", "action", "result", "learnings", "shortVersion"
    FROM "Story" WHERE "userId" = ${ownerId} AND "id" IN (${Prisma.join(ids)})`;
}
