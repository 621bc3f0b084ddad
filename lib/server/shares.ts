// Mentor sharing: invite links (random token, stored only as its sha-256, single use, 7 days),
// accepting them, and the shares that give a mentor read + comment access until revoked.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "./db";
import { assertCanRead } from "./access";
import { InputError, NotFoundError } from "./errors";
import type { Viewer } from "./viewer";
import { INVITE_TOKEN_PATTERN } from "@/lib/validation/share";

export const INVITE_TTL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Enough for any real use; stops one account from filling the table with links. */
export const MAX_PENDING_INVITES = 20;

export type InviteProblem = "malformed" | "unknown" | "expired" | "used" | "revoked" | "own";

const PROBLEM_MESSAGES: Record<InviteProblem, string> = {
  malformed: "This invitation link is not valid. Check that you copied the whole link.",
  unknown: "This invitation link is not valid. Ask the person who invited you for a new link.",
  expired: "This invitation link has expired (links last 7 days). Ask the person who invited you for a new one.",
  used: "This invitation link has already been used. Each link works once: ask for a new one.",
  revoked: "This invitation was withdrawn by the person who sent it. Ask them for a new link if you still need one.",
  own: "This is your own invitation link. Send it to your mentor: they open it to get access to your bank.",
};

/** A link that cannot be accepted; `problem` says why, the message says so in plain words. */
export class InviteError extends InputError {
  constructor(readonly problem: InviteProblem) {
    super(PROBLEM_MESSAGES[problem]);
  }
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface CreatedInvite {
  id: string;
  /** Shown once, in the link; only its hash is stored. */
  token: string;
  expiresAt: Date;
}

export async function createInvite(viewer: Viewer, now: Date = new Date()): Promise<CreatedInvite> {
  const pending = await db.invite.count({
    where: { candidateId: viewer.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
  });
  if (pending >= MAX_PENDING_INVITES) {
    throw new InputError(`You have ${pending} unused invite links. Revoke some before creating another.`);
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_TTL_DAYS * DAY_MS);
  const row = await db.invite.create({
    data: { candidateId: viewer.id, tokenHash: hashInviteToken(token), createdAt: now, expiresAt },
    select: { id: true },
  });
  return { id: row.id, token, expiresAt };
}

export interface PendingInvite {
  id: string;
  createdAt: Date;
  expiresAt: Date;
}

/** The candidate's invite links that can still be accepted. */
export async function listPendingInvites(viewer: Viewer, now: Date = new Date()): Promise<PendingInvite[]> {
  return db.invite.findMany({
    where: { candidateId: viewer.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true },
  });
}

/** Withdraws an unused link of the viewer's; anyone else's (or an unknown id) is NotFound. */
export async function revokeInvite(viewer: Viewer, inviteId: string, now: Date = new Date()): Promise<void> {
  const { count } = await db.invite.updateMany({
    where: { id: inviteId, candidateId: viewer.id, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new NotFoundError("That invite does not exist or was already used or revoked.");
}

export type InviteStatus =
  | { ok: true; candidateId: string; candidateName: string; expiresAt: Date; alreadyMentor: boolean }
  | { ok: false; problem: InviteProblem; message: string };

function problem(p: InviteProblem): InviteStatus {
  return { ok: false, problem: p, message: PROBLEM_MESSAGES[p] };
}

/**
 * What the acceptance page shows for a token, without changing anything. `viewer` is null for a
 * signed-out visitor (who is then asked to sign in before accepting).
 */
export async function inspectInvite(viewer: Viewer | null, token: string, now: Date = new Date()): Promise<InviteStatus> {
  if (!INVITE_TOKEN_PATTERN.test(token)) return problem("malformed");
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    include: { candidate: { select: { name: true } } },
  });
  if (!invite) return problem("unknown");
  if (viewer && invite.candidateId === viewer.id) return problem("own");
  if (invite.revokedAt) return problem("revoked");
  if (invite.usedAt) {
    if (viewer && invite.usedById === viewer.id && (await hasActiveShare(invite.candidateId, viewer.id))) {
      return { ok: true, candidateId: invite.candidateId, candidateName: invite.candidate.name, expiresAt: invite.expiresAt, alreadyMentor: true };
    }
    return problem("used");
  }
  if (invite.expiresAt <= now) return problem("expired");
  const alreadyMentor = viewer ? await hasActiveShare(invite.candidateId, viewer.id) : false;
  return { ok: true, candidateId: invite.candidateId, candidateName: invite.candidate.name, expiresAt: invite.expiresAt, alreadyMentor };
}

async function hasActiveShare(candidateId: string, mentorId: string): Promise<boolean> {
  const share = await db.share.findFirst({ where: { candidateId, mentorId, revokedAt: null }, select: { id: true } });
  return share !== null;
}

export interface AcceptedInvite {
  candidateId: string;
  candidateName: string;
  shareId: string;
}

/**
 * Turns a valid link into a share for the viewer. The link is consumed in the same transaction
 * (a conditional update), so two people racing for one link cannot both get in. Accepting a link
 * you already accepted is harmless; every other problem throws InviteError and writes nothing.
 */
export async function acceptInvite(viewer: Viewer, token: string, now: Date = new Date()): Promise<AcceptedInvite> {
  if (typeof token !== "string" || !INVITE_TOKEN_PATTERN.test(token)) throw new InviteError("malformed");
  const tokenHash = hashInviteToken(token);
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({
      where: { tokenHash },
      include: { candidate: { select: { name: true } } },
    });
    if (!invite) throw new InviteError("unknown");
    if (invite.candidateId === viewer.id) throw new InviteError("own");
    if (invite.revokedAt) throw new InviteError("revoked");
    const existing = await tx.share.findFirst({
      where: { candidateId: invite.candidateId, mentorId: viewer.id, revokedAt: null },
      select: { id: true },
    });
    if (invite.usedAt) {
      if (invite.usedById === viewer.id && existing) {
        return { candidateId: invite.candidateId, candidateName: invite.candidate.name, shareId: existing.id };
      }
      throw new InviteError("used");
    }
    if (invite.expiresAt <= now) throw new InviteError("expired");
    const { count } = await tx.invite.updateMany({
      where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now, usedById: viewer.id },
    });
    if (count !== 1) throw new InviteError("used");
    const share = existing ?? (await tx.share.create({
      data: { candidateId: invite.candidateId, mentorId: viewer.id, createdAt: now },
      select: { id: true },
    }));
    return { candidateId: invite.candidateId, candidateName: invite.candidate.name, shareId: share.id };
  });
}

export interface MentorShare {
  shareId: string;
  mentorId: string;
  name: string;
  email: string;
  since: Date;
}

/** The candidate's active mentors. */
export async function listMentors(viewer: Viewer): Promise<MentorShare[]> {
  const rows = await db.share.findMany({
    where: { candidateId: viewer.id, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true, mentor: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((r) => ({ shareId: r.id, mentorId: r.mentor.id, name: r.mentor.name, email: r.mentor.email, since: r.createdAt }));
}

/** Ends a mentor's access at once; their past comments stay, marked as from a former mentor. */
export async function revokeShare(viewer: Viewer, shareId: string, now: Date = new Date()): Promise<void> {
  const { count } = await db.share.updateMany({
    where: { id: shareId, candidateId: viewer.id, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new NotFoundError("That mentor no longer has access.");
}

export interface Mentee {
  candidateId: string;
  name: string;
  email: string;
  since: Date;
}

/** "People you mentor": candidates who share their bank with the viewer right now. */
export async function listMentees(viewer: Viewer): Promise<Mentee[]> {
  const rows = await db.share.findMany({
    where: { mentorId: viewer.id, revokedAt: null },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, candidate: { select: { id: true, name: true, email: true } } },
  });
  const seen = new Set<string>();
  const out: Mentee[] = [];
  for (const r of rows) {
    if (seen.has(r.candidate.id)) continue;
    seen.add(r.candidate.id);
    out.push({ candidateId: r.candidate.id, name: r.candidate.name, email: r.candidate.email, since: r.createdAt });
  }
  return out;
}

/** One candidate as their mentor sees them (or the viewer themself); NotFound without an active share. */
export async function getMentee(viewer: Viewer, candidateId: string): Promise<{ candidateId: string; name: string; email: string; access: "owner" | "mentor" }> {
  const access = await assertCanRead(viewer, candidateId);
  const user = await db.user.findUnique({ where: { id: candidateId }, select: { id: true, name: true, email: true } });
  if (!user) throw new NotFoundError();
  return { candidateId: user.id, name: user.name, email: user.email, access };
}

export interface EndedMentorship {
  candidateId: string;
  name: string;
  endedAt: Date;
}

/**
 * Candidates who shared their bank with the viewer and revoked it (and share nothing now), latest
 * end first: so a mentor is told their access ended rather than finding an empty list.
 */
export async function listEndedMentorships(viewer: Viewer): Promise<EndedMentorship[]> {
  const rows = await db.share.findMany({
    where: { mentorId: viewer.id },
    orderBy: { revokedAt: "desc" },
    select: { revokedAt: true, candidate: { select: { id: true, name: true } } },
  });
  const active = new Set(rows.filter((r) => !r.revokedAt).map((r) => r.candidate.id));
  const out = new Map<string, EndedMentorship>();
  for (const r of rows) {
    if (!r.revokedAt || active.has(r.candidate.id) || out.has(r.candidate.id)) continue;
    out.set(r.candidate.id, { candidateId: r.candidate.id, name: r.candidate.name, endedAt: r.revokedAt });
  }
  return [...out.values()];
}

/** The viewer's ended mentorship of one candidate, or null (never shared, or shared again now). */
export async function getEndedMentorship(viewer: Viewer, candidateId: string): Promise<EndedMentorship | null> {
  return (await listEndedMentorships(viewer)).find((m) => m.candidateId === candidateId) ?? null;
}
