// Every data-access function that takes an id, tried by people who must be refused: a stranger,
// a mentor of another candidate, a mentor whose share was revoked, and an active mentor trying to
// write. Reads answer NotFound; writes answer NotFound or Forbidden; nothing in the database moves.
import { createUser, shareWith, type TestViewer } from "../fixtures/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ForbiddenError, InputError, NotFoundError } from "@/lib/server/errors";
import { createProject, deleteProject, getProject, listProjects, listProjectTitles, updateProject } from "@/lib/server/projects";
import { barRaiserPrinciples, createStory, deleteStory, getStory, listStories, listStoriesToRate, listStoryHeads, listStoryRows, rateHeads, rateStories, saveEditedStory, saveStory } from "@/lib/server/stories";
import {
  addRound,
  assignSlot,
  clearSlot,
  createLoopFromTemplate,
  deleteLoop,
  getLoop,
  getLoopReport,
  getLoopWorkspace,
  listLoops,
  moveRound,
  planForMe,
  removeRound,
  undoPlan,
  updateLoop,
  updateRound,
} from "@/lib/server/loops";
import { addComment, deleteComment, editComment, listComments, reopenComment, resolveComment, unresolvedCounts } from "@/lib/server/comments";
import { createInvite, getMentee, listMentors, revokeInvite, revokeShare } from "@/lib/server/shares";
import { addQuestion, deleteQuestion, listOwnQuestions } from "@/lib/server/questions";
import { getQuestionLedger, getStoryRehearsals, getWeakSpots, listRehearsals, recordRehearsal, rehearsalCounts } from "@/lib/server/rehearsals";

let candidate: TestViewer;
let activeMentor: TestViewer;
let stranger: TestViewer;
let otherMentor: TestViewer; // mentors someone else
let revokedMentor: TestViewer;

const ids = {
  project: "",
  story: "",
  loop: "",
  round: "",
  secondRound: "",
  comment: "",
  mentorComment: "",
  invite: "",
  share: "",
  question: "",
};
let storyVersion = 1;

const project = { title: "Checkout", organization: "Shop", period: "2024", context: "", role: "Lead", scope: "" };
function storyBody(title = "Cut p95 latency") {
  return {
    projectId: ids.project,
    title,
    situation: "Checkout was slow during peak traffic.",
    task: "I owned the checkout service.",
    action: "I profiled it and rewrote the cart lookup.",
    result: "p95 fell from 420 ms to 260 ms.",
    status: "draft",
    principles: [{ code: "dive-deep", weight: "primary" }],
    metrics: [{ label: "p95", unit: "ms", before: 420, after: 260, direction: "lower-is-better" }],
  };
}

beforeAll(async () => {
  candidate = await createUser("candidate");
  activeMentor = await createUser("active-mentor");
  stranger = await createUser("stranger");
  otherMentor = await createUser("other-mentor");
  revokedMentor = await createUser("revoked-mentor");
  const someoneElse = await createUser("someone-else");
  await shareWith(someoneElse, otherMentor);
  await shareWith(candidate, activeMentor);
  ids.share = await shareWith(candidate, revokedMentor);

  ids.project = (await createProject(candidate, project)).id;
  const story = await createStory(candidate, storyBody());
  ids.story = story.id;
  storyVersion = story.version;
  ids.loop = (await createLoopFromTemplate(candidate, { company: "Amazon", role: "SDE", level: "L6", date: "", templateId: "amazon-generic-onsite" })).id;
  const loop = await getLoop(candidate, ids.loop);
  const [round, second] = loop.rounds;
  ids.round = round.id;
  ids.secondRound = second.id;
  await updateRound(candidate, round.id, { title: round.title, kind: round.kind, minutes: round.minutes, focus: ["dive-deep", "ownership"] });
  await assignSlot(candidate, { roundId: round.id, principle: "dive-deep", storyId: ids.story });
  ids.comment = (await addComment(candidate, { storyId: ids.story, section: "general", body: "Note to self" })).id;
  ids.mentorComment = (await addComment(revokedMentor, { storyId: ids.story, section: "action", body: "Say I, not we" })).id;
  ids.invite = (await createInvite(candidate)).id;
  ids.question = (await addQuestion(candidate, { text: "Tell me about a time you dug deep.", principles: ["dive-deep"] })).id;

  const [revoked] = (await listMentors(candidate)).filter((m) => m.mentorId === revokedMentor.id);
  await revokeShare(candidate, revoked.shareId);
  ids.share = (await listMentors(candidate)).find((m) => m.mentorId === activeMentor.id)?.shareId ?? "";
});

/** Every row a refused call could have touched, in a stable order. */
async function snapshot(): Promise<string> {
  const byId = { orderBy: { id: "asc" as const } };
  const [users, projects, stories, principles, angles, metrics, loops, rounds, assignments, comments, invites, shares, questions, rehearsals] = await Promise.all([
    db.user.count(),
    db.project.findMany(byId),
    db.story.findMany(byId),
    db.storyPrinciple.findMany({ orderBy: [{ storyId: "asc" }, { code: "asc" }] }),
    db.storyAngle.findMany({ orderBy: [{ storyId: "asc" }, { angle: "asc" }] }),
    db.metric.findMany(byId),
    db.loop.findMany(byId),
    db.round.findMany(byId),
    db.assignment.findMany(byId),
    db.comment.findMany(byId),
    db.invite.findMany(byId),
    db.share.findMany(byId),
    db.question.findMany(byId),
    db.rehearsal.findMany(byId),
  ]);
  return JSON.stringify({ users, projects, stories, principles, angles, metrics, loops, rounds, assignments, comments, invites, shares, questions, rehearsals });
}

type Op = { name: string; run: (v: TestViewer) => Promise<unknown> };

const reads: Op[] = [
  { name: "getStory", run: (v) => getStory(v, ids.story) },
  { name: "listStories(candidateId)", run: (v) => listStories(v, candidate.id) },
  { name: "listStoryRows(candidateId)", run: (v) => listStoryRows(v, candidate.id) },
  { name: "listStoriesToRate(candidateId)", run: (v) => listStoriesToRate(v, candidate.id) },
  { name: "listStoryHeads(candidateId)", run: (v) => listStoryHeads(v, { withText: true }, candidate.id) },
  { name: "rateStories(candidateId)", run: (v) => rateStories(v, [ids.story], candidate.id) },
  { name: "rateHeads(candidateId)", run: (v) => rateHeads(v, [], candidate.id) },
  { name: "barRaiserPrinciples(candidateId)", run: (v) => barRaiserPrinciples(v, candidate.id) },
  { name: "getProject", run: (v) => getProject(v, ids.project) },
  { name: "listProjects(candidateId)", run: (v) => listProjects(v, candidate.id) },
  { name: "listProjectTitles(candidateId)", run: (v) => listProjectTitles(v, candidate.id) },
  { name: "getLoop", run: (v) => getLoop(v, ids.loop) },
  { name: "listLoops(candidateId)", run: (v) => listLoops(v, candidate.id) },
  { name: "getLoopReport", run: (v) => getLoopReport(v, ids.loop) },
  { name: "getLoopWorkspace", run: (v) => getLoopWorkspace(v, ids.loop) },
  { name: "listComments", run: (v) => listComments(v, ids.story) },
  { name: "unresolvedCounts(candidateId)", run: (v) => unresolvedCounts(v, candidate.id) },
  { name: "getMentee(candidateId)", run: (v) => getMentee(v, candidate.id) },
  { name: "listOwnQuestions(candidateId)", run: (v) => listOwnQuestions(v, candidate.id) },
  { name: "listRehearsals(candidateId)", run: (v) => listRehearsals(v, candidate.id) },
  { name: "getStoryRehearsals", run: (v) => getStoryRehearsals(v, ids.story) },
  { name: "getQuestionLedger(candidateId)", run: (v) => getQuestionLedger(v, candidate.id) },
  { name: "rehearsalCounts(candidateId)", run: (v) => rehearsalCounts(v, candidate.id) },
  { name: "getWeakSpots(candidateId)", run: (v) => getWeakSpots(v, candidate.id) },
];

const writes: Op[] = [
  { name: "saveStory", run: (v) => saveStory(v, ids.story, storyVersion, storyBody("Hijacked")) },
  { name: "saveEditedStory", run: (v) => saveEditedStory(v, { id: ids.story, version: storyVersion, story: storyBody("Hijacked") }) },
  { name: "deleteStory", run: (v) => deleteStory(v, ids.story) },
  { name: "createStory in their project", run: (v) => createStory(v, storyBody("Planted")) },
  { name: "updateProject", run: (v) => updateProject(v, ids.project, { ...project, title: "Hijacked" }) },
  { name: "deleteProject", run: (v) => deleteProject(v, ids.project) },
  { name: "updateLoop", run: (v) => updateLoop(v, ids.loop, { company: "Hijacked" }) },
  { name: "deleteLoop", run: (v) => deleteLoop(v, ids.loop) },
  { name: "addRound", run: (v) => addRound(v, ids.loop, { title: "Extra", kind: "other", minutes: 30, focus: [] }) },
  { name: "updateRound", run: (v) => updateRound(v, ids.round, { title: "Hijacked", kind: "other", minutes: 30, focus: [] }) },
  { name: "removeRound", run: (v) => removeRound(v, ids.round) },
  { name: "moveRound", run: (v) => moveRound(v, { roundId: ids.secondRound, direction: "up" }) },
  { name: "assignSlot", run: (v) => assignSlot(v, { roundId: ids.round, principle: "dive-deep", storyId: ids.story }) },
  { name: "clearSlot", run: (v) => clearSlot(v, { roundId: ids.round, principle: "dive-deep" }) },
  { name: "planForMe", run: (v) => planForMe(v, ids.loop) },
  { name: "undoPlan", run: (v) => undoPlan(v, { loopId: ids.loop, added: [{ roundId: ids.round, principle: "dive-deep", storyId: ids.story }] }) },
  { name: "editComment (someone else's)", run: (v) => editComment(v, { id: ids.comment, body: "Hijacked" }) },
  { name: "deleteComment (someone else's)", run: (v) => deleteComment(v, ids.comment) },
  { name: "resolveComment (not owner, not starter)", run: (v) => resolveComment(v, ids.comment) },
  { name: "reopenComment (not owner, not starter)", run: (v) => reopenComment(v, ids.comment) },
  { name: "revokeShare", run: (v) => revokeShare(v, ids.share) },
  { name: "revokeInvite", run: (v) => revokeInvite(v, ids.invite) },
  { name: "deleteQuestion", run: (v) => deleteQuestion(v, ids.question) },
];

/** Comment writes a reader may make, refused for anyone without an active share. */
const commentWrites: Op[] = [
  { name: "addComment", run: (v) => addComment(v, { storyId: ids.story, section: "action", body: "Sneaky" }) },
  { name: "addComment (reply)", run: (v) => addComment(v, { storyId: ids.story, section: "action", body: "Sneaky", parentId: ids.comment }) },
  { name: "editComment (own, after revocation)", run: (v) => editComment(v, { id: ids.mentorComment, body: "Changed" }) },
  { name: "deleteComment (own, after revocation)", run: (v) => deleteComment(v, ids.mentorComment) },
  { name: "resolveComment (own thread, after revocation)", run: (v) => resolveComment(v, ids.mentorComment) },
];

/** A mock interview an active mentor may record, refused for anyone without an active share. */
const mockWrites: Op[] = [
  {
    name: "recordRehearsal (mock interview)",
    run: (v) =>
      recordRehearsal(v, { candidateId: candidate.id, storyId: ids.story, questionId: "dd-1", principle: "dive-deep", durationSeconds: 120, ratings: { situation: 3, action: 3, result: 3, learnings: 3 }, note: "" }),
  },
];

async function refusal(op: Op, viewer: TestViewer): Promise<unknown> {
  return op.run(viewer).then(
    () => new Error(`${op.name} was allowed`),
    (e: unknown) => e,
  );
}

const outsiders = [
  ["a stranger", () => stranger],
  ["a mentor of another candidate", () => otherMentor],
  ["a mentor whose share was revoked", () => revokedMentor],
] as const;

describe.each(outsiders)("%s", (_label, who) => {
  it.each(reads.map((op) => [op.name, op] as const))("cannot read: %s (NotFound)", async (_name, op) => {
    const before = await snapshot();
    expect(await refusal(op, who())).toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toBe(before);
  });

  it.each([...writes, ...commentWrites, ...mockWrites].map((op) => [op.name, op] as const))("cannot write: %s", async (_name, op) => {
    const before = await snapshot();
    const error = await refusal(op, who());
    // An outsider learns nothing: the answer is the one a missing id gets (creating a story in
    // their project is refused as "choose one of your projects").
    if (op.name === "createStory in their project") expect(error).toBeInstanceOf(InputError);
    else expect(error, String(error)).toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toBe(before);
  });
});

describe("an active mentor", () => {
  it("can read everything listed above", async () => {
    for (const op of reads) await expect(op.run(activeMentor), op.name).resolves.toBeDefined();
  });

  it.each(writes.map((op) => [op.name, op] as const))("cannot write: %s", async (_name, op) => {
    const before = await snapshot();
    const error = await refusal(op, activeMentor);
    if (op.name === "createStory in their project") expect(error).toBeInstanceOf(InputError);
    else expect(error instanceof ForbiddenError || error instanceof NotFoundError, String(error)).toBe(true);
    expect(await snapshot()).toBe(before);
  });
});

describe("the story's owner", () => {
  it("still has everything after all those attempts", async () => {
    const story = await getStory(candidate, ids.story);
    expect(story).toMatchObject({ title: "Cut p95 latency", version: storyVersion });
    expect((await getProject(candidate, ids.project)).title).toBe("Checkout");
    expect((await getLoop(candidate, ids.loop)).company).toBe("Amazon");
    expect((await listComments(candidate, ids.story)).map((c) => [c.body, c.authorRole])).toEqual([
      ["Note to self", "candidate"],
      ["Say I, not we", "former-mentor"],
    ]);
  });
});
