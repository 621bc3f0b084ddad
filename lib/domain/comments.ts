// Where a mentor's comment anchors on a story and how long it may be. Free of zod so the comment
// thread (a client component) can use it without shipping the validation library to the browser.
import { SECTIONS } from "./types";

export const COMMENT_SECTIONS = [...SECTIONS, "metrics", "general"] as const;
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
};
