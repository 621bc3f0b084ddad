// Data-access tests for projects and stories against a real SQLite file.
import { createUser, shareWith } from "../fixtures/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { createProject, deleteProject, getProject, listProjects, updateProject } from "@/lib/server/projects";
import { attempt } from "@/lib/server/action-result";
import {
  createStory,
  deleteStory,
  getStory,
  listStories,
  listStoriesToRate,
  listStoryRows,
  listStoryHeads,
  rateHeads,
  rateStories,
  saveEditedStory,
  saveStory,
  type EditableStory,
  type SavedStory,
} from "@/lib/server/stories";
import type { Viewer } from "@/lib/server/viewer";

/** The editor's save as its server action answers it: the same attempt() mapping to an ActionResult. */
const saveFromEditor = (viewer: Viewer, payload: unknown) => attempt<SavedStory, EditableStory>(() => saveEditedStory(viewer, payload));

const words = (n: number, w = "word") => Array.from({ length: n }, () => w).join(" ");

function storyBody(projectId: string, over: Record<string, unknown> = {}) {
  return {
    projectId,
    title: "Cut p95 latency",
    situation: "Checkout was slow during peak traffic and customers abandoned their carts at a worrying rate.",
    task: "I owned the checkout service and had to bring p95 latency under the 300 ms budget before the holidays.",
    action: "I profiled the service, found the N+1 queries, rewrote the cart lookup and added a cache I designed.",
    result: "p95 latency fell from 420 ms to 260 ms and abandoned carts dropped 12% in the first month.",
    learnings: "",
    status: "draft",
    angles: ["speed"],
    principles: [{ code: "dive-deep", weight: "primary" }],
    metrics: [{ label: "p95 latency", unit: "ms", before: 420, after: 260, direction: "lower-is-better" }],
    ...over,
  };
}

let alice: Viewer;
let bob: Viewer;
let projectId: string;
let storyId: string;

beforeAll(async () => {
  alice = await createUser("alice");
  bob = await createUser("bob");
  projectId = (await createProject(alice, { title: "Checkout", organization: "Shop", period: "", context: "", role: "", scope: "" })).id;
  storyId = (await createStory(alice, storyBody(projectId))).id;
});

async function counts() {
  return {
    stories: await db.story.count(),
    principles: await db.storyPrinciple.count(),
    metrics: await db.metric.count(),
    angles: await db.storyAngle.count(),
    followUps: await db.followUp.count(),
  };
}

describe("ownership", () => {
  it("gives the owner their rows", async () => {
    expect((await listProjects(alice)).map((p) => p.title)).toEqual(["Checkout"]);
    const story = await getStory(alice, storyId);
    expect(story.access).toBe("owner");
    expect(story.metrics[0]).toMatchObject({ before: 420, after: 260 });
  });

  it("gives a second user nothing: lists are empty, reads and writes are NotFound", async () => {
    expect(await listProjects(bob)).toEqual([]);
    expect(await listStories(bob)).toEqual([]);
    await expect(listStories(bob, alice.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listStoryRows(bob, alice.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listStoriesToRate(bob, alice.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listStoryHeads(bob, { withText: true }, alice.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rateStories(bob, [], alice.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rateHeads(bob, [], alice.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getStory(bob, storyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getProject(bob, projectId)).rejects.toBeInstanceOf(NotFoundError);
    const before = await counts();
    await expect(saveStory(bob, storyId, 1, storyBody(projectId, { title: "hijacked" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateProject(bob, projectId, { title: "hijacked", organization: "", period: "", context: "", role: "", scope: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteStory(bob, storyId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteProject(bob, projectId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
    expect((await getStory(alice, storyId)).title).toBe("Cut p95 latency");
  });

  it("refuses a story placed in someone else's project", async () => {
    const bobProject = await createProject(bob, { title: "Bob's", organization: "", period: "", context: "", role: "", scope: "" });
    await expect(createStory(alice, storyBody(bobProject.id))).rejects.toThrow(/your projects/);
  });

  it("lets an active mentor read but never write", async () => {
    const mentor = await createUser("mentor");
    await shareWith(alice, mentor);
    expect((await getStory(mentor, storyId)).access).toBe("mentor");
    expect(await listStories(mentor, alice.id)).toHaveLength(1);
    await expect(saveStory(mentor, storyId, 1, storyBody(projectId))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(deleteStory(mentor, storyId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("saving with a version", () => {
  it("saves once per version; the second save from the same version is a conflict with the current text", async () => {
    const { id, version } = await createStory(alice, storyBody(projectId, { title: "Race" }));
    const first = await saveFromEditor(alice, { id, version, story: storyBody(projectId, { title: "Race — tab A" }) });
    expect(first).toMatchObject({ ok: true, data: { version: version + 1 } });
    const second = await saveFromEditor(alice, { id, version, story: storyBody(projectId, { title: "Race — tab B" }) });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.message).toMatch(/Someone saved this story/);
    expect(second.conflict?.current.title).toBe("Race — tab A");
    expect((await getStory(alice, id)).title).toBe("Race — tab A");
  });

  it("replaces principles, angles and metrics on save", async () => {
    const { id, version } = await createStory(alice, storyBody(projectId, { title: "Children" }));
    const r = await saveFromEditor(alice, {
      id,
      version,
      story: storyBody(projectId, { angles: ["scale", "cost"], principles: [{ code: "frugality", weight: "primary" }, { code: "ownership", weight: "secondary" }], metrics: [] }),
    });
    expect(r.ok).toBe(true);
    const s = await getStory(alice, id);
    expect(s.angles).toEqual(["cost", "scale"]);
    expect(s.principles.map((p) => p.code)).toEqual(["frugality", "ownership"]);
    expect(s.metrics).toEqual([]);
  });
});

describe("headline, 30-second version and follow-ups", () => {
  it("saves them with the story and reads them back in order; a save replaces the follow-ups", async () => {
    const followUps = [
      { question: "What exactly did you do yourself?", answer: "I designed the cache.", source: "suggested", suggestionKey: "finding:we-not-i" },
      { question: "Who pushed back?", answer: "", source: "own", suggestionKey: null },
    ];
    const { id, version } = await createStory(alice, storyBody(projectId, { title: "Follow-ups", headline: "Cut p95 latency from 420 ms to 260 ms", shortVersion: words(90), followUps }));
    const s = await getStory(alice, id);
    expect(s.headline).toBe("Cut p95 latency from 420 ms to 260 ms");
    expect(s.shortVersion).toBe(words(90));
    expect(s.followUps).toEqual(followUps);
    const r = await saveFromEditor(alice, { id, version, story: storyBody(projectId, { followUps: [followUps[1]] }) });
    expect(r.ok).toBe(true);
    const after = await getStory(alice, id);
    expect(after.followUps).toEqual([followUps[1]]);
    expect(after.headline).toBe("");
  });
  it("drops the suggestion key of an own follow-up", async () => {
    const { id } = await createStory(alice, storyBody(projectId, { followUps: [{ question: "Mine?", answer: "", source: "own", suggestionKey: "principle:ownership:0" }] }));
    expect((await getStory(alice, id)).followUps[0].suggestionKey).toBeNull();
  });
  it("gives a second user nothing of them", async () => {
    const { id } = await createStory(alice, storyBody(projectId, { headline: "Alice's 40% headline" }));
    await expect(getStory(bob, id)).rejects.toBeInstanceOf(NotFoundError);
    const r = await saveFromEditor(bob, { id, version: 1, story: storyBody(projectId, { headline: "Bob's" }) });
    expect(r.ok).toBe(false);
    expect((await getStory(alice, id)).headline).toBe("Alice's 40% headline");
  });
});

describe("bad input sent straight to the save boundary", () => {
  async function refused(story: Record<string, unknown>, field: RegExp, message: RegExp) {
    const before = await counts();
    const current = await getStory(alice, storyId);
    const result = await saveFromEditor(alice, { id: storyId, version: current.version, story: { ...storyBody(projectId), ...story } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const keys = Object.keys(result.fieldErrors ?? {});
    expect(keys.some((k) => field.test(k)), `field errors: ${keys.join(", ")}`).toBe(true);
    expect(Object.values(result.fieldErrors ?? {}).flat().join(" ")).toMatch(message);
    expect(await counts()).toEqual(before);
    expect((await getStory(alice, storyId)).version).toBe(current.version);
  }

  it("refuses a section over 5,000 characters (5,000 is fine)", async () => {
    await refused({ action: "x".repeat(5001) }, /story\.action/, /at most 5,000/);
    const current = await getStory(alice, storyId);
    const ok = await saveFromEditor(alice, { id: storyId, version: current.version, story: storyBody(projectId, { action: "x".repeat(5000) }) });
    expect(ok.ok).toBe(true);
  });
  it("refuses a title over 200 characters", () => refused({ title: "t".repeat(201) }, /story\.title/, /at most 200/));
  it("refuses a third primary principle", () =>
    refused(
      { principles: [{ code: "ownership", weight: "primary" }, { code: "dive-deep", weight: "primary" }, { code: "frugality", weight: "primary" }] },
      /story\.principles/,
      /At most 2 principles can be primary/,
    ));
  it("refuses an unknown principle code", () => refused({ principles: [{ code: "be-awesome", weight: "primary" }] }, /story\.principles\.0\.code/, /Unknown principle "be-awesome"/));
  it("refuses non-numeric metric values", () =>
    refused({ metrics: [{ label: "latency", unit: "ms", before: "fast", after: 12, direction: "lower-is-better" }] }, /story\.metrics\.0\.before/, /must be a number/));
  it("refuses more than 20 metrics and more than 20 angles", async () => {
    const metric = { label: "m", unit: "", before: 1, after: 2, direction: "higher-is-better" };
    await refused({ metrics: Array.from({ length: 21 }, () => metric) }, /story\.metrics/, /At most 20 metrics/);
    await refused({ angles: Array.from({ length: 21 }, (_, i) => `angle ${i}`) }, /story\.angles/, /At most 20 angles/);
  });
  it("refuses a headline over 20 words", () => refused({ headline: words(21) }, /story\.headline/, /at most 20 words \(it has 21\)/));
  it("refuses a 30-second version over 90 words", () => refused({ shortVersion: words(91) }, /story\.shortVersion/, /at most 90 words \(it has 91\)/));
  it("refuses more than 20 follow-ups on one story", () =>
    refused({ followUps: Array.from({ length: 21 }, (_, i) => ({ question: `Q${i}?`, answer: "A.", source: "own", suggestionKey: null })) }, /story\.followUps/, /At most 20 follow-ups/));
  it("refuses a follow-up answer over 2,000 characters and an empty question", async () => {
    await refused({ followUps: [{ question: "Q?", answer: "x".repeat(2001), source: "own", suggestionKey: null }] }, /story\.followUps\.0\.answer/, /at most 2,000/);
    await refused({ followUps: [{ question: "  ", answer: "A.", source: "own", suggestionKey: null }] }, /story\.followUps\.0\.question/, /required/);
  });
  it("refuses a payload that is not a story at all", async () => {
    const r = await saveFromEditor(alice, "DROP TABLE story");
    expect(r.ok).toBe(false);
  });
  it("exactly 15 words or 40 words pass validation (quality is advisory, not enforced)", async () => {
    const current = await getStory(alice, storyId);
    const r = await saveFromEditor(alice, { id: storyId, version: current.version, story: storyBody(projectId, { situation: words(15) }) });
    expect(r.ok).toBe(true);
  });
});

describe("deleting a project", () => {
  it("deletes its stories with it and says how many", async () => {
    const p = await createProject(alice, { title: "Doomed", organization: "", period: "", context: "", role: "", scope: "" });
    await createStory(alice, storyBody(p.id, { title: "one" }));
    await createStory(alice, storyBody(p.id, { title: "two" }));
    expect(await deleteProject(alice, p.id)).toEqual({ storiesDeleted: 2 });
    expect(await db.story.count({ where: { projectId: p.id } })).toBe(0);
  });
});

describe("listing a whole bank", () => {
  it("gives each story its own principles, angles and metrics (in their order), newest first, with project titles", async () => {
    const carol = await createUser("carol");
    const p = (await createProject(carol, { title: "Payments", organization: "", period: "", context: "", role: "", scope: "" })).id;
    const first = await createStory(carol, storyBody(p, { title: "First", angles: ["cost", "scale"], principles: [{ code: "frugality", weight: "primary" }], metrics: [{ label: "spend", unit: "$", before: 10, after: 5, direction: "lower-is-better" }, { label: "jobs", unit: "", before: null, after: 3, direction: "higher-is-better" }], followUps: [{ question: "Why now?", answer: "The budget review.", source: "own" }, { question: "What would you change?", answer: "", source: "own" }] }));
    await new Promise((r) => setTimeout(r, 5)); // distinct updatedAt, so "newest first" is one order
    const second = await createStory(carol, storyBody(p, { title: "Second", angles: [], principles: [{ code: "earn-trust", weight: "secondary" }, { code: "ownership", weight: "primary" }], metrics: [] }));
    const listed = await listStories(carol);
    expect(listed.map((s) => s.id)).toEqual([second.id, first.id]);
    const [b, a] = listed;
    expect(a).toMatchObject({ title: "First", angles: ["cost", "scale"], principles: [{ code: "frugality", weight: "primary" }] });
    expect(a.metrics.map((m) => m.label)).toEqual(["spend", "jobs"]);
    expect(a.metrics[1].before).toBeNull();
    expect(a.followUps.map((f) => f.question)).toEqual(["Why now?", "What would you change?"]);
    expect(b).toMatchObject({ title: "Second", angles: [], metrics: [], principles: [{ code: "ownership", weight: "primary" }, { code: "earn-trust", weight: "secondary" }] });
    expect(listed).toEqual(await Promise.all([getStory(carol, second.id), getStory(carol, first.id)]).then((all) => all.map(({ access: _a, projectTitle: _p, ...s }) => s)));

    const { stories, rate } = await listStoriesToRate(carol);
    expect(stories.map((s) => s.projectTitle)).toEqual(["Payments", "Payments"]);
    const rated = rate(stories[0]);
    expect(rated.readiness).toBeGreaterThanOrEqual(0);
    expect(rated.readiness).toBeLessThanOrEqual(100);
    expect(await listStoryRows(carol)).toEqual(stories.map(rate));

    // The stories list's cheaper path: heads of every story (no text unless searching), then the shown rows whole.
    const heads = await listStoryHeads(carol, { withText: false });
    expect(heads.map((h) => h.id)).toEqual(stories.map((s) => s.id));
    expect(heads[1]).toMatchObject({ title: "First", projectTitle: "Payments", situation: "", angles: ["cost", "scale"], principles: [{ code: "frugality", weight: "primary" }] });
    expect(heads[0].principles).toEqual(stories[0].principles);
    const withText = await listStoryHeads(carol, { withText: true });
    expect(withText.map((h) => [h.situation, h.task, h.action, h.result, h.learnings])).toEqual(stories.map((s) => [s.situation, s.task, s.action, s.result, s.learnings]));
    const ids = [stories[1].id, stories[0].id];
    expect(await rateStories(carol, ids)).toEqual([rate(stories[1]), rate(stories[0])]);
    expect(await rateStories(carol, [])).toEqual([]);
    // rateHeads reads only what a head lacks and rates exactly as rateStories does.
    expect(await rateHeads(carol, [heads[1], heads[0]])).toEqual([rate(stories[1]), rate(stories[0])]);
    expect(await rateHeads(carol, [withText[0]])).toEqual([rate(stories[0])]);
    expect(await rateHeads(carol, [])).toEqual([]);
  });
});
