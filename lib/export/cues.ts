// Owns the STAR as cues for the prep sheet: what a candidate glances at before speaking, keeping what matters —
// the Action as up to four first-person steps, the Result's sentences that carry numbers, the Learnings line.
// Pure: no I/O. Never "each section's first sentence", which drops a result's number when it comes second.

export const MAX_ACTION_STEPS = 4;
export const MAX_RESULT_CUES = 2;
export const STEP_MAX_CHARS = 115;
export const RESULT_MAX_CHARS = 150;
export const LEARNING_MAX_CHARS = 130;
export const CONTEXT_MAX_CHARS = 140;
/** A lead-in this short before "I" ("Back at the office I …") is dropped so the step starts with the doer. */
const LEAD_IN_MAX_WORDS = 5;

export interface StoryCues {
  /** The situation's first sentence, trimmed: printed only when the story has no 30-second version. */
  context: string;
  /** Up to four steps, first person ("I …") first, in the order they were told. */
  actions: string[];
  /** The result's sentences that carry a number; its first sentence when none does. */
  results: string[];
  /** The learnings' first sentence ("" when none). */
  learning: string;
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/** Sentences: a stop, then space, then a capital, digit or quote opens the next one. */
export function splitSentences(text: string): string[] {
  const t = flat(text);
  if (!t) return [];
  return t
    .split(/(?<=[.!?])\s+(?=["“'(\p{Lu}\d$])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Cut at a clause boundary (comma, semicolon, dash) before `max` when one is not too early, else at a word, with "…". */
export function trimCue(text: string, max: number): string {
  const t = flat(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const clause = Math.max(cut.lastIndexOf(", "), cut.lastIndexOf("; "), cut.lastIndexOf(" – "), cut.lastIndexOf(" — "));
  const space = cut.lastIndexOf(" ");
  const end = clause > max * 0.55 ? clause : space > max * 0.6 ? space : max;
  return `${cut.slice(0, end).replace(/[\s,;:.\-–—]+$/, "")}…`;
}

const FIRST_PERSON = /(^|[\s,;(])I(?=[\s'’])/;
const PLURAL = /\b(we|our|us)\b/i;

/** 0: "I" does it; 1: "we" does it; 2: neither. */
function personRank(clause: string): number {
  if (FIRST_PERSON.test(clause)) return 0;
  if (PLURAL.test(clause)) return 1;
  return 2;
}

/** A sentence's clauses where a new one starts with "I" ("…; I suggested…", "…, and I moved…"). */
function splitClauses(sentence: string): string[] {
  return sentence
    .split(/;\s+|,\s+(?:and|then|so|but)\s+(?=I\s)|\s+and then\s+(?=I\s)/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** "Back at the office I changed …" → "I changed …" (short lead-ins only; a long one carries the point). */
function startAtDoer(clause: string): string {
  const m = /^(.*?)(?:,\s*|\s+)(I\s.*)$/.exec(clause);
  if (!m || m[1].split(/\s+/).length > LEAD_IN_MAX_WORDS || /\bI\b/.test(m[1])) return clause;
  return m[2];
}

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** Up to four steps of the Action: first-person clauses preferred over "we", then others; kept in story order. */
export function actionSteps(action: string, max = MAX_ACTION_STEPS): string[] {
  const clauses = splitSentences(action).flatMap(splitClauses);
  const ranked = clauses.map((text, i) => ({ text, i, rank: personRank(text) }));
  const picked = [...ranked].sort((a, b) => a.rank - b.rank || a.i - b.i).slice(0, max);
  return picked
    .sort((a, b) => a.i - b.i)
    .map(({ text, rank }) => trimCue(capitalize(rank === 0 ? startAtDoer(text) : text).replace(/[.;,]$/, ""), STEP_MAX_CHARS));
}

/** Digits, percentages, money, multipliers: what makes a result sentence worth keeping. */
const NUMBER = /\d|%|\$|€|£|×|\b(half|halved|twice|double[ds]?|doubled|triple[ds]?|tripled|\w+fold)\b/i;

export function carriesNumber(sentence: string): boolean {
  return NUMBER.test(sentence);
}

/** The Result's sentences that carry a number (up to two, in order); its first sentence when none does. */
export function resultCues(result: string, max = MAX_RESULT_CUES): string[] {
  const sentences = splitSentences(result);
  const numbered = sentences.filter(carriesNumber).slice(0, max);
  const chosen = numbered.length ? numbered : sentences.slice(0, 1);
  return chosen.map((s) => trimCue(s, RESULT_MAX_CHARS));
}

export function firstSentence(text: string, max: number): string {
  const first = splitSentences(text)[0] ?? "";
  return trimCue(first, max);
}

export function storyCues(story: { situation: string; action: string; result: string; learnings: string }): StoryCues {
  return {
    context: firstSentence(story.situation, CONTEXT_MAX_CHARS),
    actions: actionSteps(story.action),
    results: resultCues(story.result),
    learning: firstSentence(story.learnings, LEARNING_MAX_CHARS),
  };
}
