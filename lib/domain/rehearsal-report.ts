// Owns what rehearsal adds to the loop report (DESIGN §6): the `not-rehearsed` finding for each planned story with
// no rehearsal in the last RECENT_DAYS (a tip; a warning within NOT_REHEARSED_WARNING_DAYS of the loop's date),
// and the coverage figure `rehearsal: { rehearsedTwice, planned, share }` over the same days.
import { listPlannedAssignments } from "./coverage";
import { daysUntil } from "./loop-names";
import { DAY_MS, RECENT_DAYS, type Rehearsal } from "./rehearsal";
import type { Loop } from "./types";

/** Within this many days before the loop's date, an unrehearsed planned story is a warning rather than a tip. */
export const NOT_REHEARSED_WARNING_DAYS = 7;

export interface RehearsalCoverage {
  /** Planned stories rehearsed at least twice in the last RECENT_DAYS. */
  rehearsedTwice: number;
  /** Distinct stories planned in the loop's slots (backups not counted). */
  planned: number;
  /** rehearsedTwice / planned; 0 when nothing is planned. */
  share: number;
}

export interface NotRehearsedFinding {
  storyId: string;
  code: "not-rehearsed";
  severity: "tip" | "warning";
  message: string;
}

export interface RehearsalReport {
  rehearsal: RehearsalCoverage;
  rehearsalFindings: NotRehearsedFinding[];
}

/**
 * `date` is the loop's date as the user wrote it: only a calendar day (YYYY-MM-DD) can make the finding a
 * warning. `now` is the moment the report is made; "the last 14 days" is (now − 14 days, now].
 */
export function rehearsalReport(
  loop: Pick<Loop, "rounds" | "assignments">,
  date: string,
  rehearsals: readonly Pick<Rehearsal, "storyId" | "createdAt">[],
  now: Date,
  titles: ReadonlyMap<string, string> = new Map(),
): RehearsalReport {
  const planned = [...new Set(listPlannedAssignments(loop).map((a) => a.storyId))];
  const since = now.getTime() - RECENT_DAYS * DAY_MS;
  const recent = new Map<string, number>();
  for (const r of rehearsals) {
    const t = r.createdAt.getTime();
    if (r.storyId === null || t < since || t > now.getTime()) continue;
    recent.set(r.storyId, (recent.get(r.storyId) ?? 0) + 1);
  }
  const daysLeft = daysUntil(date, now.toISOString().slice(0, 10));
  const soon = daysLeft !== null && daysLeft >= 0 && daysLeft <= NOT_REHEARSED_WARNING_DAYS;
  const when = daysLeft === 0 ? "today" : daysLeft === 1 ? "tomorrow" : `in ${daysLeft} days`;

  const rehearsalFindings: NotRehearsedFinding[] = planned
    .filter((id) => !recent.has(id))
    .map((storyId) => {
      const title = titles.get(storyId);
      const subject = title ? `"${title}" has` : "This planned story has";
      const base = `${subject} not been rehearsed in the last ${RECENT_DAYS} days`;
      return {
        storyId,
        code: "not-rehearsed",
        severity: soon ? "warning" : "tip",
        message: soon ? `${base}, and the loop is ${when}: tell it aloud at least once.` : `${base}: tell it aloud before the loop.`,
      };
    });

  const rehearsedTwice = planned.filter((id) => (recent.get(id) ?? 0) >= 2).length;
  return {
    rehearsal: { rehearsedTwice, planned: planned.length, share: planned.length === 0 ? 0 : rehearsedTwice / planned.length },
    rehearsalFindings,
  };
}

/**
 * Until when (epoch ms, exclusive) a rehearsalReport made at `now` from `rehearsals` stays the same with no new
 * rehearsal: the next UTC midnight (the days left to the loop), the moment the oldest counted rehearsal leaves the
 * last RECENT_DAYS, and the moment a rehearsal dated after `now` (another machine's clock) enters them. A remembered
 * report (lib/server/bank-cache.ts) is used only before it.
 */
export function rehearsalReportValidUntil(rehearsals: readonly Pick<Rehearsal, "createdAt">[], now: Date): number {
  const t0 = now.getTime();
  const since = t0 - RECENT_DAYS * DAY_MS;
  let until = Math.floor(t0 / DAY_MS) * DAY_MS + DAY_MS;
  for (const r of rehearsals) {
    const t = r.createdAt.getTime();
    if (t > t0) until = Math.min(until, t);
    else if (t >= since) until = Math.min(until, t + RECENT_DAYS * DAY_MS);
  }
  return until;
}
