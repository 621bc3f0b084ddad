// Loops data access against a real SQLite file: templates, slots, "Plan for me" + undo, the report, and refusals.
import { createUser, shareWith, type TestViewer } from "../fixtures/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { InputError, NotFoundError } from "@/lib/server/errors";
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
import { createProject } from "@/lib/server/projects";
import { barRaiserPrinciples, createStory } from "@/lib/server/stories";
import type { PrincipleCode } from "@/lib/domain/types";
import { rankCandidates } from "@/lib/domain/rank-candidates";

const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(" ");

async function makeStory(viewer: TestViewer, projectId: string, title: string, principles: [PrincipleCode, "primary" | "secondary"][], angles: string[] = []) {
  const { id } = await createStory(viewer, {
    projectId,
    title,
    situation: `I joined ${title} when ${words(`${title.replace(/\W/g, "")}s`, 20)}`,
    task: `I had to ${words(`${title.replace(/\W/g, "")}t`, 20)}`,
    action: `I built ${words(`${title.replace(/\W/g, "")}a`, 60)}`,
    result: `Latency fell by 38% and ${words(`${title.replace(/\W/g, "")}r`, 20)}`,
    status: "ready",
    angles,
    principles: principles.map(([code, weight]) => ({ code, weight })),
  });
  return id;
}

async function expectRefused(promise: Promise<unknown>, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toMatch(message);
}

/** Rows that a refused write must not have touched. */
async function snapshot(loopId: string) {
  const loop = await db.loop.findUniqueOrThrow({
    where: { id: loopId },
    include: { rounds: { orderBy: { position: "asc" }, include: { assignments: { orderBy: { id: "asc" } } } } },
  });
  return JSON.stringify({ ...loop, updatedAt: null });
}

let alice: TestViewer;
let bob: TestViewer;
let aliceStories: Record<string, string>;
let bobStory: string;

beforeAll(async () => {
  alice = await createUser("alice");
  bob = await createUser("bob");
  const p1 = await createProject(alice, { title: "Fraud model", organization: "Kestrel", period: "2023", context: "", role: "", scope: "" });
  const p2 = await createProject(alice, { title: "Streaming", organization: "Parcelwise", period: "2022", context: "", role: "", scope: "" });
  const p3 = await createProject(alice, { title: "Experiments", organization: "Cratebay", period: "2021", context: "", role: "", scope: "" });
  aliceStories = {
    leak: await makeStory(alice, p1.id, "Label leak", [["dive-deep", "primary"], ["customer-obsession", "secondary"]], ["stakeholder management"]),
    threshold: await makeStory(alice, p1.id, "Threshold dispute", [["customer-obsession", "primary"], ["earn-trust", "secondary"]], ["stakeholder management", "conflict"]),
    mentoring: await makeStory(alice, p2.id, "Mentoring", [["earn-trust", "primary"], ["ownership", "secondary"]], ["mentoring"]),
    bill: await makeStory(alice, p2.id, "Kafka bill", [["insist-on-the-highest-standards", "primary"], ["bias-for-action", "secondary"]]),
    platform: await makeStory(alice, p3.id, "Platform", [["think-big", "primary"], ["invent-and-simplify", "primary"], ["deliver-results", "secondary"]]),
    fee: await makeStory(alice, p3.id, "Seller fee", [["are-right-a-lot", "primary"], ["learn-and-be-curious", "secondary"], ["ownership", "primary"]]),
  };
  const bp = await createProject(bob, { title: "Bob's project", organization: "", period: "", context: "", role: "", scope: "" });
  bobStory = await makeStory(bob, bp.id, "Bob story", [["customer-obsession", "primary"]]);
});

async function newDsLoop(viewer: TestViewer = alice) {
  const { id } = await createLoopFromTemplate(viewer, {
    templateId: "amazon-data-scientist",
    company: "Amazon",
    role: "Data Scientist",
    level: "L5",
    date: "2026-03-02",
  });
  return getLoop(viewer, id);
}

describe("creating and editing loops", () => {
  it("creates a loop from each template with its rounds and focus", async () => {
    const loop = await newDsLoop();
    expect(loop.company).toBe("Amazon");
    expect(loop.level).toBe("L5");
    expect(loop.date).toBe("2026-03-02");
    expect(loop.rounds.map((r) => r.title)).toEqual([
      "Recruiter screen",
      "Technical phone screen",
      "Data manipulation & scripting",
      "DS breadth",
      "DS depth — one past project end to end",
      "Hiring manager",
      "Bar Raiser",
    ]);
    expect(loop.rounds[0].focus).toEqual(["customer-obsession", "deliver-results", "frugality"]);
    // The depth round walks through one project: a deep-dive round without slots.
    expect(loop.rounds[4]).toMatchObject({ kind: "deep-dive", focus: [], projectId: null });
    expect(loop.assignments).toEqual([]);

    for (const templateId of ["amazon-data-engineer", "amazon-generic-onsite", "blank"] as const) {
      const { id } = await createLoopFromTemplate(alice, { templateId, company: "Amazon" });
      const made = await getLoop(alice, id);
      expect(made.rounds.length).toBe({ "amazon-data-engineer": 7, "amazon-generic-onsite": 5, blank: 0 }[templateId]);
    }
    const list = await listLoops(alice);
    const summary = list.find((l) => l.id === loop.id);
    expect(summary).toMatchObject({ roundCount: 7, slotCount: 16, plannedCount: 0 });
  });

  it("refuses a loop without a company or template", async () => {
    await expectRefused(createLoopFromTemplate(alice, { templateId: "blank", company: " " }), /Company is required/);
    await expectRefused(createLoopFromTemplate(alice, { templateId: "nope", company: "X" }), /template/i);
  });

  it("edits details, adds, moves, retitles and removes rounds", async () => {
    const { id } = await createLoopFromTemplate(alice, { templateId: "blank", company: "Acme" });
    await updateLoop(alice, id, { company: "Acme Corp", role: "DE", level: "L6", date: "next week" });
    const a = await addRound(alice, id, { title: "Screen", kind: "phone", minutes: 45, focus: ["ownership"] });
    const b = await addRound(alice, id, { title: "Onsite", kind: "onsite", minutes: "60", focus: [] });
    await moveRound(alice, { roundId: b.id, direction: "up" });
    let loop = await getLoop(alice, id);
    expect(loop).toMatchObject({ company: "Acme Corp", level: "L6", date: "next week" });
    expect(loop.rounds.map((r) => r.title)).toEqual(["Onsite", "Screen"]);
    await moveRound(alice, { roundId: b.id, direction: "up" }); // already first: no-op
    await updateRound(alice, a.id, { title: "Phone screen", kind: "phone", minutes: 30, focus: ["ownership", "dive-deep"] });
    await removeRound(alice, b.id);
    loop = await getLoop(alice, id);
    expect(loop.rounds).toEqual([
      { id: a.id, title: "Phone screen", kind: "phone", minutes: 30, focus: ["ownership", "dive-deep"], projectId: null, position: 0 },
    ]);
    await deleteLoop(alice, id);
    await expect(getLoop(alice, id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("changing a round's focus deletes the assignments of principles taken out", async () => {
    const loop = await newDsLoop();
    const breadth = loop.rounds[3]; // DS breadth: learn-and-be-curious, are-right-a-lot, invent-and-simplify
    await assignSlot(alice, { roundId: breadth.id, principle: "learn-and-be-curious", storyId: aliceStories.leak });
    await assignSlot(alice, { roundId: breadth.id, principle: "are-right-a-lot", storyId: aliceStories.platform });
    const { removedPrinciples } = await updateRound(alice, breadth.id, {
      title: breadth.title,
      kind: breadth.kind,
      minutes: breadth.minutes,
      focus: ["are-right-a-lot", "frugality"],
    });
    expect(removedPrinciples).toEqual(["learn-and-be-curious"]);
    const after = await getLoop(alice, loop.id);
    expect(after.assignments).toEqual([
      { roundId: breadth.id, principle: "are-right-a-lot", storyId: aliceStories.platform, backupStoryId: null },
    ]);
  });
});

describe("slots", () => {
  it("assigns a story with a backup, replaces it and clears it", async () => {
    const loop = await newDsLoop();
    const recruiter = loop.rounds[0];
    await assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.threshold, backupStoryId: aliceStories.leak });
    expect((await getLoop(alice, loop.id)).assignments).toEqual([
      { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.threshold, backupStoryId: aliceStories.leak },
    ]);
    await assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.leak });
    expect((await getLoop(alice, loop.id)).assignments).toEqual([
      { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.leak, backupStoryId: null },
    ]);
    await clearSlot(alice, { roundId: recruiter.id, principle: "customer-obsession" });
    expect((await getLoop(alice, loop.id)).assignments).toEqual([]);
  });

  it("refuses bad assignments with a clear message and changes nothing", async () => {
    const loop = await newDsLoop();
    const recruiter = loop.rounds[0];
    await assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.threshold });
    const before = await snapshot(loop.id);

    await expectRefused(
      assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: bobStory }),
      /Choose one of your own stories as the story/,
    );
    await expectRefused(
      assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.leak, backupStoryId: bobStory }),
      /Choose one of your own stories as the backup/,
    );
    await expectRefused(
      assignSlot(alice, { roundId: recruiter.id, principle: "dive-deep", storyId: aliceStories.leak }),
      /Dive Deep is not in the focus of "Recruiter screen"/,
    );
    await expectRefused(
      assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.leak, backupStoryId: aliceStories.leak }),
      /backup must be a different story/,
    );
    await expectRefused(
      updateRound(alice, recruiter.id, {
        title: "Recruiter screen",
        kind: "recruiter",
        minutes: 30,
        focus: ["customer-obsession", "ownership", "dive-deep", "earn-trust"],
      }),
      /at most 3 principles/,
    );
    await expectRefused(
      updateRound(alice, recruiter.id, { title: "Recruiter screen", kind: "recruiter", minutes: 30, focus: ["ownership", "ownership"] }),
      /only once/,
    );
    await expectRefused(
      addRound(alice, loop.id, { title: "Extra", kind: "onsite", minutes: 60, focus: ["ownership", "dive-deep", "earn-trust", "think-big"] }),
      /at most 3 principles/,
    );
    expect(await snapshot(loop.id)).toBe(before);
  });

  it("a second user can neither read nor change the first user's loop", async () => {
    const loop = await newDsLoop();
    const recruiter = loop.rounds[0];
    await assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.threshold });
    const before = await snapshot(loop.id);

    await expect(getLoop(bob, loop.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLoopReport(bob, loop.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listLoops(bob, alice.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignSlot(bob, { roundId: recruiter.id, principle: "customer-obsession", storyId: bobStory })).rejects.toBeInstanceOf(NotFoundError);
    await expect(clearSlot(bob, { roundId: recruiter.id, principle: "customer-obsession" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateRound(bob, recruiter.id, { title: "Mine", kind: "phone", minutes: 30, focus: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeRound(bob, recruiter.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveRound(bob, { roundId: recruiter.id, direction: "down" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addRound(bob, loop.id, { title: "X", kind: "onsite", minutes: 60, focus: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateLoop(bob, loop.id, { company: "Stolen" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(planForMe(bob, loop.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(undoPlan(bob, { loopId: loop.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteLoop(bob, loop.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(loop.id)).toBe(before);
  });

  it("a mentor with an active share reads the loop and its report but cannot change it", async () => {
    const mentor = await createUser("mentor");
    const shareId = await shareWith(alice, mentor);
    const loop = await newDsLoop();
    expect((await getLoop(mentor, loop.id)).access).toBe("mentor");
    expect((await getLoopReport(mentor, loop.id)).loopId).toBe(loop.id);
    await expect(planForMe(mentor, loop.id)).rejects.toMatchObject({ kind: "forbidden" });
    await db.share.update({ where: { id: shareId }, data: { revokedAt: new Date() } });
    await expect(getLoopReport(mentor, loop.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("plan for me and the report", () => {
  it("fills only empty slots, deterministically, and undo removes exactly what it added", async () => {
    const loop = await newDsLoop();
    const recruiter = loop.rounds[0];
    await assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.leak });
    const before = await getLoopReport(alice, loop.id);
    expect(before.coverage.score).toBeCloseTo(1 / 16);

    const result = await planForMe(alice, loop.id);
    expect(result.added.length).toBeGreaterThan(0);
    expect(result.added.every((a) => a.storyTitle !== "" && a.roundTitle !== "")).toBe(true);
    const planned = await getLoop(alice, loop.id);
    expect(planned.assignments).toContainEqual({ roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.leak, backupStoryId: null });
    expect(planned.assignments.length).toBe(1 + result.added.length);
    // Backups the plan proposed are saved with the new slots.
    for (const a of result.added) {
      expect(planned.assignments).toContainEqual({ roundId: a.roundId, principle: a.principle, storyId: a.storyId, backupStoryId: a.backupStoryId });
    }
    const after = await getLoopReport(alice, loop.id);
    expect(after.coverage.score).toBeGreaterThan(before.coverage.score);
    expect(after.coverage.uncovered.length).toBe(result.stillEmpty);
    // Never one story in two rounds.
    expect(after.reuse.findings.filter((f) => f.code === "same-story")).toEqual([]);

    // Same input, same plan.
    const twin = await newDsLoop();
    await assignSlot(alice, { roundId: twin.rounds[0].id, principle: "customer-obsession", storyId: aliceStories.leak });
    const twinResult = await planForMe(alice, twin.id);
    const shape = (r: typeof result, rounds: { id: string }[]) =>
      r.added.map((a) => [rounds.findIndex((x) => x.id === a.roundId), a.principle, a.storyId]);
    expect(shape(twinResult, twin.rounds)).toEqual(shape(result, loop.rounds));

    // Undo is kept with the loop (it survives a reload) and takes back exactly what the plan added.
    expect((await getLoopWorkspace(alice, loop.id)).undoable).toEqual({ added: result.added.length, backups: result.backupsAdded.length });
    const { removed } = await undoPlan(alice, { loopId: loop.id });
    expect(removed).toBe(result.added.length);
    const undone = await getLoop(alice, loop.id);
    expect(undone.assignments).toEqual([{ roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.leak, backupStoryId: null }]);
    expect((await getLoopWorkspace(alice, loop.id)).undoable).toBeNull();
    await expect(undoPlan(alice, { loopId: loop.id })).rejects.toThrow(/no plan to undo/);

    // Any later change to the loop forgets the plan: Undo never takes back the user's own edits.
    const replanned = await planForMe(alice, loop.id);
    const changed = replanned.added[0];
    const other = Object.values(aliceStories).find((id) => id !== changed.storyId) ?? "";
    await assignSlot(alice, { roundId: changed.roundId, principle: changed.principle, storyId: other });
    expect((await getLoopWorkspace(alice, loop.id)).undoable).toBeNull();
    const count = (await getLoop(alice, loop.id)).assignments.length;
    await expect(undoPlan(alice, { loopId: loop.id })).rejects.toThrow(/no plan to undo/);
    expect((await getLoop(alice, loop.id)).assignments).toHaveLength(count);

    // A full loop: nothing to add.
    const full = await planForMe(alice, loop.id);
    const again = await planForMe(alice, loop.id);
    expect(again.added).toEqual([]);
    expect(again.stillEmpty).toBe(full.stillEmpty);
  });

  it("builds the report of DESIGN.md §3 with same-story, the workspace and its ranked candidates", async () => {
    const loop = await newDsLoop();
    const [recruiter, phone, , , , hm] = loop.rounds;
    await assignSlot(alice, { roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.threshold });
    await assignSlot(alice, { roundId: hm.id, principle: "customer-obsession", storyId: aliceStories.threshold });
    await assignSlot(alice, { roundId: phone.id, principle: "dive-deep", storyId: aliceStories.leak });

    const report = await getLoopReport(alice, loop.id);
    // DESIGN §3's fields, and beside them rehearsal's (§6): nothing rehearsed yet, so both planned stories get a tip.
    expect(Object.keys(report).sort()).toEqual(["coverage", "deepDives", "loopId", "rehearsal", "rehearsalFindings", "reuse", "storyFindings"]);
    expect(report.rehearsal).toEqual({ rehearsedTwice: 0, planned: 2, share: 0 });
    expect(report.rehearsalFindings?.map((f) => [f.code, f.severity])).toEqual([["not-rehearsed", "tip"], ["not-rehearsed", "tip"]]);
    // The report reads only the last 14 days of rehearsals (plain SQL with a date bound, on both engines).
    const rehearse = (storyId: string, daysAgo: number) =>
      db.rehearsal.create({
        data: {
          userId: alice.id, storyId, questionId: "q", questionText: "Tell me about a time.", principle: "dive-deep", durationSeconds: 120,
          ratingSituation: 3, ratingAction: 3, ratingResult: 3, ratingLearnings: 3, createdAt: new Date(Date.now() - daysAgo * 86_400_000),
        },
      });
    await rehearse(aliceStories.threshold, 1);
    await rehearse(aliceStories.threshold, 13);
    await rehearse(aliceStories.leak, 1);
    await rehearse(aliceStories.leak, 20);
    const rehearsed = await getLoopReport(alice, loop.id);
    // The Bar Raiser's focus principles, read for the quality context of every story list.
    const barRaiserRounds = await db.round.findMany({ where: { kind: "bar-raiser", loop: { userId: alice.id } }, select: { focus: true } });
    const barRaiserFocus = barRaiserRounds.flatMap((r) => JSON.parse(r.focus) as string[]);
    expect(barRaiserFocus.length).toBeGreaterThan(0);
    expect((await barRaiserPrinciples(alice)).sort()).toEqual([...new Set(barRaiserFocus)].sort());
    expect(await barRaiserPrinciples(alice, bob.id).catch((e) => e)).toBeInstanceOf(NotFoundError);
    expect(rehearsed.rehearsal).toEqual({ rehearsedTwice: 1, planned: 2, share: 0.5 });
    expect(rehearsed.rehearsalFindings).toEqual([]);
    await db.rehearsal.deleteMany({ where: { userId: alice.id } });
    expect(report.loopId).toBe(loop.id);
    expect(Object.keys(report.coverage).sort()).toEqual(["depth", "score", "slots", "uncovered"]);
    expect(report.coverage.slots).toHaveLength(16);
    expect(report.coverage.slots[0]).toEqual({ roundId: recruiter.id, principle: "customer-obsession", storyId: aliceStories.threshold, backupStoryId: null });
    expect(report.coverage.uncovered).toHaveLength(13);
    // The story told in two rounds covers neither slot: only Phone's Dive Deep counts.
    expect(report.coverage.score).toBeCloseTo(1 / 16);
    expect(report.coverage.depth.find((d) => d.principle === "customer-obsession")).toEqual({ principle: "customer-obsession", readyStories: 2, target: 2 });
    expect(report.reuse.distinctProjects).toBe(1);

    const sameStory = report.reuse.findings.find((f) => f.code === "same-story");
    expect(sameStory).toMatchObject({ severity: "error", roundIds: [recruiter.id, hm.id], storyIds: [aliceStories.threshold] });
    expect(report.reuse.findings[0].severity).toBe("error");
    const sameAngle = report.reuse.findings.find((f) => f.code === "same-angle");
    // Same project, two rounds, angles {stakeholder management} vs {stakeholder management, conflict}: Jaccard 0.5.
    expect(sameAngle).toMatchObject({ severity: "warning", storyIds: expect.arrayContaining([aliceStories.leak, aliceStories.threshold]) });
    expect(sameAngle?.message).toMatch(/angles overlap 50%/);
    expect(sameAngle?.message).not.toMatch(/primary principle|read alike/);
    expect(report.reuse.findings.map((f) => f.code)).toContain("few-projects");
    for (const f of report.reuse.findings) expect(Object.keys(f).sort()).toEqual(["code", "message", "projectId", "roundIds", "severity", "storyIds"]);
    for (const f of report.storyFindings) expect(Object.keys(f).sort()).toEqual(["code", "message", "severity", "storyId"]);

    const workspace = await getLoopWorkspace(alice, loop.id);
    expect(workspace.report).toEqual(report);
    // The pickers rank on the client from the workspace's one list of the bank (components/slot-bank.tsx).
    const readiness = new Map(workspace.stories.map((s) => [s.id, s.readiness]));
    const errors = new Set(workspace.stories.filter((s) => s.hasErrors).map((s) => s.id));
    const ranked = rankCandidates(workspace.loop, workspace.stories, recruiter.id, "customer-obsession", readiness, errors);
    expect(ranked.map((c) => c.storyId)).toEqual([aliceStories.threshold, aliceStories.leak]);
    expect(ranked[0].strengths).toContain("primary");
    expect(workspace.stories.every((s) => s.projectTitle !== "")).toBe(true);
  });

  it("flags level signals on an L6 loop", async () => {
    const { id } = await createLoopFromTemplate(alice, { templateId: "amazon-generic-onsite", company: "Amazon", level: "L6" });
    await planForMe(alice, id);
    const report = await getLoopReport(alice, id);
    const signals = report.reuse.findings.filter((f) => f.code === "level-signals").map((f) => f.message);
    // The bank has a mentoring story but nothing with the angle "ambiguity".
    expect(signals.some((m) => m.includes('"ambiguity"'))).toBe(true);
  });
});
