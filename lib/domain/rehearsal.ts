// Owns rehearsals as plain data (DESIGN §6): their limits, the four rating criteria, and what a history says —
// per story (times, last, median duration against the story's spoken time, mean rating self and mentor apart)
// and per question (the ledger: last drilled, with which story or "no story fits", how it was rated).
import { storySpokenMinutes } from "./text";
import type { PrincipleCode, Story } from "./types";

export const REHEARSAL_LIMITS = {
  /** A duration is whole seconds, 0 < d ≤ 2 hours. */
  minSeconds: 1,
  maxSeconds: 7200,
  ratingMin: 1,
  ratingMax: 5,
  noteMax: 5000,
} as const;

/** The band a spoken answer should land in (interview guides: about 1.5 to 3.5 minutes). */
export const SPOKEN_BAND_SECONDS = { min: 90, max: 210 } as const;

/** "Rehearsed recently" for the loop report: the last 14 days. */
export const RECENT_DAYS = 14;

export const RATING_CRITERIA = ["situation", "action", "result", "learnings"] as const;
export type RatingCriterion = (typeof RATING_CRITERIA)[number];

export const CRITERION_LABELS: Record<RatingCriterion, string> = {
  situation: "Situation brief and clear",
  action: "Action told in the first person",
  result: "Result with numbers",
  learnings: "Learnings or a mechanism",
};

export type Ratings = Record<RatingCriterion, number>;
export type RatedBy = "self" | "mentor";

/** One rehearsal as the domain sees it. storyId null = "no story fits" (a gap). */
export interface Rehearsal {
  id: string;
  storyId: string | null;
  questionId: string;
  questionText: string;
  principle: PrincipleCode;
  roundId: string | null;
  durationSeconds: number;
  ratings: Ratings;
  note: string;
  ratedBy: RatedBy;
  /** The mentor's display name when a mentor rated; "" for self. */
  raterName: string;
  createdAt: Date;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The mean of the four criteria, 1–5. */
export function meanRating(r: Ratings): number {
  return (r.situation + r.action + r.result + r.learnings) / RATING_CRITERIA.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function meanRatings(rows: readonly Pick<Rehearsal, "ratings">[]): Ratings | null {
  if (rows.length === 0) return null;
  const sum = (c: RatingCriterion) => rows.reduce((t, r) => t + r.ratings[c], 0) / rows.length;
  return { situation: sum("situation"), action: sum("action"), result: sum("result"), learnings: sum("learnings") };
}

export interface RehearsalStats {
  storyId: string;
  times: number;
  lastAt: Date | null;
  medianSeconds: number | null;
  /** The story's own estimated spoken time (140 wpm), in seconds. */
  targetSeconds: number;
  /** Mean per criterion of the candidate's own ratings, and of mentors' ratings; null when there are none. */
  self: Ratings | null;
  mentor: Ratings | null;
}

type StatsRow = Pick<Rehearsal, "storyId" | "durationSeconds" | "ratings" | "ratedBy" | "createdAt">;

/** What one story's rehearsals add up to (rows of other stories are ignored). */
export function rehearsalStats(
  story: Pick<Story, "id" | "situation" | "task" | "action" | "result" | "learnings">,
  rehearsals: readonly StatsRow[],
): RehearsalStats {
  const rows = rehearsals.filter((r) => r.storyId === story.id);
  const lastAt = rows.reduce<Date | null>((m, r) => (m === null || r.createdAt > m ? r.createdAt : m), null);
  return {
    storyId: story.id,
    times: rows.length,
    lastAt,
    medianSeconds: median(rows.map((r) => r.durationSeconds)),
    targetSeconds: Math.round(storySpokenMinutes(story) * 60),
    self: meanRatings(rows.filter((r) => r.ratedBy === "self")),
    mentor: meanRatings(rows.filter((r) => r.ratedBy === "mentor")),
  };
}

/** Per story id: how often and when last rehearsed (the stories list's "least rehearsed" sort reads this). */
export interface RehearsalCount {
  times: number;
  lastAt: Date | null;
}

/** Least rehearsed first: fewer times, then longer ago (never before any date), then title, then id. */
export function sortByLeastRehearsed<T extends Pick<Story, "id" | "title">>(stories: readonly T[], counts: ReadonlyMap<string, RehearsalCount>): T[] {
  const c = (s: T) => counts.get(s.id) ?? { times: 0, lastAt: null };
  return [...stories].sort((a, b) => {
    const ca = c(a);
    const cb = c(b);
    if (ca.times !== cb.times) return ca.times - cb.times;
    const ta = ca.lastAt?.getTime() ?? -Infinity;
    const tb = cb.lastAt?.getTime() ?? -Infinity;
    if (ta !== tb) return ta - tb;
    return a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export interface LedgerEntry {
  questionId: string;
  questionText: string;
  times: number;
  lastAt: Date;
  /** The last drill's story; null = "no story fits". */
  lastStoryId: string | null;
  lastRatings: Ratings;
  lastRatedBy: RatedBy;
  /** How many of the drills found no story that fits. */
  gaps: number;
}

/** The question ledger: one entry per drilled question, the most recently drilled first. */
export function questionLedger(rehearsals: readonly Rehearsal[]): LedgerEntry[] {
  const byQuestion = new Map<string, LedgerEntry>();
  for (const r of rehearsals) {
    const e = byQuestion.get(r.questionId);
    if (!e) {
      byQuestion.set(r.questionId, {
        questionId: r.questionId,
        questionText: r.questionText,
        times: 1,
        lastAt: r.createdAt,
        lastStoryId: r.storyId,
        lastRatings: r.ratings,
        lastRatedBy: r.ratedBy,
        gaps: r.storyId === null ? 1 : 0,
      });
      continue;
    }
    e.times++;
    if (r.storyId === null) e.gaps++;
    // On equal times the later row in the input wins (the DAL hands rows oldest first).
    if (r.createdAt >= e.lastAt) {
      e.lastAt = r.createdAt;
      e.lastStoryId = r.storyId;
      e.lastRatings = r.ratings;
      e.lastRatedBy = r.ratedBy;
      e.questionText = r.questionText;
    }
  }
  return [...byQuestion.values()].sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime() || (a.questionId < b.questionId ? -1 : 1));
}
