// Owns the follow-up questions StarLoop suggests for a story (DESIGN §7) and the headline it suggests from a metric.
//
// Order: first the story's own weak points (its action leans on "we"; its result names no number; it has no
// learnings), then the shipped questions of its primary principles, its secondary ones, then its angles. A question
// already on the story (same suggestion key, or the same words) is skipped. Each suggestion says why it is there.
import { formatQuantity } from "./metrics";
import { normalizeAngle, principleName } from "./principles";
import { countPronouns, namesNumber } from "./quality";
import { HEADLINE_MAX_WORDS } from "./story-limits";
import { countWords, splitWords } from "./text";
import type { FollowUp, Metric, PrincipleCode, Story } from "./types";

export interface FollowUpSuggestion {
  /** Stable id of the suggestion ("finding:we-not-i", "principle:ownership:1", "angle:failure:0"). */
  key: string;
  question: string;
  /** Why it is suggested for this story, in one line. */
  reason: string;
}

/** The shipped list, by principle: the angles a Bar Raiser digs with (contribution, measurement, alternatives…). */
export const PRINCIPLE_FOLLOW_UPS: Readonly<Record<PrincipleCode, readonly string[]>> = {
  "customer-obsession": [
    "How did you know what the customer actually needed, rather than what they asked for?",
    "What did the customer lose while this was being fixed, and how did you limit it?",
  ],
  ownership: [
    "What did you take on that was not formally your job?",
    "What would have happened if you had not stepped in?",
  ],
  "invent-and-simplify": [
    "What simpler options did you throw away, and why?",
    "How did you convince people the new way was worth the change?",
  ],
  "are-right-a-lot": [
    "What data did you have when you decided, and what was missing?",
    "When did you last turn out to be wrong on this, and what did you change?",
  ],
  "learn-and-be-curious": [
    "What did you have to learn from scratch, and how fast?",
    "What do you do differently today because of what you learned here?",
  ],
  "hire-and-develop-the-best": [
    "How did you know the person had grown? What could they do afterwards that they could not before?",
    "What feedback did you give that was hard to give?",
  ],
  "insist-on-the-highest-standards": [
    "Where did you refuse to cut a corner, and what did it cost?",
    "How did you make the higher bar stick after you moved on?",
  ],
  "think-big": [
    "How did you get others to buy into the bigger version of the idea?",
    "What would the next step be if you had twice the team?",
  ],
  "bias-for-action": [
    "What did you decide without all the data, and what was the risk?",
    "How did you make the decision reversible in case you were wrong?",
  ],
  frugality: [
    "What did you do without, and what did it save in money or time?",
    "What would you have asked for if budget were no constraint, and why did you not need it?",
  ],
  "earn-trust": [
    "How did you convince the people who disagreed with you?",
    "Tell me about the moment someone's trust in you was at risk here.",
  ],
  "dive-deep": [
    "Walk me through how you found the root cause, step by step.",
    "What number did you look at that nobody else was looking at?",
  ],
  "have-backbone-disagree-and-commit": [
    "Who did you disagree with, and how did you say it?",
    "Once the decision went against you, what did you do to make it work?",
  ],
  "deliver-results": [
    "What got in the way of delivering, and how did you get around it?",
    "How did you measure that the result was reached?",
  ],
  "strive-to-be-earths-best-employer": [
    "How did the people on the team feel during this, and what did you do about it?",
    "What did you change so the work was safer or more sustainable for the team?",
  ],
  "success-and-scale-bring-broad-responsibility": [
    "Who outside the team was affected by this, and how did you take them into account?",
    "What could have gone wrong at scale, and what did you put in place to prevent it?",
  ],
};

/** The shipped list, by angle (the angle suggestions of lib/domain/principles.ts). */
export const ANGLE_FOLLOW_UPS: Readonly<Record<string, readonly string[]>> = {
  "technical depth": ["What was the hardest technical decision, and what were the alternatives?"],
  "stakeholder management": ["Which stakeholder was hardest to bring along, and how did you do it?"],
  mentoring: ["What did the person you mentored do on their own afterwards?"],
  conflict: ["How did the relationship look after the conflict was settled?"],
  failure: ["What went wrong, and what was your part in it?", "What mechanism did you put in place so it does not happen again?"],
  ambiguity: ["What did you do first, when nobody could tell you what the goal was?"],
  cost: ["How did you measure the saving, and over what period?"],
  speed: ["What did you give up to go faster, and was it worth it?"],
  "customer impact": ["How did customers notice the change?"],
  scale: ["What broke first as it grew, and how did you find out?"],
};

const normalizeQuestion = (q: string) => splitWords(q.toLowerCase()).join(" ");

/** Suggested follow-ups for a story, best first, skipping those already on it. */
export function suggestFollowUps(
  story: Pick<Story, "action" | "result" | "learnings" | "metrics" | "principles" | "angles" | "followUps">,
): FollowUpSuggestion[] {
  const out: FollowUpSuggestion[] = [];
  const have = story.followUps ?? [];
  const keys = new Set(have.map((f) => f.suggestionKey).filter((k): k is string => k !== null));
  const questions = new Set(have.map((f) => normalizeQuestion(f.question)));
  const offer = (key: string, question: string, reason: string) => {
    if (keys.has(key) || questions.has(normalizeQuestion(question))) return;
    keys.add(key);
    questions.add(normalizeQuestion(question));
    out.push({ key, question, reason });
  };

  // The story's own weak points first (the same tests as the quality checks).
  const pronouns = countPronouns(story.action);
  if (pronouns.we > pronouns.i) {
    offer(
      "finding:we-not-i",
      "What exactly did you do yourself?",
      `Your action section says "we" ${pronouns.we} time${pronouns.we === 1 ? "" : "s"} and "I" ${pronouns.i} time${pronouns.i === 1 ? "" : "s"}.`,
    );
  }
  if (story.metrics.length === 0 && !namesNumber(story.result)) {
    offer("finding:result-unquantified", "How did you measure that?", "Your result names no number and the story has no metric.");
  }
  if (story.learnings.trim() === "") {
    offer("finding:no-learnings", "What would you do differently?", "Your story has no learnings yet.");
  }

  const ordered = [
    ...story.principles.filter((p) => p.weight === "primary"),
    ...story.principles.filter((p) => p.weight === "secondary"),
  ];
  for (const p of ordered) {
    PRINCIPLE_FOLLOW_UPS[p.code].forEach((q, i) =>
      offer(`principle:${p.code}:${i}`, q, `You tagged ${principleName(p.code)} as ${p.weight}.`),
    );
  }
  for (const raw of story.angles) {
    const angle = normalizeAngle(raw);
    (ANGLE_FOLLOW_UPS[angle] ?? []).forEach((q, i) => offer(`angle:${angle}:${i}`, q, `Your story carries the angle "${angle}".`));
  }
  return out;
}

/** A suggestion turned into a follow-up on the story (unanswered). */
export function followUpFromSuggestion(s: FollowUpSuggestion): FollowUp {
  return { question: s.question, answer: "", source: "suggested", suggestionKey: s.key };
}

/**
 * A headline from the story's first metric: "Cut p95 latency from 420 ms to 260 ms", "Raised conversion from 20% to
 * 85%", "Reached 1,200 signups". null when the story has no metric. Kept within the headline's word limit.
 */
export function suggestHeadline(metrics: readonly Metric[]): string | null {
  const m = metrics[0];
  if (m === undefined) return null;
  const label = m.label.trim().replace(/\s+/g, " ") || "the metric";
  const after = formatQuantity(m.after, m.unit);
  let text: string;
  if (m.before === null || m.before === undefined) text = `Reached ${after} ${label}`;
  else {
    const lower = m.after < m.before;
    const verb = m.direction === "lower-is-better" ? (lower ? "Cut" : "Moved") : lower ? "Moved" : "Raised";
    text = `${verb} ${label} from ${formatQuantity(m.before, m.unit)} to ${after}`;
  }
  const words = text.split(" ");
  while (words.length > 1 && countWords(words.join(" ")) > HEADLINE_MAX_WORDS) words.pop();
  return words.join(" ");
}
