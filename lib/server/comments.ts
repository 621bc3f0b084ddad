// Comments on a story: read and written by its owner or a mentor with an active share, anchored
// to a section, one level of replies, resolved and reopened. A revoked mentor's comments stay,
// marked as from a former mentor. Posting is limited per person and time (COMMENT_RATE_* in lib/domain).
import "server-only";
import { cache } from "react";
import { db } from "./db";
import { accessTo, assertCanRead, type Access } from "./access";
import { BankCache, readBankVersion } from "./bank-cache";
import { ForbiddenError, InputError, NotFoundError } from "./errors";
import { parseInput } from "./parse-input";
import { takeAttempt } from "./rate-limit";
import type { Viewer } from "./viewer";
import { COMMENT_RATE_MAX, COMMENT_RATE_WINDOW_SECONDS, commentRateMessage, type CommentSection } from "@/lib/domain/comments";
import { addCommentSchema, commentIdSchema, editCommentSchema } from "@/lib/validation/comment";

export type CommentAuthorRole = "candidate" | "mentor" | "former-mentor";

/** A comment as the UI gets it: plain data (dates as ISO strings) that can cross to client components. */
export interface CommentView {
  id: string;
  storyId: string;
  parentId: string | null;
  section: CommentSection;
  body: string;
  authorId: string;
  authorName: string;
  authorRole: CommentAuthorRole;
  createdAt: string;
  updatedAt: string;
  edited: boolean;
  resolvedAt: string | null;
  /** The viewer wrote it (and so may edit or delete it). */
  mine: boolean;
  /** The viewer may resolve or reopen its thread (story owner or thread starter). */
  canResolve: boolean;
}

/** What a write changed, so the action knows which pages to refresh. */
export interface CommentRef {
  id: string;
  storyId: string;
  candidateId: string;
}

async function storyAccess(viewer: Viewer, storyId: string): Promise<{ candidateId: string; access: Access }> {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { userId: true } });
  if (!story) throw new NotFoundError();
  const access = await accessTo(viewer, story.userId);
  if (!access) throw new NotFoundError();
  return { candidateId: story.userId, access };
}

/** A comment the viewer can currently read (owner of its story or an active mentor), or NotFound. */
async function readableComment(viewer: Viewer, id: string) {
  const row = await db.comment.findUnique({
    where: { id },
    select: { id: true, storyId: true, authorId: true, parentId: true, story: { select: { userId: true } } },
  });
  if (!row) throw new NotFoundError();
  const access = await accessTo(viewer, row.story.userId);
  if (!access) throw new NotFoundError();
  return { ...row, candidateId: row.story.userId, access };
}

/** Every comment on a story, oldest first (threads are grouped by the UI through parentId). */
// `known`: the story's owner and the viewer's access, when the caller has just read the story (the editor page).
export async function listComments(viewer: Viewer, storyId: string, known?: { candidateId: string; access: Access }): Promise<CommentView[]> {
  const { candidateId, access } = known ?? (await storyAccess(viewer, storyId));
  const [rows, mentorIds] = await Promise.all([
    db.comment.findMany({
      where: { storyId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { author: { select: { name: true } } },
    }),
    activeMentorIds(candidateId),
  ]);
  const activeMentors = new Set(mentorIds);
  const starterOf = new Map(rows.map((r) => [r.id, r.authorId]));
  return rows.map((r) => ({
    id: r.id,
    storyId: r.storyId,
    parentId: r.parentId,
    section: r.section as CommentSection,
    body: r.body,
    authorId: r.authorId,
    authorName: r.author.name,
    authorRole: r.authorId === candidateId ? "candidate" : activeMentors.has(r.authorId) ? "mentor" : "former-mentor",
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    edited: r.updatedAt.getTime() - r.createdAt.getTime() > 1000,
    resolvedAt: r.resolvedAt ? r.resolvedAt.toISOString() : null,
    mine: r.authorId === viewer.id,
    canResolve: access === "owner" || starterOf.get(r.parentId ?? r.id) === viewer.id,
  }));
}

/**
 * Adds a comment, or a reply when parentId is given. Replies join the thread's first comment
 * (one level of nesting) and take its section.
 */
export async function addComment(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<CommentRef> {
  const input = parseInput(addCommentSchema, raw);
  const { candidateId } = await storyAccess(viewer, input.storyId);
  let parentId: string | null = null;
  let section = input.section;
  if (input.parentId) {
    const parent = await db.comment.findUnique({
      where: { id: input.parentId },
      select: { id: true, storyId: true, parentId: true, section: true },
    });
    if (!parent || parent.storyId !== input.storyId) throw new InputError("The comment you replied to no longer exists.");
    parentId = parent.parentId ?? parent.id;
    if (parent.parentId) {
      const root = await db.comment.findUnique({ where: { id: parent.parentId }, select: { section: true } });
      section = (root?.section ?? parent.section) as CommentSection;
    } else {
      section = parent.section as CommentSection;
    }
  }
  const wait = await takeAttempt([{ key: `comment:${viewer.id}`, max: COMMENT_RATE_MAX, windowSeconds: COMMENT_RATE_WINDOW_SECONDS }], now);
  if (wait !== null) throw new InputError(commentRateMessage(wait));
  const row = await db.comment.create({
    data: { storyId: input.storyId, authorId: viewer.id, parentId, section, body: input.body },
    select: { id: true },
  });
  return { id: row.id, storyId: input.storyId, candidateId };
}

/** Changes the text of one's own comment (while one still has access to the story). */
export async function editComment(viewer: Viewer, raw: unknown): Promise<CommentRef> {
  const input = parseInput(editCommentSchema, raw);
  const comment = await readableComment(viewer, input.id);
  if (comment.authorId !== viewer.id) throw new ForbiddenError("You can only edit your own comments.");
  await db.comment.update({ where: { id: comment.id }, data: { body: input.body } });
  return { id: comment.id, storyId: comment.storyId, candidateId: comment.candidateId };
}

/** Deletes one's own comment; a thread's first comment takes its replies with it. */
export async function deleteComment(viewer: Viewer, raw: unknown): Promise<CommentRef> {
  const { id } = parseInput(commentIdSchema, typeof raw === "string" ? { id: raw } : raw);
  const comment = await readableComment(viewer, id);
  if (comment.authorId !== viewer.id) throw new ForbiddenError("You can only delete your own comments.");
  await db.comment.delete({ where: { id: comment.id } });
  return { id: comment.id, storyId: comment.storyId, candidateId: comment.candidateId };
}

/** Resolving acts on a whole thread: the story's owner or the thread starter may do it. */
async function setResolved(viewer: Viewer, raw: unknown, resolvedAt: Date | null): Promise<CommentRef> {
  const { id } = parseInput(commentIdSchema, typeof raw === "string" ? { id: raw } : raw);
  const comment = await readableComment(viewer, id);
  const rootId = comment.parentId ?? comment.id;
  const root = await db.comment.findUnique({ where: { id: rootId }, select: { authorId: true, updatedAt: true } });
  if (!root) throw new NotFoundError();
  if (comment.access !== "owner" && root.authorId !== viewer.id) {
    throw new ForbiddenError("Only the story's owner or the person who started this thread can resolve or reopen it.");
  }
  // updatedAt is kept as it was: it marks edits to the text, which resolving is not.
  await db.comment.update({ where: { id: rootId }, data: { resolvedAt, updatedAt: root.updatedAt } });
  return { id: rootId, storyId: comment.storyId, candidateId: comment.candidateId };
}

export async function resolveComment(viewer: Viewer, raw: unknown, now: Date = new Date()): Promise<CommentRef> {
  return setResolved(viewer, raw, now);
}

export async function reopenComment(viewer: Viewer, raw: unknown): Promise<CommentRef> {
  return setResolved(viewer, raw, null);
}

/**
 * Comment counts per story id, remembered per process beside the bank they count (keyed by the owner's bank version,
 * which every comment and read marker on their stories changes: lib/server/bank-cache.ts). Callers check access first.
 */
const COUNTED_BANKS = 100;
const openCounts = new BankCache<ReadonlyMap<string, number>>(COUNTED_BANKS);
const unreadCounts = new BankCache<ReadonlyMap<string, number>>(COUNTED_BANKS);

/** Open (unresolved) threads per story of a candidate, for the stories list. */
export async function unresolvedCounts(viewer: Viewer, candidateId: string = viewer.id): Promise<ReadonlyMap<string, number>> {
  await assertCanRead(viewer, candidateId);
  const version = await readBankVersion(candidateId); // before the loader's read (bank-cache.ts)
  return openCounts.get(candidateId, version, async () => {
    const groups = await db.$queryRaw<{ storyId: string; n: number | bigint }[]>`
      SELECT c."storyId", COUNT(*) AS "n" FROM "Comment" c JOIN "Story" s ON s."id" = c."storyId"
      WHERE s."userId" = ${candidateId} AND c."parentId" IS NULL AND c."resolvedAt" IS NULL
      GROUP BY c."storyId"`;
    return { value: new Map(groups.map((g) => [g.storyId, Number(g.n)])) };
  });
}

/** One of the viewer's stories with comments by others that came after the viewer last looked. */
export interface UnreadComments {
  storyId: string;
  storyTitle: string;
  count: number;
  latestAt: string;
}

/**
 * Comments by other people (mentors) on the viewer's own stories, posted after the viewer last
 * opened the story. Only the viewer's own stories count: a mentor gets nothing for a mentee's.
 */
export const listUnreadComments = cache(readUnreadComments);

/**
 * The mentors with an active share on a candidate's bank (ids), once per request (React's cache, keyed by the id):
 * the story page's comment roles and its "has mentors" hint ask the same.
 */
export const activeMentorIds = cache(async (candidateId: string): Promise<string[]> => {
  const shares = await db.share.findMany({ where: { candidateId, revokedAt: null }, select: { mentorId: true } });
  return shares.map((s) => s.mentorId);
});

/**
 * Unread comments per story id (as listUnreadComments, without the story titles), once per request: what the
 * layout's badge and the story page need. Remembered per process by the viewer's bank version (see above): one
 * version read per request where the grouped statement was.
 */
export const unreadCommentCounts = cache(async (viewer: Viewer): Promise<ReadonlyMap<string, number>> => {
  const version = await readBankVersion(viewer.id); // before the loader's read (bank-cache.ts)
  return unreadCounts.get(viewer.id, version, async () => {
    // Comments by others on the viewer's stories after their last look.
    const rows = await db.$queryRaw<{ storyId: string; n: number | bigint }[]>`
      SELECT c."storyId", COUNT(*) AS "n" FROM "Comment" c
      JOIN "Story" s ON s."id" = c."storyId"
      LEFT JOIN "CommentRead" r ON r."userId" = ${viewer.id} AND r."storyId" = c."storyId"
      WHERE s."userId" = ${viewer.id} AND c."authorId" <> ${viewer.id} AND (r."readAt" IS NULL OR c."createdAt" > r."readAt")
      GROUP BY c."storyId"`;
    return { value: new Map(rows.map((r) => [r.storyId, Number(r.n)])) };
  });
});

// Memoized per request (React's cache, keyed by the request's one viewer object). Nothing outlives the request.
async function readUnreadComments(viewer: Viewer): Promise<UnreadComments[]> {
  const [rows, reads] = await Promise.all([
    db.comment.findMany({
      where: { story: { userId: viewer.id }, authorId: { not: viewer.id } },
      select: { storyId: true, createdAt: true, story: { select: { title: true } } },
    }),
    db.commentRead.findMany({ where: { userId: viewer.id }, select: { storyId: true, readAt: true } }),
  ]);
  const readAt = new Map(reads.map((r) => [r.storyId, r.readAt.getTime()]));
  const byStory = new Map<string, UnreadComments>();
  for (const r of rows) {
    if (r.createdAt.getTime() <= (readAt.get(r.storyId) ?? -Infinity)) continue;
    const entry = byStory.get(r.storyId) ?? { storyId: r.storyId, storyTitle: r.story.title, count: 0, latestAt: r.createdAt.toISOString() };
    entry.count += 1;
    if (r.createdAt.toISOString() > entry.latestAt) entry.latestAt = r.createdAt.toISOString();
    byStory.set(r.storyId, entry);
  }
  return [...byStory.values()].sort((a, b) => b.latestAt.localeCompare(a.latestAt));
}

/** Marks every comment on one of the viewer's own stories as read (anyone else's story is NotFound). */
export async function markCommentsRead(viewer: Viewer, storyId: string, now: Date = new Date()): Promise<void> {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { userId: true } });
  if (!story || story.userId !== viewer.id) throw new NotFoundError();
  await db.commentRead.upsert({
    where: { userId_storyId: { userId: viewer.id, storyId } },
    create: { userId: viewer.id, storyId, readAt: now },
    update: { readAt: now },
  });
}
