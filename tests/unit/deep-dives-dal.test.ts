// Deep-dive data access against a real database: the worksheet's save (version check, every section's limit), the
// deep-dive round's project (own projects only, no principle slots), the report, and who may read or write.
import { createUser, shareWith, type TestViewer } from "../fixtures/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ConflictError, ForbiddenError, InputError, NotFoundError } from "@/lib/server/errors";
import { getDeepDive, listDeepDiveLoops, saveDeepDive } from "@/lib/server/deep-dives";
import { addRound, assignSlot, createLoopFromTemplate, getLoop, getLoopReport, getLoopWorkspace, setRoundProject, updateRound } from "@/lib/server/loops";
import { createProject } from "@/lib/server/projects";
import { createStory } from "@/lib/server/stories";
import { DEEP_DIVE_SECTIONS } from "@/lib/domain/deep-dive";
import { makeDeepDive } from "../fixtures/domain-factories";

let owner: TestViewer;
let stranger: TestViewer;
let mentor: TestViewer;
let projectId: string;
let otherProjectId: string;
let strangersProjectId: string;

async function refusal(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

async function rows() {
  return JSON.stringify(await db.deepDive.findMany({ include: { options: true, metrics: true }, orderBy: { id: "asc" } })) +
    JSON.stringify(await db.round.findMany({ orderBy: { id: "asc" } }));
}

beforeAll(async () => {
  owner = await createUser("owner");
  stranger = await createUser("stranger");
  mentor = await createUser("mentor");
  await shareWith(owner, mentor);
  projectId = (await createProject(owner, { title: "Demand forecasting" })).id;
  otherProjectId = (await createProject(owner, { title: "Churn model" })).id;
  strangersProjectId = (await createProject(stranger, { title: "Not yours" })).id;
});

describe("the worksheet", () => {
  it("starts empty (version 0), saves, and refuses a racing save with the newer one attached", async () => {
    const empty = await getDeepDive(owner, projectId);
    expect(empty).toMatchObject({ version: 0, id: null, scope: "", options: [] });
    const sheet = makeDeepDive({ metrics: [{ label: "forecast error", unit: "%", before: 31, after: 12, direction: "lower-is-better" }] });
    const first = await saveDeepDive(owner, { projectId, version: 0, deepDive: sheet });
    expect(first.version).toBe(1);
    const read = await getDeepDive(owner, projectId);
    expect(read.options.map((o) => o.title)).toEqual(sheet.options.map((o) => o.title));
    expect(read.metrics).toEqual(sheet.metrics);
    expect(read.role).toBe(sheet.role);

    const second = await saveDeepDive(owner, { projectId, version: 1, deepDive: { ...sheet, scope: "Newer scope" } });
    expect(second.version).toBe(2);
    const before = await rows();
    const lost = await refusal(saveDeepDive(owner, { projectId, version: 1, deepDive: { ...sheet, scope: "Stale tab" } }));
    expect(lost).toBeInstanceOf(ConflictError);
    expect((lost as ConflictError<{ scope: string }>).current?.scope).toBe("Newer scope");
    // A second "first save" is a conflict too.
    expect(await refusal(saveDeepDive(owner, { projectId, version: 0, deepDive: sheet }))).toBeInstanceOf(ConflictError);
    expect(await rows()).toBe(before);
  });

  it.each(DEEP_DIVE_SECTIONS)("refuses %s over 5,000 characters with a clear message, nothing written", async (section) => {
    const before = await rows();
    const current = await getDeepDive(owner, projectId);
    const error = await refusal(saveDeepDive(owner, { projectId, version: current.version, deepDive: makeDeepDive({ [section]: "x".repeat(5001) }) }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/at most 5,000 characters/);
    expect(Object.keys((error as InputError).fieldErrors)).toContain(`deepDive.${section}`);
    expect(await rows()).toBe(before);
  });

  it("takes exactly 5,000 characters", async () => {
    const current = await getDeepDive(owner, otherProjectId);
    await saveDeepDive(owner, { projectId: otherProjectId, version: current.version, deepDive: makeDeepDive({ impact: "9".repeat(5000) }) });
    expect((await getDeepDive(owner, otherProjectId)).impact).toHaveLength(5000);
  });

  it("a second user gets nothing; a mentor reads but cannot write", async () => {
    expect(await refusal(getDeepDive(stranger, projectId))).toBeInstanceOf(NotFoundError);
    expect(await refusal(listDeepDiveLoops(stranger, projectId))).toBeInstanceOf(NotFoundError);
    const before = await rows();
    expect(await refusal(saveDeepDive(stranger, { projectId, version: 2, deepDive: makeDeepDive() }))).toBeInstanceOf(NotFoundError);
    const read = await getDeepDive(mentor, projectId);
    expect(read.access).toBe("mentor");
    expect(read.scope).toBe("Newer scope");
    expect(await refusal(saveDeepDive(mentor, { projectId, version: 2, deepDive: makeDeepDive() }))).toBeInstanceOf(ForbiddenError);
    expect(await rows()).toBe(before);
  });
});

describe("deep-dive rounds", () => {
  let loopId: string;
  let depthId: string;

  beforeAll(async () => {
    loopId = (await createLoopFromTemplate(owner, { company: "Amazon", level: "L6", templateId: "amazon-data-scientist" })).id;
    const loop = await getLoop(owner, loopId);
    depthId = loop.rounds.find((r) => r.kind === "deep-dive")!.id;
  });

  it("the Data Scientist template's depth round is a deep-dive round with no slots", async () => {
    const loop = await getLoop(owner, loopId);
    const depth = loop.rounds.find((r) => r.id === depthId)!;
    expect(depth).toMatchObject({ title: "DS depth — one past project end to end", focus: [], projectId: null });
    const report = await getLoopReport(owner, loopId);
    expect(report.coverage.slots.some((s) => s.roundId === depthId)).toBe(false);
    expect(report.deepDives).toEqual([{ roundId: depthId, projectId: null, findings: [] }]);
  });

  it("takes one of the owner's projects and reports its worksheet's checks at the loop's level", async () => {
    await setRoundProject(owner, { roundId: depthId, projectId });
    const report = await getLoopReport(owner, loopId);
    expect(report.deepDives).toEqual([{ roundId: depthId, projectId, findings: [] }]);
    const workspace = await getLoopWorkspace(owner, loopId);
    expect(workspace.projects.find((p) => p.id === projectId)?.writtenSections).toBe(8);
    expect(await listDeepDiveLoops(owner, projectId)).toEqual([{ loopId, company: "Amazon", level: "L6", roundTitle: "DS depth — one past project end to end" }]);
  });

  it("a story of the deep-dive project in another round is deep-dive-overlap; another project's story is not", async () => {
    const loop = await getLoop(owner, loopId);
    const hm = loop.rounds.find((r) => r.kind === "hiring-manager")!;
    const storyOf = async (pid: string, title: string) =>
      (await createStory(owner, { projectId: pid, title, status: "draft", principles: [{ code: "ownership", weight: "primary" }] })).id;
    const same = await storyOf(projectId, "Forecast rollout");
    await assignSlot(owner, { roundId: hm.id, principle: "ownership", storyId: same });
    let report = await getLoopReport(owner, loopId);
    const overlap = report.reuse.findings.filter((f) => f.code === "deep-dive-overlap");
    expect(overlap).toHaveLength(1);
    expect(overlap[0]).toMatchObject({ storyIds: [same], projectId, roundIds: [depthId, hm.id] });
    await assignSlot(owner, { roundId: hm.id, principle: "ownership", storyId: await storyOf(otherProjectId, "Churn win") });
    report = await getLoopReport(owner, loopId);
    expect(report.reuse.findings.filter((f) => f.code === "deep-dive-overlap")).toEqual([]);
    expect(report.reuse.distinctProjects).toBe(2);
  });

  it("refuses principle slots on a deep-dive round, nothing written", async () => {
    const before = await rows();
    const story = (await createStory(owner, { projectId: otherProjectId, title: "Any" })).id;
    const assign = await refusal(assignSlot(owner, { roundId: depthId, principle: "dive-deep", storyId: story }));
    expect(assign).toBeInstanceOf(InputError);
    expect(assign.message).toMatch(/planned with one project, not principle slots/);
    const edit = await refusal(updateRound(owner, depthId, { title: "Depth", kind: "deep-dive", minutes: 60, focus: ["dive-deep"], projectId }));
    expect(edit).toBeInstanceOf(InputError);
    expect(edit.message).toMatch(/not principle slots/);
    const add = await refusal(addRound(owner, loopId, { title: "Depth 2", kind: "deep-dive", minutes: 60, focus: ["ownership"] }));
    expect(add.message).toMatch(/not principle slots/);
    expect(await db.assignment.count({ where: { roundId: depthId } })).toBe(0);
    expect((await db.round.findUniqueOrThrow({ where: { id: depthId } })).focus).toBe("[]");
    expect(await rows()).toBe(before);
  });

  it("refuses a project of another user, nothing written", async () => {
    const before = await rows();
    // Thunks, one at a time: a refusal is awaited as soon as it happens.
    for (const attempt of [
      () => setRoundProject(owner, { roundId: depthId, projectId: strangersProjectId }),
      () => updateRound(owner, depthId, { title: "Depth", kind: "deep-dive", minutes: 60, projectId: strangersProjectId }),
      () => addRound(owner, loopId, { title: "Depth 2", kind: "deep-dive", minutes: 60, projectId: strangersProjectId }),
    ]) {
      const error = await refusal(attempt());
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe("Choose one of your own projects for the deep-dive round.");
    }
    expect(await rows()).toBe(before);
  });

  it("refuses a project on a round that is not a deep-dive round", async () => {
    const loop = await getLoop(owner, loopId);
    const hm = loop.rounds.find((r) => r.kind === "hiring-manager")!;
    expect((await refusal(setRoundProject(owner, { roundId: hm.id, projectId }))).message).toMatch(/not a deep-dive round/);
    expect((await refusal(updateRound(owner, hm.id, { title: "HM", kind: "hiring-manager", minutes: 60, projectId }))).message).toMatch(/Only a deep-dive round/);
  });

  it("a stranger cannot set the round's project; a mentor is refused", async () => {
    expect(await refusal(setRoundProject(stranger, { roundId: depthId, projectId: strangersProjectId }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(setRoundProject(mentor, { roundId: depthId, projectId: null }))).toBeInstanceOf(ForbiddenError);
    expect((await getLoop(owner, loopId)).rounds.find((r) => r.id === depthId)?.projectId).toBe(projectId);
  });

  it("deleting the project clears the round's project (the round stays)", async () => {
    const temp = (await createProject(owner, { title: "Temp" })).id;
    await setRoundProject(owner, { roundId: depthId, projectId: temp });
    await db.project.delete({ where: { id: temp } });
    expect((await getLoop(owner, loopId)).rounds.find((r) => r.id === depthId)?.projectId).toBeNull();
  });
});

describe("mentors comment on a deep-dive, section by section", () => {
  it("a mentor comments, the owner replies and resolves; a stranger gets nothing; nothing before a first save", async () => {
    const { addDeepDiveComment, deleteDeepDiveComment, listDeepDiveComments, setDeepDiveCommentResolved } = await import("@/lib/server/deep-dive-comments");
    const root = await addDeepDiveComment(mentor, { projectId, section: "role", body: "What did you decide yourself?" });
    await addDeepDiveComment(owner, { projectId, section: "impact", body: "I chose the global model.", parentId: root.id });
    const seen = await listDeepDiveComments(owner, projectId);
    expect(seen.map((c) => [c.section, c.parentId === null, c.authorRole])).toEqual([
      ["role", true, "mentor"],
      ["role", false, "candidate"], // a reply takes its thread's section
    ]);
    expect((await listDeepDiveComments(mentor, projectId))[0]).toMatchObject({ mine: true, canResolve: true });
    await setDeepDiveCommentResolved(owner, root.id, new Date());
    expect((await listDeepDiveComments(mentor, projectId))[0].resolvedAt).not.toBeNull();

    const before = await db.deepDiveComment.count();
    expect(await refusal(listDeepDiveComments(stranger, projectId))).toBeInstanceOf(NotFoundError);
    expect(await refusal(addDeepDiveComment(stranger, { projectId, section: "role", body: "Hi" }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(deleteDeepDiveComment(stranger, root.id))).toBeInstanceOf(NotFoundError);
    expect(await refusal(deleteDeepDiveComment(owner, root.id))).toBeInstanceOf(ForbiddenError); // not the author
    const unwritten = (await createProject(owner, { title: "Not written" })).id;
    expect((await refusal(addDeepDiveComment(mentor, { projectId: unwritten, section: "role", body: "Hi" }))).message).toMatch(/not been written yet/);
    expect((await refusal(addDeepDiveComment(mentor, { projectId, section: "nope", body: "Hi" }))).message).toMatch(/Choose a part of the deep-dive/);
    expect(await db.deepDiveComment.count()).toBe(before);
    await deleteDeepDiveComment(mentor, root.id);
    expect(await listDeepDiveComments(owner, projectId)).toEqual([]);
  });
});
