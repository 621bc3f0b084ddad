// Who may read or write what: the owner reads and writes; a mentor with an active share reads
// (and comments); everyone else is told the thing does not exist.
import "server-only";
import { db } from "./db";
import { ForbiddenError, NotFoundError } from "./errors";
import type { Viewer } from "./viewer";

export type Access = "owner" | "mentor";

export async function accessTo(viewer: Viewer, candidateId: string): Promise<Access | null> {
  if (viewer.id === candidateId) return "owner";
  const share = await db.share.findFirst({
    where: { candidateId, mentorId: viewer.id, revokedAt: null },
    select: { id: true },
  });
  return share ? "mentor" : null;
}

/** Read access to a candidate's rows, or NotFound (a stranger learns nothing). */
export async function assertCanRead(viewer: Viewer, candidateId: string): Promise<Access> {
  const access = await accessTo(viewer, candidateId);
  if (!access) throw new NotFoundError();
  return access;
}

/** Write access: only the owner. A mentor is refused plainly; a stranger gets NotFound. */
export async function assertCanWrite(viewer: Viewer, candidateId: string): Promise<void> {
  const access = await accessTo(viewer, candidateId);
  if (!access) throw new NotFoundError();
  if (access === "mentor") throw new ForbiddenError("Mentors can read and comment, but only the candidate can change their bank.");
}
