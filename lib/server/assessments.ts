// The quality checks of a story, remembered by the story's content: `assessStory` is a pure function, so its
// result for the same input is the same answer, on every instance, however the story got that content. The key is a
// SHA-256 of everything the checks read (the story's sections, tags, metrics, headline, short version, follow-ups,
// status and the loop context), so a saved change is a new key and can never be answered from an older one.
// A loop page rates the whole bank on every view: this turns ~200 assessments (about a fifth of its CPU) into
// ~200 hashes. Bounded (least recently used out); results are frozen, so no caller can change a shared one.
import "server-only";
import { createHash } from "node:crypto";
import { BoundedMemo } from "./bounded-memo";
import { assessStory, type CheckableStory, type QualityContext, type StoryAssessment } from "@/lib/domain/quality";

/** Every field assessStory reads (keyText writes each); the type check below fails when CheckableStory gains one not listed. */
const FIELDS = [
  "situation",
  "task",
  "action",
  "result",
  "learnings",
  "angles",
  "metrics",
  "principles",
  "headline",
  "shortVersion",
  "followUps",
  "status",
] as const satisfies readonly (keyof CheckableStory)[];
type Unlisted = Exclude<keyof CheckableStory, (typeof FIELDS)[number]>;
const everyFieldListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyFieldListed;

export const ASSESSMENT_MEMO_SIZE = 5000;
const memo = new BoundedMemo<StoryAssessment>(ASSESSMENT_MEMO_SIZE);

// The key's text: every string length-prefixed ("12:…"), absent values and null spelled apart, every list counted,
// so two different inputs never give the same text. (JSON.stringify of the same fields cost three times as much.)
const text = (s: string | null | undefined) => (s === undefined ? "u" : s === null ? "n" : s.length + ":" + s);
const num = (n: number | null) => (n === null ? "n" : Object.is(n, -0) ? "-0;" : n + ";");

function keyText(story: CheckableStory, ctx: QualityContext): string {
  let k = text(story.situation) + text(story.task) + text(story.action) + text(story.result) + text(story.learnings);
  k += text(story.headline) + text(story.shortVersion) + text(story.status);
  k += "a" + story.angles.length;
  for (const angle of story.angles) k += text(angle);
  k += "p" + story.principles.length;
  for (const p of story.principles) k += text(p.code) + text(p.weight);
  k += "m" + story.metrics.length;
  for (const m of story.metrics) k += text(m.label) + text(m.unit) + num(m.before) + num(m.after) + text(m.direction);
  if (story.followUps === undefined) k += "f-";
  else {
    k += "f" + story.followUps.length;
    for (const f of story.followUps) k += text(f.question) + text(f.answer) + text(f.source) + text(f.suggestionKey);
  }
  const barRaiser = ctx.barRaiserPrinciples === undefined ? null : [...ctx.barRaiserPrinciples].sort();
  k += barRaiser === null ? "b-" : "b" + barRaiser.length + barRaiser.map(text).join("");
  k += ctx.plannedInBarRaiser === undefined ? "-" : ctx.plannedInBarRaiser ? "t" : "f";
  return k;
}

/** The memo key: a SHA-256 of the key text. */
export function assessmentKey(story: CheckableStory, ctx: QualityContext = {}): string {
  return createHash("sha256").update(keyText(story, ctx)).digest("base64url");
}

/** assessStory's answer for this content and context, computed once per process while it stays in the memo. */
export function assessStoryOnce(story: CheckableStory, ctx: QualityContext = {}): StoryAssessment {
  const key = assessmentKey(story, ctx);
  return memo.get(key) ?? memo.set(key, assessStory(story, ctx));
}

/** How many assessments are remembered (for tests). */
export function assessmentMemoSize(): number {
  return memo.size;
}
