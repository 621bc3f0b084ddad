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

/** What threading needs of a comment (the server's CommentView has more). */
export interface ThreadableComment {
  id: string;
  parentId: string | null;
  section: CommentSection;
  resolvedAt: string | null;
}

export interface CommentThreadGroup<C> {
  root: C;
  replies: C[];
}

/** Groups comments into threads (first comment + its replies), in the order given (oldest first from the server). A reply whose root is missing is dropped. */
export function toThreads<C extends Pick<ThreadableComment, "id" | "parentId">>(comments: readonly C[]): CommentThreadGroup<C>[] {
  const replies = new Map<string, C[]>();
  for (const c of comments) {
    if (!c.parentId) continue;
    const list = replies.get(c.parentId) ?? [];
    list.push(c);
    replies.set(c.parentId, list);
  }
  return comments.filter((c) => !c.parentId).map((root) => ({ root, replies: replies.get(root.id) ?? [] }));
}

/** One section's threads, and which of them are open or resolved (a thread is resolved when its first comment is). */
export function splitThreads<C extends ThreadableComment>(comments: readonly C[], section: CommentSection) {
  const threads = toThreads(comments).filter((t) => t.root.section === section);
  return { threads, open: threads.filter((t) => !t.root.resolvedAt), resolved: threads.filter((t) => t.root.resolvedAt) };
}
