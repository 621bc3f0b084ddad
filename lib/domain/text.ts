// Owns word counting and spoken-time estimates; spoken time always counts S+T+A+R+learnings (the learnings are said aloud too).
import type { Story } from "./types";

export const WORDS_PER_MINUTE = 140;

// A word is a run of unicode letters/digits (and combining marks); an apostrophe or hyphen
// joins two such runs ("don't", "end-to-end"). Separators are mandatory between runs, so the
// pattern cannot backtrack catastrophically.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*/gu;

export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  if (!text) return 0;
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

export function spokenMinutes(words: number): number {
  return words / WORDS_PER_MINUTE;
}

/** "2 min 10 s", "45 s", "3 min" — rounded to the nearest second. */
export function formatSpokenTime(minutes: number): string {
  const total = Math.max(0, Math.round(minutes * 60));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return `${s} s`;
  if (s === 0) return `${m} min`;
  return `${m} min ${s} s`;
}

export interface StoryWordCounts {
  situation: number;
  task: number;
  action: number;
  result: number;
  learnings: number;
  /** situation + task + action + result */
  star: number;
  /** star + learnings: what spoken time is estimated from */
  total: number;
}

export function storyWordCounts(
  story: Pick<Story, "situation" | "task" | "action" | "result" | "learnings">,
): StoryWordCounts {
  const situation = countWords(story.situation);
  const task = countWords(story.task);
  const action = countWords(story.action);
  const result = countWords(story.result);
  const learnings = countWords(story.learnings);
  const star = situation + task + action + result;
  return { situation, task, action, result, learnings, star, total: star + learnings };
}

/** Estimated minutes to tell the story aloud (S+T+A+R+learnings at WORDS_PER_MINUTE). */
export function storySpokenMinutes(
  story: Pick<Story, "situation" | "task" | "action" | "result" | "learnings">,
): number {
  return spokenMinutes(storyWordCounts(story).total);
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The first character of `value` that cannot be stored or exported as UTF-8 JSON, described for a message:
 * an unpaired surrogate (half of an emoji, e.g. "\ud800"), or a control character other than tab and line
 * breaks (PostgreSQL refuses U+0000 in text). null when every character is fine.
 */
export function unstorableCharacter(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return `${hex(code)}, an unpaired surrogate`;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return `${hex(code)}, an unpaired surrogate`;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return `${hex(code)}, a control character`;
  }
  return null;
}
