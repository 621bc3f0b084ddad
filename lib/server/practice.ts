// What a drill needs in one read (the candidate's own page, or a mentor's mock interview): the queue for the
// chosen scope, the stories to suggest (with their text for the similarity ranking) and the question ledger.
import "server-only";
import { assertCanRead } from "./access";
import { getLoop, listLoops } from "./loops";
import { listOwnQuestions } from "./questions";
import { getQuestionLedger, getWeakSpots } from "./rehearsals";
import { listStories } from "./stories";
import type { Viewer } from "./viewer";
import { buildDrillQueue, nextLoop, type DrillLoop, type DrillQuestion, type DrillQueue, type DrillScope, type DrillWeakSpot, type SuggestionStory } from "@/lib/domain/drill";
import { loopTitle } from "@/lib/domain/loop-names";
import { SHIPPED_QUESTIONS } from "@/lib/domain/questions";
import { storyTargetTime } from "@/lib/domain/timer";
import type { PracticeQuery } from "@/lib/validation/practice";

export interface PracticeStory extends SuggestionStory {
  /** Estimated spoken time at 140 words a minute. */
  targetSeconds: number;
  targetLabel: string;
}

export interface PracticeData {
  scope: DrillScope | null;
  queue: DrillQueue | null;
  stories: PracticeStory[];
  /** The loop "my next loop" would drill (title and date), to name it on the scope picker. */
  next: { title: string; date: string } | null;
  questionCount: number;
}

const WEAK_REASON = {
  "never-rehearsed": "never rehearsed",
  "below-depth": "principle below the depth target",
  due: "due again",
  scheduled: "next due",
} as const;

/** The FSRS weak-spots queue (lib/domain/weak-spots.ts), most urgent first, in the drill's terms. */
async function loadWeakSpots(viewer: Viewer, candidateId: string): Promise<DrillWeakSpot[]> {
  const spots = await getWeakSpots(viewer, candidateId);
  return spots.map((s) => ({
    principle: s.principle,
    storyId: s.storyId,
    reason: s.reason === "scheduled" && s.due ? `${WEAK_REASON.scheduled} ${s.due.toISOString().slice(0, 10)}` : WEAK_REASON[s.reason],
  }));
}

export function toScope(query: PracticeQuery): DrillScope | null {
  if (query.scope === "principle") return query.principle ? { kind: "principle", principle: query.principle } : null;
  return query.scope ? { kind: query.scope } : null;
}

export async function loadPractice(viewer: Viewer, candidateId: string, query: PracticeQuery, today: string): Promise<PracticeData> {
  await assertCanRead(viewer, candidateId);
  const [records, own, summaries] = await Promise.all([listStories(viewer, candidateId), listOwnQuestions(viewer, candidateId), listLoops(viewer, candidateId)]);
  const questions: DrillQuestion[] = [
    ...own.map((q) => ({ id: q.id, text: q.text, principles: q.principles, own: true })),
    ...SHIPPED_QUESTIONS.map((q) => ({ ...q, own: false })),
  ];
  const stories: PracticeStory[] = records.map((s) => {
    const target = storyTargetTime(s);
    return {
      id: s.id,
      title: s.title,
      status: s.status,
      principles: s.principles,
      situation: s.situation,
      task: s.task,
      action: s.action,
      result: s.result,
      targetSeconds: target.seconds,
      targetLabel: target.label,
    };
  });
  // Only the nearest dated loop needs its rounds, so the others stay summaries.
  const nearest = nextLoop(
    summaries.map((l) => ({ id: l.id, title: loopTitle(l), date: l.date, rounds: [], assignments: [] })),
    today,
  );
  const next = nearest ? { title: nearest.title, date: nearest.date } : null;
  const scope = toScope(query);
  if (!scope) return { scope, queue: null, stories, next, questionCount: questions.length };

  let loops: DrillLoop[] = [];
  if (scope.kind === "next-loop" && nearest) {
    const loop = await getLoop(viewer, nearest.id);
    loops = [{ id: loop.id, title: nearest.title, date: loop.date, rounds: loop.rounds, assignments: loop.assignments }];
  }
  const ledger = await getQuestionLedger(viewer, candidateId);
  const lastDrilled = new Map(ledger.map((e) => [e.questionId, e.lastAt.toISOString()]));
  const weakSpots = scope.kind === "weak-spots" ? await loadWeakSpots(viewer, candidateId) : null;
  const queue = buildDrillQueue(scope, { questions, loops, today, lastDrilled, weakSpots });
  return { scope, queue, stories, next, questionCount: questions.length };
}
