import { describe, expect, it } from "vitest";
import { buildLoopReport, rankCandidates, sortFindings } from "../../lib/domain/report";
import { checkStory } from "../../lib/domain/quality";
import type { Severity } from "../../lib/domain/types";
import { makeAssignment, makeLoop, makeRound, makeStory, primary, secondary } from "../fixtures/domain-factories";

function keysOf(value: unknown): string[] {
  return Object.keys(value as object);
}

describe("buildLoopReport", () => {
  // One story in two rounds (R1 error), two projects (R3 warning), an uncovered slot, a backup, a Bar Raiser round.
  const reused = makeStory({ title: "Kafka migration", projectId: "p1", principles: [primary("ownership")] });
  const other = makeStory({ title: "Pricing bug", projectId: "p2", principles: [primary("dive-deep")] });
  const backup = makeStory({ title: "On-call rota", projectId: "p2", principles: [secondary("dive-deep")], learnings: "" });
  const unplanned = makeStory({ title: "Never planned", projectId: "p3", principles: [primary("earn-trust")] });
  const phone = makeRound({ title: "Phone", kind: "phone", focus: ["ownership"] });
  const onsite = makeRound({ title: "Onsite", kind: "onsite", focus: ["dive-deep", "earn-trust"] });
  const bar = makeRound({ title: "Bar Raiser", kind: "bar-raiser", focus: ["ownership"] });
  const loop = makeLoop({
    level: "L5",
    rounds: [phone, onsite, bar],
    assignments: [
      makeAssignment(phone.id, "ownership", reused.id),
      makeAssignment(onsite.id, "dive-deep", other.id, backup.id),
      makeAssignment(bar.id, "ownership", reused.id),
    ],
  });
  const bank = [reused, other, backup, unplanned];

  it("has exactly the keys of DESIGN.md §3 at every level", () => {
    const report = buildLoopReport(loop, bank);
    // §3's keys, then DESIGN §7's deep-dive rounds beside them.
    expect(keysOf(report)).toEqual(["loopId", "coverage", "reuse", "storyFindings", "deepDives"]);
    expect(keysOf(report.coverage)).toEqual(["slots", "uncovered", "depth", "score"]);
    expect(report.coverage.slots.length).toBeGreaterThan(0);
    for (const s of report.coverage.slots) expect(keysOf(s)).toEqual(["roundId", "principle", "storyId", "backupStoryId"]);
    expect(report.coverage.uncovered.length).toBeGreaterThan(0);
    for (const u of report.coverage.uncovered) expect(keysOf(u)).toEqual(["roundId", "principle"]);
    expect(report.coverage.depth.length).toBeGreaterThan(0);
    for (const d of report.coverage.depth) expect(keysOf(d)).toEqual(["principle", "readyStories", "target"]);
    expect(keysOf(report.reuse)).toEqual(["distinctProjects", "findings"]);
    expect(report.reuse.findings.length).toBeGreaterThan(0);
    for (const f of report.reuse.findings) {
      expect(keysOf(f)).toEqual(["code", "severity", "message", "roundIds", "storyIds", "projectId"]);
    }
    expect(report.storyFindings.length).toBeGreaterThan(0);
    for (const f of report.storyFindings) expect(keysOf(f)).toEqual(["storyId", "code", "severity", "message"]);
  });

  it("is plain JSON", () => {
    const report = buildLoopReport(loop, bank);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("fills coverage and reuse from the loop", () => {
    const report = buildLoopReport(loop, bank);
    expect(report.loopId).toBe(loop.id);
    expect(report.coverage.uncovered).toEqual([{ roundId: onsite.id, principle: "earn-trust" }]);
    // The story told in Phone and Bar Raiser covers neither slot: only Onsite's Dive Deep counts.
    expect(report.coverage.score).toBeCloseTo(1 / 4, 12);
    expect(report.reuse.distinctProjects).toBe(2);
    expect(report.reuse.findings.map((f) => f.code)).toEqual(["same-story", "few-projects"]);
  });

  it("lists reuse errors before warnings", () => {
    const report = buildLoopReport({ ...loop, level: "L6" }, bank);
    const severities = report.reuse.findings.map((f) => f.severity);
    expect(severities[0]).toBe("error");
    expect(severities.slice(1).every((s) => s === "warning")).toBe(true);
  });

  it("checks each planned story once, main and backup, and nothing unplanned", () => {
    const report = buildLoopReport(loop, bank);
    const ids = [...new Set(report.storyFindings.map((f) => f.storyId))];
    expect(ids.every((id) => [reused.id, other.id, backup.id].includes(id))).toBe(true);
    expect(ids).not.toContain(unplanned.id);
    const expected = checkStory(reused, { barRaiserPrinciples: ["ownership"] }).map((f) => ({
      storyId: reused.id,
      code: f.code,
      severity: f.severity,
      message: f.message,
    }));
    expect(report.storyFindings.filter((f) => f.storyId === reused.id)).toEqual(expected);
  });

  it("passes the Bar Raiser rounds' focus to the story check", () => {
    const report = buildLoopReport(loop, bank);
    const noLearnings = report.storyFindings.filter((f) => f.code === "no-learnings").map((f) => f.storyId);
    expect(noLearnings).toEqual([reused.id]);

    const withoutBarRaiser = makeLoop({ ...loop, rounds: [phone, onsite, { ...bar, kind: "onsite" }] });
    const quiet = buildLoopReport(withoutBarRaiser, bank);
    expect(quiet.storyFindings.some((f) => f.code === "no-learnings")).toBe(false);

    const overridden = buildLoopReport(withoutBarRaiser, bank, { barRaiserPrinciples: ["dive-deep"] });
    expect(overridden.storyFindings.filter((f) => f.code === "no-learnings").map((f) => f.storyId)).toEqual([
      other.id,
      backup.id,
    ]);
  });

  it("reports a same-round repeat and names the dominating project", () => {
    const round = makeRound({ title: "Onsite", focus: ["ownership", "dive-deep", "earn-trust"] });
    const story = makeStory({ projectId: "x" });
    const second = makeStory({ projectId: "x" });
    const repeated = makeLoop({
      rounds: [round, phone],
      assignments: [
        makeAssignment(round.id, "ownership", story.id),
        makeAssignment(round.id, "dive-deep", story.id),
        makeAssignment(round.id, "earn-trust", second.id),
        makeAssignment(phone.id, "ownership", second.id),
      ],
    });
    const report = buildLoopReport(repeated, [story, second], { projectTitles: new Map([["x", "Checkout"]]) });
    const codes = report.reuse.findings.map((f) => f.code);
    expect(codes).toContain("same-round-repeat");
    const dominates = report.reuse.findings.find((f) => f.code === "one-project-dominates");
    expect(dominates?.message).toContain('the project "Checkout"');
    expect(dominates?.projectId).toBe("x");
  });

  it("reports an empty loop", () => {
    const report = buildLoopReport(makeLoop(), []);
    expect(report.coverage).toEqual({ slots: [], uncovered: [], depth: [], score: 0 });
    expect(report.reuse).toEqual({ distinctProjects: 0, findings: [] });
    expect(report.storyFindings).toEqual([]);
  });
});

describe("sortFindings", () => {
  it("puts errors first, then warnings, then tips, keeping the order otherwise", () => {
    const f = (severity: Severity, n: number) => ({ severity, n });
    const sorted = sortFindings([f("tip", 1), f("warning", 2), f("error", 3), f("warning", 4), f("error", 5), f("tip", 6)]);
    expect(sorted.map((x) => x.n)).toEqual([3, 5, 2, 4, 1, 6]);
  });
});

describe("rankCandidates", () => {
  const r1 = makeRound({ title: "Round 1", focus: ["ownership"] });
  const r2 = makeRound({ title: "Round 2", focus: ["dive-deep"] });

  it("orders by unused story, ready, primary, new project, readiness, then title (the planner's priorities)", () => {
    const used = makeStory({ title: "Used", projectId: "used", principles: [primary("dive-deep"), primary("ownership")] });
    const sameProject = makeStory({ title: "Same project", projectId: "used", principles: [primary("ownership")] });
    const secondaryReady = makeStory({ title: "Secondary", principles: [secondary("ownership")] });
    const draft = makeStory({ title: "Draft", status: "draft", principles: [primary("ownership")] });
    const low = makeStory({ title: "Low", principles: [primary("ownership")] });
    const highB = makeStory({ title: "B high", principles: [primary("ownership")] });
    const highA = makeStory({ title: "A high", principles: [primary("ownership")] });
    const unrelated = makeStory({ title: "Unrelated", principles: [primary("think-big")] });
    const loop = makeLoop({ rounds: [r1, r2], assignments: [makeAssignment(r2.id, "dive-deep", used.id)] });
    const readiness = new Map([
      [low.id, 40],
      [highA.id, 90],
      [highB.id, 90],
      [sameProject.id, 100],
      [used.id, 100],
      [draft.id, 100],
      [secondaryReady.id, 100],
    ]);
    const bank = [unrelated, secondaryReady, draft, low, highB, sameProject, used, highA];
    const ranked = rankCandidates(loop, bank, r1.id, "ownership", readiness);
    // The planner's order: told elsewhere last, then draft after ready, secondary after primary, a used project after a new one.
    expect(ranked.map((c) => c.storyId)).toEqual([
      highA.id,
      highB.id,
      low.id,
      sameProject.id,
      secondaryReady.id,
      draft.id,
      used.id,
    ]);
    expect(ranked[0]).toMatchObject({ strengths: ["primary", "ready", "new project in the loop", "readiness 90"], concerns: [] });
    expect(ranked.find((c) => c.storyId === used.id)).toMatchObject({
      strengths: ["primary", "ready", "readiness 100"],
      concerns: ["project already in the loop", "already in Round 2"],
    });
    expect(ranked.find((c) => c.storyId === secondaryReady.id)?.concerns).toContain("secondary tag");
    expect(ranked.find((c) => c.storyId === draft.id)?.concerns).toContain("draft");
  });

  it("does not count the slot's own story against itself", () => {
    const current = makeStory({ projectId: "x", principles: [primary("ownership")] });
    const loop = makeLoop({ rounds: [r1, r2], assignments: [makeAssignment(r1.id, "ownership", current.id)] });
    const [top] = rankCandidates(loop, [current], r1.id, "ownership", new Map());
    expect(top).toMatchObject({ strengths: ["primary", "ready", "new project in the loop", "readiness 0"], concerns: [] });
  });

  it("flags a story already used for another principle of the same round", () => {
    const round = makeRound({ title: "Onsite", focus: ["ownership", "dive-deep"] });
    const story = makeStory({ principles: [primary("ownership"), primary("dive-deep")] });
    const loop = makeLoop({ rounds: [round], assignments: [makeAssignment(round.id, "dive-deep", story.id)] });
    const [top] = rankCandidates(loop, [story], round.id, "ownership", new Map([[story.id, 70]]));
    expect(top.concerns).toContain("already in this round");
    expect(top.concerns).not.toContain("already in Onsite");
  });

  it("puts a story with an error finding after every clean one and says why", () => {
    const round = makeRound({ focus: ["ownership"] });
    const broken = makeStory({ principles: [primary("ownership")] });
    const clean = makeStory({ principles: [primary("ownership")], status: "draft" });
    const loop = makeLoop({ rounds: [round] });
    const ranked = rankCandidates(loop, [broken, clean], round.id, "ownership", new Map([[broken.id, 100], [clean.id, 10]]), new Set([broken.id]));
    expect(ranked.map((c) => c.storyId)).toEqual([clean.id, broken.id]);
    expect(ranked[1].concerns).toContain("marked ready, but has errors");
  });
});
