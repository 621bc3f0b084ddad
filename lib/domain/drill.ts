// Owns what a drill asks and which story it suggests: the queue for each scope (next loop, one principle, weak
// spots, everything) and the ranked story picker for one question, each suggestion with the reason it ranks there.
import { daysUntil } from "./loop-names";
import { principleName } from "./principles";
import { buildTfIdf, cosine, storyText, type TfIdfIndex } from "./similarity";
import type { Assignment, PrincipleCode, Round, Story } from "./types";

// One fixed collation, so the server and every browser order equal titles alike.
const byTitle = new Intl.Collator("en").compare;

export const DRILL_SCOPES = ["next-loop", "principle", "weak-spots", "everything"] as const;
export type DrillScopeKind = (typeof DRILL_SCOPES)[number];

export type DrillScope =
  | { kind: "next-loop" }
  | { kind: "principle"; principle: PrincipleCode }
  | { kind: "weak-spots" }
  | { kind: "everything" };

/** Questions asked per (round, principle) slot in a next-loop drill, so one pass covers the whole loop. */
export const QUESTIONS_PER_SLOT = 2;

/** A question as the drill sees it: shipped (lib/domain/questions.ts) or the user's own. */
export interface DrillQuestion {
  id: string;
  text: string;
  principles: PrincipleCode[];
  own: boolean;
}

export interface DrillLoop {
  id: string;
  title: string;
  /** Free text: "YYYY-MM-DD" or as the user wrote it; only calendar days count as dated. */
  date: string;
  rounds: Round[];
  assignments: Assignment[];
}

/** One (story, principle) pair due for practice, in the order the weak-spots scheduler gives. */
export interface DrillWeakSpot {
  principle: PrincipleCode;
  storyId: string | null;
  /** Why it is due, shown on the card ("never rehearsed", "due today", "below depth target"). */
  reason: string;
}

export interface DrillItem {
  /** Stable within one queue (React key). */
  key: string;
  question: DrillQuestion;
  /** The principle this item practises (a question may carry up to three). */
  principle: PrincipleCode;
  roundId: string | null;
  roundTitle: string | null;
  /** The story planned for this slot (next loop) or the weak spot's story. */
  plannedStoryId: string | null;
  backupStoryId: string | null;
  /** Shown under the question: "Round 2 · Ownership", "Weak spot: due today". */
  context: string;
}

export interface DrillInput {
  questions: readonly DrillQuestion[];
  loops: readonly DrillLoop[];
  /** Today as YYYY-MM-DD (the viewer's calendar). */
  today: string;
  /** When each question was last drilled (ISO time), from the rehearsal ledger; missing = never. */
  lastDrilled?: ReadonlyMap<string, string>;
  /** The weak-spots order; null while no scheduler is available (the scope then says so). */
  weakSpots?: readonly DrillWeakSpot[] | null;
}

export type DrillQueue =
  | { ok: true; items: DrillItem[]; loop: DrillLoop | null }
  | { ok: false; problem: "no-dated-loop" | "no-questions" | "no-weak-spots"; message: string };

/** The loop with the nearest calendar date that is today or later; ties by title then id. null when none is dated. */
export function nextLoop(loops: readonly DrillLoop[], today: string): DrillLoop | null {
  let best: { loop: DrillLoop; days: number } | null = null;
  for (const loop of loops) {
    const days = daysUntil(loop.date, today);
    if (days === null || days < 0) continue;
    if (
      best === null ||
      days < best.days ||
      (days === best.days && (byTitle(loop.title, best.loop.title) < 0 || (loop.title === best.loop.title && loop.id < best.loop.id)))
    ) {
      best = { loop, days };
    }
  }
  return best?.loop ?? null;
}

/**
 * Questions for one principle, best to practise first: the user's own, then those led by the principle, then those
 * that only touch it; within each, never drilled before the longest ago drilled; then bank order.
 */
export function questionsToPractise(
  questions: readonly DrillQuestion[],
  principle: PrincipleCode,
  lastDrilled: ReadonlyMap<string, string> = new Map(),
): DrillQuestion[] {
  const tier = (q: DrillQuestion) => (q.own ? 0 : q.principles[0] === principle ? 1 : 2);
  return orderByFreshness(
    questions.filter((q) => q.principles.includes(principle)),
    lastDrilled,
    tier,
  );
}

function orderByFreshness(
  questions: readonly DrillQuestion[],
  lastDrilled: ReadonlyMap<string, string>,
  tier: (q: DrillQuestion) => number = () => 0,
): DrillQuestion[] {
  const position = new Map(questions.map((q, i) => [q.id, i]));
  return [...questions].sort((a, b) => {
    const t = tier(a) - tier(b);
    if (t !== 0) return t;
    const la = lastDrilled.get(a.id) ?? "";
    const lb = lastDrilled.get(b.id) ?? "";
    if (la !== lb) return la < lb ? -1 : 1; // "" (never) sorts first
    return position.get(a.id)! - position.get(b.id)!;
  });
}

function item(question: DrillQuestion, principle: PrincipleCode, extra: Partial<DrillItem> & { context: string }, n: number): DrillItem {
  return {
    key: `${n}:${question.id}:${principle}`,
    question,
    principle,
    roundId: null,
    roundTitle: null,
    plannedStoryId: null,
    backupStoryId: null,
    ...extra,
  };
}

/** The questions a drill of `scope` asks, in order. */
export function buildDrillQueue(scope: DrillScope, input: DrillInput): DrillQueue {
  const { questions, today } = input;
  const lastDrilled = input.lastDrilled ?? new Map<string, string>();
  if (questions.length === 0) return { ok: false, problem: "no-questions", message: "There are no questions to drill." };

  if (scope.kind === "next-loop") {
    const loop = nextLoop(input.loops, today);
    if (!loop) {
      return {
        ok: false,
        problem: "no-dated-loop",
        message: "None of your loops has a date today or later (written as YYYY-MM-DD), so there is no next loop to drill.",
      };
    }
    const items: DrillItem[] = [];
    const asked = new Set<string>();
    for (const round of loop.rounds) {
      for (const principle of round.focus) {
        const planned = loop.assignments.find((a) => a.roundId === round.id && a.principle === principle) ?? null;
        const fresh = questionsToPractise(questions, principle, lastDrilled).filter((q) => !asked.has(q.id));
        for (const q of fresh.slice(0, QUESTIONS_PER_SLOT)) {
          asked.add(q.id);
          items.push(
            item(q, principle, {
              roundId: round.id,
              roundTitle: round.title,
              plannedStoryId: planned?.storyId ?? null,
              backupStoryId: planned?.backupStoryId ?? null,
              context: `${round.title} · ${principleName(principle)}`,
            }, items.length),
          );
        }
      }
    }
    if (items.length === 0) {
      return { ok: false, problem: "no-questions", message: `${loop.title} has no focus principles yet, so there is nothing to drill for it.` };
    }
    return { ok: true, items, loop };
  }

  if (scope.kind === "principle") {
    const items = questionsToPractise(questions, scope.principle, lastDrilled).map((q, n) =>
      item(q, scope.principle, { context: principleName(scope.principle) }, n),
    );
    if (items.length === 0) return { ok: false, problem: "no-questions", message: `There are no questions for ${principleName(scope.principle)}.` };
    return { ok: true, items, loop: null };
  }

  if (scope.kind === "weak-spots") {
    const spots = input.weakSpots;
    if (!spots || spots.length === 0) {
      return {
        ok: false,
        problem: "no-weak-spots",
        message: "No weak spots yet: tag stories with principles and rehearse them, and the ones told worst come back here first.",
      };
    }
    const items: DrillItem[] = [];
    const asked = new Set<string>();
    for (const spot of spots) {
      const ranked = questionsToPractise(questions, spot.principle, lastDrilled);
      const q = ranked.find((x) => !asked.has(x.id)) ?? ranked[0];
      if (!q) continue;
      asked.add(q.id);
      items.push(item(q, spot.principle, { plannedStoryId: spot.storyId, context: `Weak spot · ${principleName(spot.principle)} · ${spot.reason}` }, items.length));
    }
    return items.length ? { ok: true, items, loop: null } : { ok: false, problem: "no-weak-spots", message: "No weak spots match a question." };
  }

  const items = orderByFreshness(questions, lastDrilled, (q) => (q.own ? 0 : 1)).map((q, n) =>
    item(q, q.principles[0], { context: q.principles.map(principleName).join(" · ") }, n),
  );
  return { ok: true, items, loop: null };
}

// ---------- story suggestions ----------

export type SuggestionStory = Pick<Story, "id" | "title" | "status" | "principles" | "situation" | "task" | "action" | "result">;

export interface StorySuggestion {
  storyId: string;
  title: string;
  /** Why it ranks here: "Planned for Round 2 · Ownership", "Primary: Ownership · ready", "Similar wording (0.31)". */
  reason: string;
  similarity: number;
}

const QUESTION_DOC = "\u0000question:";

/** One TF-IDF index over the stories and the questions a drill may ask (build once per drill, reuse per card). */
export function buildSuggestionIndex(stories: readonly SuggestionStory[], questions: readonly Pick<DrillQuestion, "id" | "text">[]): TfIdfIndex {
  return buildTfIdf([
    ...stories.map((s) => ({ id: s.id, text: storyText(s) })),
    ...questions.map((q) => ({ id: QUESTION_DOC + q.id, text: q.text })),
  ]);
}

/** Similarity shown with two decimals; what the ranking compares, so the reason never contradicts the order. */
function rounded(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Every story, ranked for telling in answer to `drill.question` on `drill.principle`: the story planned for the
 * slot, then its backup; then stories tagged with the principle (primary before secondary, ready before draft);
 * then the rest; within each tier by TF-IDF cosine of question and story text; ties by title, then id.
 */
export function suggestStories(
  drill: Pick<DrillItem, "question" | "principle" | "roundTitle" | "plannedStoryId" | "backupStoryId">,
  stories: readonly SuggestionStory[],
  index: TfIdfIndex = buildSuggestionIndex(stories, [drill.question]),
): StorySuggestion[] {
  const name = principleName(drill.principle);
  const slot = drill.roundTitle ? `${drill.roundTitle} · ${name}` : name;
  const ranked = stories.map((story) => {
    const similarity = rounded(cosine(index, QUESTION_DOC + drill.question.id, story.id));
    const weight = story.principles.find((p) => p.code === drill.principle)?.weight ?? null;
    const wording = similarity > 0 ? ` · similar wording (${similarity.toFixed(2)})` : "";
    let tier: number;
    let reason: string;
    if (story.id === drill.plannedStoryId) {
      tier = 0;
      reason = drill.roundTitle ? `Planned for ${slot}` : `Weak spot for ${name}`;
    } else if (story.id === drill.backupStoryId) {
      tier = 1;
      reason = `Backup for ${slot}`;
    } else if (weight !== null) {
      tier = (weight === "primary" ? 2 : 4) + (story.status === "ready" ? 0 : 1);
      reason = `${weight === "primary" ? "Primary" : "Secondary"}: ${name} · ${story.status}${wording}`;
    } else if (similarity > 0) {
      tier = 6;
      reason = `Similar wording (${similarity.toFixed(2)})`;
    } else {
      tier = 7;
      reason = `Not tagged ${name}, no shared wording`;
    }
    return { storyId: story.id, title: story.title, reason, similarity, tier };
  });
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.similarity - a.similarity ||
      byTitle(a.title, b.title) ||
      (a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0),
  );
  return ranked.map(({ storyId, title, reason, similarity }) => ({ storyId, title, reason, similarity }));
}
