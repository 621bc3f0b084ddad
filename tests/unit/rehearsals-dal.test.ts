// Rehearsals through the data-access layer: the candidate records and reads; an active mentor records a mock
// interview (rated by the mentor, shown with their name) and reads; a stranger and a revoked mentor get nothing
// and write nothing; bad input is refused with a clear message and nothing is written.
import { createUser, shareWith, type TestViewer } from "../fixtures/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { InputError, NotFoundError } from "@/lib/server/errors";
import { createProject } from "@/lib/server/projects";
import { createStory } from "@/lib/server/stories";
import { createLoopFromTemplate, getLoop } from "@/lib/server/loops";
import { addQuestion } from "@/lib/server/questions";
import { listMentors, revokeShare } from "@/lib/server/shares";
import { getQuestionLedger, getStoryRehearsals, getWeakSpots, listRehearsals, recordRehearsal, rehearsalCounts } from "@/lib/server/rehearsals";

let candidate: TestViewer;
let mentor: TestViewer;
let revoked: TestViewer;
let stranger: TestViewer;
const ids = { story: "", strangerStory: "", question: "", strangerQuestion: "", round: "", strangerRound: "" };

async function bank(owner: TestViewer) {
  const project = await createProject(owner, { title: "Checkout", organization: "", period: "", context: "", role: "", scope: "" });
  const story = await createStory(owner, {
    projectId: project.id,
    title: `Cut p95 latency (${owner.name})`,
    situation: "Checkout was slow during peak traffic.",
    task: "I owned the checkout service.",
    action: "I profiled it and rewrote the cart lookup.",
    result: "p95 fell from 420 ms to 260 ms.",
    status: "draft",
    principles: [{ code: "dive-deep", weight: "primary" }],
    metrics: [],
  });
  const question = await addQuestion(owner, { text: "Tell me about a time you dug deep.", principles: ["dive-deep"] });
  const loop = await createLoopFromTemplate(owner, { company: "Amazon", role: "", level: "", date: "", templateId: "amazon-generic-onsite" });
  const round = (await getLoop(owner, loop.id)).rounds[0].id;
  return { story: story.id, question: question.id, round };
}

const good = () => ({
  storyId: ids.story,
  questionId: "dd-1",
  principle: "dive-deep",
  durationSeconds: 150,
  ratings: { situation: 4, action: 3, result: 5, learnings: 2 },
  note: "Too long on the situation.",
});

beforeAll(async () => {
  candidate = await createUser("candidate");
  mentor = await createUser("Maya Mentor");
  revoked = await createUser("revoked");
  stranger = await createUser("stranger");
  await shareWith(candidate, mentor);
  await shareWith(candidate, revoked);
  const share = (await listMentors(candidate)).find((m) => m.mentorId === revoked.id);
  await revokeShare(candidate, share!.shareId);
  const mine = await bank(candidate);
  const theirs = await bank(stranger);
  Object.assign(ids, { story: mine.story, question: mine.question, round: mine.round });
  Object.assign(ids, { strangerStory: theirs.story, strangerQuestion: theirs.question, strangerRound: theirs.round });
});

const count = () => db.rehearsal.count();

describe("recording and reading", () => {
  it("the candidate records for themself, with a shipped or own question, a round, or no story", async () => {
    const a = await recordRehearsal(candidate, { ...good(), roundId: ids.round });
    const b = await recordRehearsal(candidate, { ...good(), storyId: null, questionId: ids.question, ratings: { situation: 1, action: 1, result: 1, learnings: 1 } });
    const rows = await listRehearsals(candidate, candidate.id);
    expect(rows.map((r) => r.id)).toEqual([b.id, a.id].filter((id) => rows.some((r) => r.id === id)));
    const first = rows.find((r) => r.id === a.id)!;
    expect(first).toMatchObject({ storyId: ids.story, roundId: ids.round, ratedBy: "self", byMentor: false, raterDisplayName: "candidate", durationSeconds: 150 });
    expect(first.questionText).toMatch(/./);
    const gap = rows.find((r) => r.id === b.id)!;
    expect(gap).toMatchObject({ storyId: null, questionText: "Tell me about a time you dug deep." });
  });

  it("an active mentor records a mock interview, rated by the mentor, and the candidate sees the mentor's name", async () => {
    const { id } = await recordRehearsal(mentor, { ...good(), candidateId: candidate.id, note: "Good numbers." });
    const row = await db.rehearsal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId: candidate.id, ratedBy: "mentor", ratedById: mentor.id, raterName: "Maya Mentor" });
    const seen = (await listRehearsals(candidate, candidate.id)).find((r) => r.id === id)!;
    expect(seen).toMatchObject({ byMentor: true, raterDisplayName: "Maya Mentor" });
    expect((await listRehearsals(mentor, candidate.id)).some((r) => r.id === id)).toBe(true);
  });

  it("the story summary and the ledger read the same history; counts come grouped per story", async () => {
    const { stats, rehearsals } = await getStoryRehearsals(candidate, ids.story);
    expect(stats.times).toBe(rehearsals.length);
    expect(stats.times).toBeGreaterThanOrEqual(2);
    expect(stats.self).not.toBeNull();
    expect(stats.mentor).toMatchObject({ situation: 4, result: 5 });
    expect((await rehearsalCounts(candidate)).get(ids.story)?.times).toBe(stats.times);
    const ledger = await getQuestionLedger(mentor, candidate.id);
    expect(ledger.find((e) => e.questionId === ids.question)).toMatchObject({ lastStoryId: null, gaps: 1 });
    expect(await listRehearsals(candidate, candidate.id, { storyId: ids.story })).toHaveLength(stats.times);
    const spots = await getWeakSpots(mentor, candidate.id);
    expect(spots.find((s) => s.storyId === ids.story && s.principle === "dive-deep")).toMatchObject({ reps: stats.times });
  });
});

describe("refused, nothing written", () => {
  const refused: [string, () => TestViewer, () => Record<string, unknown>, typeof InputError | typeof NotFoundError, RegExp?][] = [
    ["a rating of 0", () => candidate, () => ({ ...good(), ratings: { ...good().ratings, action: 0 } }), InputError, /from 1 to 5/],
    ["a rating of 6", () => candidate, () => ({ ...good(), ratings: { ...good().ratings, result: 6 } }), InputError, /from 1 to 5/],
    ["a rating of 2.5", () => candidate, () => ({ ...good(), ratings: { ...good().ratings, situation: 2.5 } }), InputError, /whole number/],
    ["a negative duration", () => candidate, () => ({ ...good(), durationSeconds: -5 }), InputError, /between 1 second and 2 hours/],
    ["a zero duration", () => candidate, () => ({ ...good(), durationSeconds: 0 }), InputError, /between 1 second and 2 hours/],
    ["a duration over 2 hours", () => candidate, () => ({ ...good(), durationSeconds: 7201 }), InputError, /between 1 second and 2 hours/],
    ["a note over 5,000 characters", () => candidate, () => ({ ...good(), note: "x".repeat(5001) }), InputError, /at most 5,000 characters/],
    ["an unknown principle", () => candidate, () => ({ ...good(), principle: "be-nice" }), InputError, /Unknown principle/],
    ["a principle the question does not ask about", () => candidate, () => ({ ...good(), principle: "frugality" }), InputError, /does not ask about Frugality/],
    ["another user's story", () => candidate, () => ({ ...good(), storyId: ids.strangerStory }), NotFoundError],
    ["another user's question", () => candidate, () => ({ ...good(), questionId: ids.strangerQuestion }), NotFoundError],
    ["an unknown question id", () => candidate, () => ({ ...good(), questionId: "no-such-question" }), NotFoundError],
    ["another user's round", () => candidate, () => ({ ...good(), roundId: ids.strangerRound }), NotFoundError],
    ["a mentor whose share was revoked", () => revoked, () => ({ ...good(), candidateId: candidate.id }), NotFoundError],
    ["a stranger naming the candidate", () => stranger, () => ({ ...good(), candidateId: candidate.id }), NotFoundError],
    ["a mentor with the candidate's story but no candidateId (it is not the mentor's story)", () => mentor, () => good(), NotFoundError],
  ];
  it.each(refused)("%s", async (_name, who, input, kind, message) => {
    const before = await count();
    const attempt = recordRehearsal(who(), input());
    await expect(attempt).rejects.toBeInstanceOf(kind);
    if (message) await expect(attempt).rejects.toThrow(message);
    expect(await count()).toBe(before);
  });

  it("a stranger and a revoked mentor read nothing", async () => {
    for (const v of [stranger, revoked]) {
      await expect(listRehearsals(v, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getStoryRehearsals(v, ids.story)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getQuestionLedger(v, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(rehearsalCounts(v, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getWeakSpots(v, candidate.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    // The stranger's own history is empty: the candidate's rows are not theirs.
    expect(await listRehearsals(stranger)).toEqual([]);
  });
});
