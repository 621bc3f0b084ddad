// Owns the weak-spots queue (DESIGN §6): every (story, principle) pair is scheduled by FSRS (ts-fsrs) from its
// rehearsals' ratings, replayed in time order; never-rehearsed pairs and principles below the depth target come
// first, then the pairs by due date, so a story told badly comes back sooner than one told well.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { DEPTH_TARGET } from "./coverage";
import { meanRating, type Rehearsal } from "./rehearsal";
import { PRINCIPLE_CODES, type PrincipleCode, type Story, type Weight } from "./types";

/**
 * The one mapping from a rehearsal's mean rating (the four criteria, 1–5) to an FSRS grade:
 * mean < 2 → Again, < 3 → Hard, < 4.25 → Good, otherwise Easy.
 * (Easy needs most criteria at 5: a 4 across the board is a good telling, not an effortless one.)
 */
export const GRADE_THRESHOLDS = [
  { below: 2, grade: Rating.Again },
  { below: 3, grade: Rating.Hard },
  { below: 4.25, grade: Rating.Good },
] as const;

export function gradeFor(mean: number): Grade {
  for (const t of GRADE_THRESHOLDS) if (mean < t.below) return t.grade;
  return Rating.Easy;
}

// No fuzz (the queue must be deterministic) and no same-day learning steps: a rehearsal is scheduled in days.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

export type WeakSpotReason = "never-rehearsed" | "below-depth" | "due" | "scheduled";

export interface WeakSpot {
  storyId: string;
  principle: PrincipleCode;
  /** The story's tag weight for the principle; null when rehearsed for a principle it is not tagged to. */
  weight: Weight | null;
  reps: number;
  lastAt: Date | null;
  /** When FSRS next wants this pair told; null for a pair never rehearsed. */
  due: Date | null;
  /** The principle has fewer ready stories than the depth target. */
  belowDepth: boolean;
  /** Why it sits where it does, most urgent reason first. */
  reason: WeakSpotReason;
}

type QueueStory = Pick<Story, "id" | "title" | "status" | "principles">;
type QueueRehearsal = Pick<Rehearsal, "storyId" | "principle" | "ratings" | "createdAt">;

/** The FSRS card of a pair after replaying its rehearsals (oldest first). */
export function replay(rehearsals: readonly QueueRehearsal[]): Card | null {
  if (rehearsals.length === 0) return null;
  const sorted = [...rehearsals].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  let card = createEmptyCard(sorted[0].createdAt);
  for (const r of sorted) card = scheduler.next(card, r.createdAt, gradeFor(meanRating(r.ratings))).card;
  return card;
}

const PRINCIPLE_ORDER = new Map(PRINCIPLE_CODES.map((p, i) => [p, i]));

/** The weak-spots queue, most urgent first; ties by story title, story id, then principle (deterministic). */
export function weakSpots(stories: readonly QueueStory[], rehearsals: readonly QueueRehearsal[], now: Date): WeakSpot[] {
  const ready = new Map<PrincipleCode, number>();
  for (const s of stories) {
    if (s.status !== "ready") continue;
    for (const code of new Set(s.principles.map((p) => p.code))) ready.set(code, (ready.get(code) ?? 0) + 1);
  }
  const byId = new Map(stories.map((s) => [s.id, s]));
  const pairs = new Map<string, { story: QueueStory; principle: PrincipleCode; rows: QueueRehearsal[] }>();
  const key = (storyId: string, p: PrincipleCode) => `${storyId}\u0000${p}`;
  for (const s of stories) for (const p of s.principles) pairs.set(key(s.id, p.code), { story: s, principle: p.code, rows: [] });
  for (const r of rehearsals) {
    if (r.storyId === null) continue; // "no story fits" is a gap in the bank, not a pair to schedule
    const story = byId.get(r.storyId);
    if (!story) continue;
    const k = key(story.id, r.principle);
    let pair = pairs.get(k);
    if (!pair) pairs.set(k, (pair = { story, principle: r.principle, rows: [] }));
    pair.rows.push(r);
  }

  const spots = [...pairs.values()].map(({ story, principle, rows }): WeakSpot & { title: string } => {
    const card = replay(rows);
    const belowDepth = (ready.get(principle) ?? 0) < DEPTH_TARGET;
    const due = card?.due ?? null;
    const reason: WeakSpotReason = !card ? "never-rehearsed" : belowDepth ? "below-depth" : due && due <= now ? "due" : "scheduled";
    return {
      storyId: story.id,
      title: story.title,
      principle,
      weight: story.principles.find((p) => p.code === principle)?.weight ?? null,
      reps: rows.length,
      lastAt: rows.reduce<Date | null>((m, r) => (m === null || r.createdAt > m ? r.createdAt : m), null),
      due,
      belowDepth,
      reason,
    };
  });

  const tier = (s: WeakSpot) => (s.reason === "never-rehearsed" ? 0 : s.reason === "below-depth" ? 1 : 2);
  spots.sort(
    (a, b) =>
      tier(a) - tier(b) ||
      Number(b.belowDepth) - Number(a.belowDepth) ||
      (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0) ||
      (a.weight === b.weight ? 0 : a.weight === "primary" ? -1 : b.weight === "primary" ? 1 : a.weight === null ? 1 : -1) ||
      a.title.localeCompare(b.title) ||
      (a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0) ||
      (PRINCIPLE_ORDER.get(a.principle) ?? 0) - (PRINCIPLE_ORDER.get(b.principle) ?? 0),
  );
  return spots.map(({ title: _title, ...s }) => s);
}
