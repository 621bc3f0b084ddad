// Invite links and shares against a real SQLite file: the happy path, every way a link can be
// refused (nothing written), revocation, and the lists on the Mentors page.
import { createUser, type TestViewer } from "../fixtures/test-db";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import {
  acceptInvite,
  createInvite,
  getMentee,
  hashInviteToken,
  INVITE_TTL_DAYS,
  inspectInvite,
  InviteError,
  listMentees,
  listMentors,
  listPendingInvites,
  revokeInvite,
  revokeShare,
  type InviteProblem,
} from "@/lib/server/shares";
import { accessTo } from "@/lib/server/access";

const DAY = 24 * 60 * 60 * 1000;

let candidate: TestViewer;
let mentor: TestViewer;

beforeEach(async () => {
  candidate = await createUser("candidate");
  mentor = await createUser("mentor");
});

async function shareCount() {
  return db.share.count({ where: { candidateId: candidate.id } });
}

async function expectProblem(promise: Promise<unknown>, problem: InviteProblem, message: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InviteError);
  expect((error as InviteError).problem).toBe(problem);
  expect((error as Error).message).toMatch(message);
}

describe("creating an invite", () => {
  it("makes a 256-bit base64url token, stores only its sha-256, and expires in 7 days", async () => {
    const now = new Date("2025-03-01T10:00:00Z");
    const invite = await createInvite(candidate, now);
    expect(invite.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(invite.token, "base64url")).toHaveLength(32);
    const row = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.tokenHash).toBe(hashInviteToken(invite.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(invite.token);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(INVITE_TTL_DAYS * DAY);
    expect(INVITE_TTL_DAYS).toBe(7);
  });

  it("never repeats a token", async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 20; i++) tokens.add((await createInvite(candidate)).token);
    expect(tokens.size).toBe(20);
  });

  it("lists only links that can still be accepted", async () => {
    const now = new Date();
    const pending = await createInvite(candidate, now);
    const used = await createInvite(candidate, now);
    const revoked = await createInvite(candidate, now);
    await createInvite(candidate, new Date(now.getTime() - 8 * DAY)); // expired
    await acceptInvite(mentor, used.token, now);
    await revokeInvite(candidate, revoked.id, now);
    const list = await listPendingInvites(candidate, now);
    expect(list.map((i) => i.id)).toEqual([pending.id]);
    expect(await listPendingInvites(mentor, now)).toEqual([]);
  });
});

describe("accepting an invite", () => {
  it("creates a share, marks the link used, and names the candidate", async () => {
    const invite = await createInvite(candidate);
    expect(await inspectInvite(mentor, invite.token)).toMatchObject({ ok: true, candidateName: "candidate", alreadyMentor: false });
    const accepted = await acceptInvite(mentor, invite.token);
    expect(accepted).toMatchObject({ candidateId: candidate.id, candidateName: "candidate" });
    expect(await accessTo(mentor, candidate.id)).toBe("mentor");
    const row = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(row.usedById).toBe(mentor.id);
    expect(row.usedAt).not.toBeNull();
    expect(await listMentors(candidate)).toMatchObject([{ mentorId: mentor.id, name: "mentor" }]);
    expect(await listMentees(mentor)).toMatchObject([{ candidateId: candidate.id, name: "candidate" }]);
    expect(await getMentee(mentor, candidate.id)).toMatchObject({ name: "candidate", access: "mentor" });
  });

  it("accepting the same link twice by the same mentor is harmless (a double click)", async () => {
    const invite = await createInvite(candidate);
    const first = await acceptInvite(mentor, invite.token);
    const second = await acceptInvite(mentor, invite.token);
    expect(second.shareId).toBe(first.shareId);
    expect(await shareCount()).toBe(1);
  });

  it("refuses a used link for anyone else", async () => {
    const invite = await createInvite(candidate);
    await acceptInvite(mentor, invite.token);
    const other = await createUser("other");
    expect(await inspectInvite(other, invite.token)).toMatchObject({ ok: false, problem: "used" });
    await expectProblem(acceptInvite(other, invite.token), "used", /already been used/);
    expect(await shareCount()).toBe(1);
    expect(await accessTo(other, candidate.id)).toBeNull();
  });

  it("refuses an expired link (now = +8 days) and creates no share", async () => {
    const created = new Date("2025-03-01T10:00:00Z");
    const invite = await createInvite(candidate, created);
    const later = new Date(created.getTime() + 8 * DAY);
    expect(await inspectInvite(mentor, invite.token, later)).toMatchObject({ ok: false, problem: "expired" });
    await expectProblem(acceptInvite(mentor, invite.token, later), "expired", /expired/);
    expect(await shareCount()).toBe(0);
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usedAt).toBeNull();
  });

  it("still accepts a link on its last day", async () => {
    const created = new Date("2025-03-01T10:00:00Z");
    const invite = await createInvite(candidate, created);
    await acceptInvite(mentor, invite.token, new Date(created.getTime() + 7 * DAY - 60_000));
    expect(await shareCount()).toBe(1);
  });

  it("refuses a revoked link", async () => {
    const invite = await createInvite(candidate);
    await revokeInvite(candidate, invite.id);
    expect(await inspectInvite(mentor, invite.token)).toMatchObject({ ok: false, problem: "revoked" });
    await expectProblem(acceptInvite(mentor, invite.token), "revoked", /withdrawn/);
    expect(await shareCount()).toBe(0);
  });

  it("refuses the candidate's own link and leaves it usable", async () => {
    const invite = await createInvite(candidate);
    expect(await inspectInvite(candidate, invite.token)).toMatchObject({ ok: false, problem: "own" });
    await expectProblem(acceptInvite(candidate, invite.token), "own", /your own invitation/);
    expect(await shareCount()).toBe(0);
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usedAt).toBeNull();
    await acceptInvite(mentor, invite.token);
    expect(await shareCount()).toBe(1);
  });

  it("refuses a malformed token and an unknown one", async () => {
    for (const token of ["", "abc", "x".repeat(44), "a/b+c=".padEnd(43, "A"), "<script>alert(1)</script>"]) {
      expect(await inspectInvite(mentor, token)).toMatchObject({ ok: false, problem: "malformed" });
      await expectProblem(acceptInvite(mentor, token), "malformed", /not valid/);
    }
    const unknown = "A".repeat(43);
    expect(await inspectInvite(mentor, unknown)).toMatchObject({ ok: false, problem: "unknown" });
    await expectProblem(acceptInvite(mentor, unknown), "unknown", /not valid/);
    expect(await db.share.count({ where: { mentorId: mentor.id } })).toBe(0);
  });

  it("lets only one of two people racing for one link in", async () => {
    const invite = await createInvite(candidate);
    const other = await createUser("other");
    const results = await Promise.allSettled([acceptInvite(mentor, invite.token), acceptInvite(other, invite.token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await shareCount()).toBe(1);
  });

  it("explains a valid link to a signed-out visitor without changing anything", async () => {
    const invite = await createInvite(candidate);
    expect(await inspectInvite(null, invite.token)).toMatchObject({ ok: true, candidateName: "candidate" });
    expect((await db.invite.findUniqueOrThrow({ where: { id: invite.id } })).usedAt).toBeNull();
  });
});

describe("revoking", () => {
  it("revoking a share ends access at once; a new invite can restore it", async () => {
    await acceptInvite(mentor, (await createInvite(candidate)).token);
    const [share] = await listMentors(candidate);
    await revokeShare(candidate, share.shareId);
    expect(await accessTo(mentor, candidate.id)).toBeNull();
    expect(await listMentors(candidate)).toEqual([]);
    expect(await listMentees(mentor)).toEqual([]);
    await expect(getMentee(mentor, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
    await acceptInvite(mentor, (await createInvite(candidate)).token);
    expect(await accessTo(mentor, candidate.id)).toBe("mentor");
  });

  it("only the candidate can revoke their shares and invites", async () => {
    const invite = await createInvite(candidate);
    const stranger = await createUser("stranger");
    await expect(revokeInvite(stranger, invite.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvite(mentor, invite.id)).rejects.toBeInstanceOf(NotFoundError);
    await acceptInvite(mentor, invite.token);
    const [share] = await listMentors(candidate);
    await expect(revokeShare(mentor, share.shareId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeShare(stranger, share.shareId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await accessTo(mentor, candidate.id)).toBe("mentor");
    // a used link cannot be revoked (the share is what to revoke)
    await expect(revokeInvite(candidate, invite.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
