// Comments on a project's deep-dive, section by section, as on stories (lib/server/comments.ts): read and written by
// the owner or a mentor with an active share, one level of replies, resolved by the owner or the thread's starter,
// deleted by their author. Posting shares the story comments' rate limit.
import "server-only";
import { db } from "./db";
import { accessTo } from "./access";
import { ForbiddenError, InputError, NotFoundError } from "./errors";
import { parseInput } from "./parse-input";
import { takeAttempt } from "./rate-limit";
import type { Viewer } from "./viewer";
import { COMMENT_RATE_MAX, COMMENT_RATE_WINDOW_SECONDS, commentRateMessage } from "@/lib/domain/comments";
import type { DeepDiveCommentSection } from "@/lib/domain/deep-dive";
import { commentIdSchema } from "@/lib/validation/comment";
import { addDeepDiveCommentSchema } from "@/lib/validation/deep-dive";
import type { CommentAuthorRole } from "./comments";

export interface DeepDiveCommentView {
  id: string;
  parentId: string | null;
  section: DeepDiveCommentSection;
  body: string;
  authorName: string;
  authorRole: CommentAuthorRole;
  createdAt: string;
  resolvedAt: string | null;
  mine: boolean;
  canResolve: boolean;
}

async function deepDiveAccess(viewer: Viewer, projectId: string) {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { userId: true, deepDive: { select: { id: true } } } });
  if (!project) throw new NotFoundError();
  const access = await accessTo(viewer, project.userId);
  if (!access) throw new NotFoundError();
  return { candidateId: project.userId, access, deepDiveId: project.deepDive?.id ?? null };
}

export async function listDeepDiveComments(viewer: Viewer, projectId: string): Promise<DeepDiveCommentView[]> {
  const { candidateId, access, deepDiveId } = await deepDiveAccess(viewer, projectId);
  if (deepDiveId === null) return [];
  const [rows, shares] = await Promise.all([
    db.deepDiveComment.findMany({ where: { deepDiveId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { author: { select: { name: true } } } }),
    db.share.findMany({ where: { candidateId, revokedAt: null }, select: { mentorId: true } }),
  ]);
  const mentors = new Set(shares.map((s) => s.mentorId));
  const starterOf = new Map(rows.map((r) => [r.id, r.authorId]));
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    section: r.section as DeepDiveCommentSection,
    body: r.body,
    authorName: r.author.name,
    authorRole: r.authorId === candidateId ? "candidate" : mentors.has(r.authorId) ? "mentor" : "former-mentor",
    createdAt: r.createdAt.toISOString(),
    resolvedAt: r.resolvedAt ? r.resolvedAt.toISOString() : null,
    mine: r.authorId === viewer.id,
    canResolve: access === "owner" || starterOf.get(r.parentId ?? r.id) === viewer.id,
  }));
}

/** Adds a comment (or a reply, which joins its thread's first comment and takes its section). */
export async function addDeepDiveComment(viewer: Viewer, raw: unknown, now = new Date()): Promise<{ id: string; projectId: string }> {
  const input = parseInput(addDeepDiveCommentSchema, raw);
  const { deepDiveId } = await deepDiveAccess(viewer, input.projectId);
  if (deepDiveId === null) throw new InputError("This deep-dive has not been written yet: there is nothing to comment on.");
  let parentId: string | null = null;
  let section: string = input.section;
  if (input.parentId) {
    const parent = await db.deepDiveComment.findUnique({ where: { id: input.parentId }, select: { id: true, deepDiveId: true, parentId: true, section: true } });
    if (!parent || parent.deepDiveId !== deepDiveId) throw new InputError("The comment you replied to no longer exists.");
    const rootId = parent.parentId ?? parent.id;
    const root = rootId === parent.id ? parent : await db.deepDiveComment.findUnique({ where: { id: rootId }, select: { section: true } });
    parentId = rootId;
    section = root?.section ?? parent.section;
  }
  const wait = await takeAttempt([{ key: `comment:${viewer.id}`, max: COMMENT_RATE_MAX, windowSeconds: COMMENT_RATE_WINDOW_SECONDS }], now);
  if (wait !== null) throw new InputError(commentRateMessage(wait));
  const row = await db.deepDiveComment.create({ data: { deepDiveId, authorId: viewer.id, parentId, section, body: input.body }, select: { id: true } });
  return { id: row.id, projectId: input.projectId };
}

async function readable(viewer: Viewer, raw: unknown) {
  const { id } = parseInput(commentIdSchema, typeof raw === "string" ? { id: raw } : raw);
  const row = await db.deepDiveComment.findUnique({
    where: { id },
    select: { id: true, authorId: true, parentId: true, deepDive: { select: { projectId: true, project: { select: { userId: true } } } } },
  });
  if (!row) throw new NotFoundError();
  const access = await accessTo(viewer, row.deepDive.project.userId);
  if (!access) throw new NotFoundError();
  return { ...row, access, projectId: row.deepDive.projectId };
}

export async function deleteDeepDiveComment(viewer: Viewer, raw: unknown): Promise<{ projectId: string }> {
  const comment = await readable(viewer, raw);
  if (comment.authorId !== viewer.id) throw new ForbiddenError("You can only delete your own comments.");
  await db.deepDiveComment.delete({ where: { id: comment.id } });
  return { projectId: comment.projectId };
}

/** Resolves (or, with null, reopens) a whole thread: the deep-dive's owner or the thread's starter may. */
export async function setDeepDiveCommentResolved(viewer: Viewer, raw: unknown, resolvedAt: Date | null): Promise<{ projectId: string }> {
  const comment = await readable(viewer, raw);
  const rootId = comment.parentId ?? comment.id;
  const root = await db.deepDiveComment.findUnique({ where: { id: rootId }, select: { authorId: true, updatedAt: true } });
  if (!root) throw new NotFoundError();
  if (comment.access !== "owner" && root.authorId !== viewer.id) {
    throw new ForbiddenError("Only the candidate or the person who started this thread can resolve or reopen it.");
  }
  await db.deepDiveComment.update({ where: { id: rootId }, data: { resolvedAt, updatedAt: root.updatedAt } });
  return { projectId: comment.projectId };
}
