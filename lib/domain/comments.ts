// Where a mentor's comment anchors on a story and how long it may be. Free of zod so the comment
// thread (a client component) can use it without shipping the validation library to the browser.
import { SECTIONS } from "./types";

export const COMMENT_SECTIONS = [...SECTIONS, "metrics", "general", "headline", "shortVersion", "followUps"] as const;
export type CommentSection = (typeof COMMENT_SECTIONS)[number];
export const COMMENT_MAX = 5000;

export const COMMENT_SECTION_LABELS: Readonly<Record<CommentSection, string>> = {
  situation: "Situation",
  task: "Task",
  action: "Action",
  result: "Result",
  learnings: "Learnings",
  metrics: "Metrics",
  general: "General",
  headline: "Headline",
  shortVersion: "30-second version",
  followUps: "Follow-ups",
};

/** How many comments (replies included) one person may post across every story in one window. */
export const COMMENT_RATE_MAX = 30;
export const COMMENT_RATE_WINDOW_SECONDS = 10 * 60;

export function commentRateMessage(waitSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
  return `You can post at most ${COMMENT_RATE_MAX} comments in ${COMMENT_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}; your text is still here.`;
}
