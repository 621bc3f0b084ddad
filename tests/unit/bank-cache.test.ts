// The bank version and the caches keyed by it (lib/server/bank-cache.ts): every write to a bank table bumps its
// owner's version (the triggers of migration ..._bank_version, on both engines), the cache serves an entry only for
// the version it was made at and before its validUntil, and the cached pages still see every save and refuse strangers.
import { createUser, shareWith, type TestViewer } from "../fixtures/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { BANK_TABLES, BankCache, readBankVersion, readLoopOwnerVersion, UNVERSIONED_TABLES } from "@/lib/server/bank-cache";
import { NotFoundError } from "@/lib/server/errors";
import { addComment, markCommentsRead, resolveComment, unreadCommentCounts, unresolvedCounts } from "@/lib/server/comments";
import { createLoopFromTemplate, getLoopWorkspace } from "@/lib/server/loops";
import { createProject } from "@/lib/server/projects";
import { createStory, saveStory, getStory } from "@/lib/server/stories";
import { storiesList } from "@/lib/server/stories-list";

describe("which tables bump the bank version", () => {
  it("every model is either a bank table (its writes bump the version) or left out with a reason", () => {
    const classified = new Set<string>([...BANK_TABLES, ...Object.keys(UNVERSIONED_TABLES)]);
    expect(Object.keys(Prisma.ModelName).filter((m) => !classified.has(m))).toEqual([]);
    expect(BANK_TABLES.filter((t) => t in UNVERSIONED_TABLES)).toEqual([]);
  });
});

describe("the triggers: each insert, update and delete of a bank table changes its owner's version, nobody else's", () => {
  let owner: TestViewer;
  let other: TestViewer;
  beforeAll(async () => {
    owner = await createUser("owner");
    other = await createUser("other");
  });

  /** Runs `write` and says whether it changed the owner's and the other user's versions. */
  async function bumps(write: () => Promise<unknown>): Promise<[boolean, boolean]> {
    const [a, b] = [await readBankVersion(owner.id), await readBankVersion(other.id)];
    await write();
    return [(await readBankVersion(owner.id)) !== a, (await readBankVersion(other.id)) !== b];
  }
  const moved = (n: [boolean, boolean]) => expect(n, "[owner's changed, other's changed]").toEqual([true, false]);

  it("0 before the first write", async () => {
    const fresh = await createUser("fresh");
    expect(await readBankVersion(fresh.id)).toBe(0);
  });

  it("all 16 tables (the bank's 14, the stories' comments and read markers), on this engine", async () => {
    const userId = owner.id;
    const seen = new Set<string>();
    const step = async (table: (typeof BANK_TABLES)[number], write: () => Promise<unknown>) => {
      moved(await bumps(write));
      seen.add(table);
    };
    let projectId = "";
    await step("Project", async () => (projectId = (await db.project.create({ data: { userId, title: "P" } })).id));
    await step("Project", () => db.project.update({ where: { id: projectId }, data: { title: "P2" } }));
    let storyId = "";
    await step("Story", async () => (storyId = (await db.story.create({ data: { userId, projectId, title: "S" } })).id));
    await step("Story", () => db.story.update({ where: { id: storyId }, data: { result: "r" } }));
    await step("StoryPrinciple", () => db.storyPrinciple.create({ data: { storyId, code: "ownership", weight: "primary" } }));
    await step("StoryPrinciple", () => db.storyPrinciple.update({ where: { storyId_code: { storyId, code: "ownership" } }, data: { weight: "secondary" } }));
    await step("StoryPrinciple", () => db.storyPrinciple.delete({ where: { storyId_code: { storyId, code: "ownership" } } }));
    await step("StoryAngle", () => db.storyAngle.create({ data: { storyId, angle: "a" } }));
    await step("StoryAngle", () => db.storyAngle.deleteMany({ where: { storyId } }));
    const metric = await (async () => {
      let id = "";
      await step("Metric", async () => (id = (await db.metric.create({ data: { storyId, position: 0, label: "m", after: 1 } })).id));
      return id;
    })();
    await step("Metric", () => db.metric.update({ where: { id: metric }, data: { after: 2 } }));
    await step("Metric", () => db.metric.delete({ where: { id: metric } }));
    let followUp = "";
    await step("FollowUp", async () => (followUp = (await db.followUp.create({ data: { storyId, position: 0, question: "q" } })).id));
    await step("FollowUp", () => db.followUp.update({ where: { id: followUp }, data: { answer: "a" } }));
    await step("FollowUp", () => db.followUp.delete({ where: { id: followUp } }));
    let questionId = "";
    await step("Question", async () => (questionId = (await db.question.create({ data: { userId, text: "q", principles: "[]" } })).id));
    await step("Question", () => db.question.update({ where: { id: questionId }, data: { text: "q2" } }));
    await step("Question", () => db.question.delete({ where: { id: questionId } }));
    let loopId = "";
    await step("Loop", async () => (loopId = (await db.loop.create({ data: { userId, company: "C" } })).id));
    await step("Loop", () => db.loop.update({ where: { id: loopId }, data: { lastPlan: "{}" } }));
    let roundId = "";
    await step("Round", async () => (roundId = (await db.round.create({ data: { loopId, position: 0, title: "R", kind: "behavioral" } })).id));
    await step("Round", () => db.round.update({ where: { id: roundId }, data: { focus: '["ownership"]' } }));
    let assignmentId = "";
    await step("Assignment", async () => (assignmentId = (await db.assignment.create({ data: { roundId, principle: "ownership", storyId } })).id));
    await step("Assignment", () => db.assignment.update({ where: { id: assignmentId }, data: { backupStoryId: storyId } }));
    await step("Assignment", () => db.assignment.delete({ where: { id: assignmentId } }));
    let rehearsalId = "";
    const rating = { ratingSituation: 3, ratingAction: 3, ratingResult: 3, ratingLearnings: 3 };
    await step("Rehearsal", async () => {
      rehearsalId = (await db.rehearsal.create({ data: { userId, storyId, questionId: "q", questionText: "q", principle: "ownership", durationSeconds: 60, ...rating } })).id;
    });
    await step("Rehearsal", () => db.rehearsal.update({ where: { id: rehearsalId }, data: { note: "n" } }));
    await step("Rehearsal", () => db.rehearsal.delete({ where: { id: rehearsalId } }));
    let deepDiveId = "";
    await step("DeepDive", async () => (deepDiveId = (await db.deepDive.create({ data: { projectId } })).id));
    await step("DeepDive", () => db.deepDive.update({ where: { id: deepDiveId }, data: { scope: "s" } }));
    let optionId = "";
    await step("DeepDiveOption", async () => (optionId = (await db.deepDiveOption.create({ data: { deepDiveId, position: 0, title: "o" } })).id));
    await step("DeepDiveOption", () => db.deepDiveOption.update({ where: { id: optionId }, data: { chosen: true } }));
    await step("DeepDiveOption", () => db.deepDiveOption.delete({ where: { id: optionId } }));
    let ddMetricId = "";
    await step("DeepDiveMetric", async () => (ddMetricId = (await db.deepDiveMetric.create({ data: { deepDiveId, position: 0, label: "m", after: 1 } })).id));
    await step("DeepDiveMetric", () => db.deepDiveMetric.update({ where: { id: ddMetricId }, data: { after: 3 } }));
    await step("DeepDiveMetric", () => db.deepDiveMetric.delete({ where: { id: ddMetricId } }));
    await step("DeepDive", () => db.deepDive.delete({ where: { id: deepDiveId } }));
    // Comments on the owner's story bump the owner's version whoever writes them (here the other account).
    let commentId = "";
    await step("Comment", async () => (commentId = (await db.comment.create({ data: { storyId, authorId: other.id, section: "general", body: "c" } })).id));
    await step("Comment", () => db.comment.update({ where: { id: commentId }, data: { resolvedAt: new Date() } }));
    await step("Comment", () => db.comment.delete({ where: { id: commentId } }));
    await step("CommentRead", () => db.commentRead.create({ data: { userId, storyId, readAt: new Date() } }));
    await step("CommentRead", () => db.commentRead.update({ where: { userId_storyId: { userId, storyId } }, data: { readAt: new Date() } }));
    await step("CommentRead", () => db.commentRead.delete({ where: { userId_storyId: { userId, storyId } } }));
    await step("Round", () => db.round.delete({ where: { id: roundId } }));
    await step("Loop", () => db.loop.delete({ where: { id: loopId } }));
    await step("Story", () => db.story.delete({ where: { id: storyId } }));
    await step("Project", () => db.project.delete({ where: { id: projectId } }));
    expect([...seen].sort()).toEqual([...BANK_TABLES].sort());
  });

  it("a cascade (deleting a project with its stories, tags, metrics and loop slots) bumps, and the delete succeeds", async () => {
    const userId = owner.id;
    const project = await db.project.create({ data: { userId, title: "Cascade" } });
    const story = await db.story.create({
      data: { userId, projectId: project.id, title: "S", principles: { create: [{ code: "ownership", weight: "primary" }] }, metrics: { create: [{ position: 0, label: "m", after: 1 }] } },
    });
    const loop = await db.loop.create({ data: { userId, company: "C", rounds: { create: [{ position: 0, title: "R", kind: "behavioral", projectId: project.id }] } }, include: { rounds: true } });
    await db.assignment.create({ data: { roundId: loop.rounds[0].id, principle: "ownership", storyId: story.id } });
    moved(await bumps(() => db.project.delete({ where: { id: project.id } })));
    expect(await db.story.count({ where: { id: story.id } })).toBe(0);
    expect(await db.assignment.count({ where: { roundId: loop.rounds[0].id } })).toBe(0);
  });

  it("a write that fails bumps nothing (the bump is part of the transaction)", async () => {
    const userId = owner.id;
    const project = await db.project.create({ data: { userId, title: "Rollback" } });
    const moves = await bumps(() =>
      db
        .$transaction(async (tx) => {
          await tx.story.create({ data: { userId, projectId: project.id, title: "never" } });
          throw new Error("abort");
        })
        .catch(() => null),
    );
    expect(moves).toEqual([false, false]);
  });

  it("one transaction writing many rows of two owners changes both (on PostgreSQL once each, at the commit)", async () => {
    const moves = await bumps(() =>
      db.$transaction(async (tx) => {
        const mine = await tx.project.create({ data: { userId: owner.id, title: "Many" } });
        await tx.story.createMany({ data: Array.from({ length: 300 }, (_, i) => ({ userId: owner.id, projectId: mine.id, title: `S${i}` })) });
        await tx.project.create({ data: { userId: other.id, title: "Theirs" } });
      }),
    );
    expect(moves).toEqual([true, true]);
  });

  it("versions are random 53-bit numbers, never the one before (a restored database does not count through old ones)", async () => {
    const seen = new Set<number>();
    for (let i = 0; i < 20; i++) {
      await db.question.create({ data: { userId: owner.id, text: `v${i}`, principles: "[]" } });
      const v = await readBankVersion(owner.id);
      expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
      seen.add(v);
    }
    expect(seen.size).toBe(20);
    expect(Math.max(...seen)).toBeGreaterThan(2 ** 32); // not a counter, nor 32 bits
  });

  it("readLoopOwnerVersion: the owner and version of a loop, null for no loop", async () => {
    const loop = await db.loop.create({ data: { userId: owner.id, company: "V" } });
    expect(await readLoopOwnerVersion(loop.id)).toEqual({ ownerId: owner.id, version: await readBankVersion(owner.id) });
    expect(await readLoopOwnerVersion("no-such-loop")).toBeNull();
  });
});

describe("BankCache", () => {
  const loader = (value: string, validUntil?: number) => {
    const calls = { n: 0 };
    return { calls, load: async () => (calls.n++, { value: { value }, validUntil }) };
  };

  it("answers the same version from memory, loads again for another version", async () => {
    const cache = new BankCache<{ value: string }>(10);
    const a = loader("v1");
    expect(await cache.get("k", 1, a.load)).toEqual({ value: "v1" });
    expect(await cache.get("k", 1, a.load)).toEqual({ value: "v1" });
    expect(a.calls.n).toBe(1);
    const b = loader("v2");
    expect(await cache.get("k", 2, b.load)).toEqual({ value: "v2" });
    expect(b.calls.n).toBe(1);
    expect(cache.size).toBe(1); // one entry per key: the old version is gone
  });

  it("an entry is used only before its validUntil", async () => {
    const cache = new BankCache<{ value: string }>(10);
    const a = loader("v", 1_000);
    await cache.get("k", 1, a.load, 0);
    await cache.get("k", 1, a.load, 999);
    expect(a.calls.n).toBe(1);
    await cache.get("k", 1, a.load, 1_000);
    expect(a.calls.n).toBe(2);
  });

  it("concurrent misses share one load; a failed load is forgotten", async () => {
    const cache = new BankCache<{ value: string }>(10);
    const a = loader("v");
    await Promise.all([cache.get("k", 1, a.load), cache.get("k", 1, a.load), cache.get("k", 1, a.load)]);
    expect(a.calls.n).toBe(1);
    await expect(cache.get("f", 1, () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    const b = loader("ok");
    expect(await cache.get("f", 1, b.load)).toEqual({ value: "ok" });
  });

  it("another version replaces the entry, whichever it is (versions are not ordered)", async () => {
    const cache = new BankCache<{ value: string }>(10);
    await cache.get("k", 5, loader("five").load);
    expect(await cache.get("k", 4, loader("four").load)).toEqual({ value: "four" });
    const four = loader("four again");
    expect(await cache.get("k", 4, four.load)).toEqual({ value: "four" });
    expect(four.calls.n).toBe(0);
    expect(cache.size).toBe(1);
  });

  it("keeps at most `limit` keys, least recently used out; values are frozen", async () => {
    const cache = new BankCache<{ value: string }>(2);
    const a = loader("a");
    const frozen = await cache.get("a", 1, a.load);
    await cache.get("b", 1, loader("b").load);
    await cache.get("a", 1, a.load); // a is now the most recent
    await cache.get("c", 1, loader("c").load); // b goes
    expect(cache.size).toBe(2);
    await cache.get("a", 1, a.load);
    expect(a.calls.n).toBe(1);
    const b = loader("b");
    await cache.get("b", 1, b.load);
    expect(b.calls.n).toBe(1);
    expect(Object.isFrozen(frozen)).toBe(true);
  });
});

describe("the cached pages see every save at once and refuse strangers", () => {
  let owner: TestViewer;
  let mentor: TestViewer;
  let stranger: TestViewer;
  let projectId: string;
  let storyId: string;
  beforeAll(async () => {
    owner = await createUser("owner");
    mentor = await createUser("mentor");
    stranger = await createUser("stranger");
    projectId = (await createProject(owner, { title: "Cache project" })).id;
    storyId = (await createStory(owner, { projectId, title: "First title", situation: "s", task: "t", action: "a", result: "r", status: "draft", angles: [], principles: [{ code: "ownership", weight: "primary" }] })).id;
  });

  it("the stories list: a saved title, a new story and a deleted project show on the next call", async () => {
    const first = await storiesList(owner, { search: false });
    expect(first.rows.map((r) => r.title)).toEqual(["First title"]);
    const again = await storiesList(owner, { search: false });
    expect(again.rows).toBe(first.rows); // the same remembered entry
    const story = await getStory(owner, storyId);
    const body = { projectId, title: "Second title", situation: "s", task: "t", action: "a", result: "r", status: "draft", angles: [], principles: [{ code: "ownership", weight: "primary" }] };
    await saveStory(owner, storyId, story.version, body);
    const saved = await storiesList(owner, { search: false });
    expect(saved.rows.map((r) => r.title)).toEqual(["Second title"]);
    const [rated] = await saved.rate(saved.rows);
    expect(rated.title).toBe("Second title");
    await createStory(owner, { projectId, title: "Another", situation: "", task: "", action: "", result: "", status: "draft", angles: [], principles: [] });
    expect((await storiesList(owner, { search: false })).rows.map((r) => r.title).sort()).toEqual(["Another", "Second title"]);
  });

  it("a search reads the sections, uncached; the cached rows carry no section text", async () => {
    const cached = await storiesList(owner, { search: false });
    expect(cached.rows.every((r) => r.situation === "" && r.action === "")).toBe(true);
    const searched = await storiesList(owner, { search: true });
    expect(searched.rows.find((r) => r.id === storyId)?.situation).toBe("s");
  });

  it("a stranger gets nothing, also once the owner's list is remembered; a mentor reads until the share is revoked", async () => {
    await storiesList(owner, { search: false });
    await expect(storiesList(stranger, { search: false }, owner.id)).rejects.toBeInstanceOf(NotFoundError);
    const shareId = await shareWith(owner, mentor);
    expect((await storiesList(mentor, { search: false }, owner.id)).rows.length).toBe(2);
    await db.share.update({ where: { id: shareId }, data: { revokedAt: new Date() } });
    await expect(storiesList(mentor, { search: false }, owner.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the comment counts: a mentor's comment, the owner's look and a resolved thread show on the next call", async () => {
    const shareId = await shareWith(owner, mentor);
    const open = await unresolvedCounts(owner);
    expect(await unresolvedCounts(owner)).toBe(open); // the same remembered entry
    expect(open.get(storyId)).toBeUndefined();
    expect((await unreadCommentCounts(owner)).get(storyId)).toBeUndefined();
    const thread = await addComment(mentor, { storyId, section: "action", body: "Which metric moved?" });
    expect((await unresolvedCounts(owner)).get(storyId)).toBe(1);
    expect((await unresolvedCounts(mentor, owner.id)).get(storyId)).toBe(1);
    expect((await unreadCommentCounts(owner)).get(storyId)).toBe(1);
    expect((await unreadCommentCounts(mentor)).get(storyId)).toBeUndefined(); // a mentor's badge counts their own stories only
    await markCommentsRead(owner, storyId);
    expect((await unreadCommentCounts(owner)).get(storyId)).toBeUndefined();
    await resolveComment(owner, thread.id);
    expect((await unresolvedCounts(owner)).get(storyId)).toBeUndefined();
    await db.share.update({ where: { id: shareId }, data: { revokedAt: new Date() } });
    await expect(unresolvedCounts(mentor, owner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(unresolvedCounts(stranger, owner.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the loop workspace: a slot assigned and a rehearsal made show on the next call; strangers get NotFound", async () => {
    const { id: loopId } = await createLoopFromTemplate(owner, { company: "Cache Co", templateId: "blank" });
    const round = await db.round.create({ data: { loopId, position: 0, title: "Round 1", kind: "behavioral", focus: '["ownership"]' } });
    const before = await getLoopWorkspace(owner, loopId);
    expect(await getLoopWorkspace(owner, loopId)).toBe(before);
    expect(before.report.coverage.uncovered.length).toBe(1);
    await db.assignment.create({ data: { roundId: round.id, principle: "ownership", storyId } });
    const after = await getLoopWorkspace(owner, loopId);
    expect(after.report.coverage.uncovered.length).toBe(0);
    expect(after.report.rehearsal?.rehearsedTwice).toBe(0);
    const rating = { ratingSituation: 3, ratingAction: 3, ratingResult: 3, ratingLearnings: 3 };
    for (let i = 0; i < 2; i++) {
      await db.rehearsal.create({ data: { userId: owner.id, storyId, questionId: "q", questionText: "q", principle: "ownership", durationSeconds: 60, ...rating } });
    }
    expect((await getLoopWorkspace(owner, loopId)).report.rehearsal?.rehearsedTwice).toBe(1);
    await expect(getLoopWorkspace(stranger, loopId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLoopWorkspace(owner, "no-such-loop")).rejects.toBeInstanceOf(NotFoundError);
  });
});
