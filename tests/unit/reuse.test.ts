import { describe, expect, it } from "vitest";
import { findReuse, parseLevel, type ReuseResult } from "../../lib/domain/reuse";
import { buildStoryIndex, cosine } from "../../lib/domain/similarity";
import type { Loop, PrincipleCode, ReuseFindingCode, Round, Story } from "../../lib/domain/types";
import { makeAssignment, makeLoop, makeRound, makeStory, primary, secondary } from "../fixtures/domain-factories";

const REPORT_KEYS = ["code", "severity", "message", "roundIds", "storyIds", "projectId"];

function only(result: ReuseResult, code: ReuseFindingCode) {
  return result.findings.filter((f) => f.code === code);
}

/** A loop with one round per entry; each entry plans one story for the round's single focus principle. */
function loopOf(entries: { story: Story; principle?: PrincipleCode }[], extra: Partial<Loop> = {}): { loop: Loop; rounds: Round[] } {
  const rounds = entries.map((e, i) => makeRound({ title: `Round ${i + 1}`, focus: [e.principle ?? "ownership"] }));
  const assignments = entries.map((e, i) => makeAssignment(rounds[i].id, e.principle ?? "ownership", e.story.id));
  return { loop: makeLoop({ rounds, assignments, ...extra }), rounds };
}

function starText(text: string): Partial<Story> {
  return { situation: text, task: "", action: "", result: "" };
}

describe("R1 same-story", () => {
  it("fires once per story told in two different rounds, listing every round", () => {
    const story = makeStory({ title: "Kafka migration" });
    const r1 = makeRound({ title: "Phone screen", focus: ["ownership"] });
    const r2 = makeRound({ title: "Onsite 1", focus: ["dive-deep"] });
    const r3 = makeRound({ title: "Bar Raiser", focus: ["earn-trust"] });
    const loop = makeLoop({
      rounds: [r1, r2, r3],
      assignments: [
        makeAssignment(r3.id, "earn-trust", story.id),
        makeAssignment(r1.id, "ownership", story.id),
        makeAssignment(r2.id, "dive-deep", story.id),
      ],
    });
    const found = only(findReuse(loop, [story]), "same-story");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", roundIds: [r1.id, r2.id, r3.id], storyIds: [story.id] });
    expect(found[0].message).toContain('"Kafka migration"');
    expect(found[0].message).toContain("Phone screen, Onsite 1 and Bar Raiser");
    expect(Object.keys(found[0])).toEqual(REPORT_KEYS);
  });

  it("allows one story for two principles of one round", () => {
    const story = makeStory();
    const round = makeRound({ focus: ["ownership", "dive-deep"] });
    const loop = makeLoop({
      rounds: [round],
      assignments: [makeAssignment(round.id, "ownership", story.id), makeAssignment(round.id, "dive-deep", story.id)],
    });
    expect(only(findReuse(loop, [story]), "same-story")).toEqual([]);
  });

  it("does not count a backup in another round", () => {
    const a = makeStory();
    const b = makeStory();
    const r1 = makeRound({ focus: ["ownership"] });
    const r2 = makeRound({ focus: ["ownership"] });
    const loop = makeLoop({
      rounds: [r1, r2],
      assignments: [makeAssignment(r1.id, "ownership", a.id), makeAssignment(r2.id, "ownership", b.id, a.id)],
    });
    expect(only(findReuse(loop, [a, b]), "same-story")).toEqual([]);
  });
});

describe("same-round-repeat", () => {
  it("fires once per story told for two principles of one round, naming them", () => {
    const story = makeStory({ title: "Kafka migration", projectId: "p" });
    const round = makeRound({ title: "Onsite 1", focus: ["ownership", "dive-deep", "earn-trust"] });
    const loop = makeLoop({
      rounds: [round],
      assignments: [makeAssignment(round.id, "ownership", story.id), makeAssignment(round.id, "dive-deep", story.id)],
    });
    const found = only(findReuse(loop, [story]), "same-round-repeat");
    expect(found).toEqual([
      {
        code: "same-round-repeat",
        severity: "warning",
        message: expect.stringContaining('"Kafka migration" answers 2 principles in Onsite 1 (Ownership and Dive Deep)'),
        roundIds: [round.id],
        storyIds: [story.id],
        projectId: "p",
      },
    ]);
    expect(Object.keys(found[0])).toEqual(REPORT_KEYS);
  });

  it("does not fire for one story in two rounds (that is same-story)", () => {
    const story = makeStory();
    const { loop } = loopOf([{ story }, { story }]);
    const result = findReuse(loop, [story]);
    expect(only(result, "same-round-repeat")).toEqual([]);
    expect(only(result, "same-story")).toHaveLength(1);
  });
});

describe("R2 same-angle", () => {
  it("fires for two stories of one project in two rounds that share a primary principle", () => {
    const a = makeStory({ title: "Billing rewrite", projectId: "p", principles: [primary("ownership")] });
    const b = makeStory({ title: "Billing outage", projectId: "p", principles: [primary("ownership"), secondary("dive-deep")] });
    const { loop, rounds } = loopOf([{ story: a }, { story: b }]);
    const result = findReuse(loop, [a, b]);
    const found = only(result, "same-angle");
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual({
      code: "same-angle",
      severity: "warning",
      message: expect.stringContaining(
        '"Billing rewrite" and "Billing outage" come from the same project and share the primary principle Ownership',
      ),
      roundIds: [rounds[0].id, rounds[1].id],
      storyIds: [a.id, b.id],
      projectId: "p",
    });
    expect(Object.keys(found[0])).toEqual(REPORT_KEYS);
    const detail = result.details[result.findings.indexOf(found[0])];
    expect(detail?.triggers).toEqual(["shared-primary"]);
  });

  it("does not fire when the principle is shared only as secondary", () => {
    const a = makeStory({ projectId: "p", principles: [primary("ownership")] });
    const b = makeStory({ projectId: "p", principles: [secondary("ownership"), primary("dive-deep")] });
    const { loop } = loopOf([{ story: a }, { story: b }]);
    expect(only(findReuse(loop, [a, b]), "same-angle")).toEqual([]);
  });

  it("does not fire for two stories in the same round", () => {
    const a = makeStory({ projectId: "p", principles: [primary("ownership")] });
    const b = makeStory({ projectId: "p", principles: [primary("ownership")] });
    const round = makeRound({ focus: ["ownership", "dive-deep"] });
    const loop = makeLoop({
      rounds: [round],
      assignments: [makeAssignment(round.id, "ownership", a.id), makeAssignment(round.id, "dive-deep", b.id)],
    });
    expect(only(findReuse(loop, [a, b]), "same-angle")).toEqual([]);
  });

  it("fires at angle Jaccard exactly 0.5 and not at 0.4", () => {
    const a = makeStory({ projectId: "p", angles: ["scale", "cost", "conflict"] });
    const half = makeStory({ projectId: "p", angles: ["scale", "cost", "failure"] });
    const { loop } = loopOf([{ story: a }, { story: half }]);
    const result = findReuse(loop, [a, half]);
    const found = only(result, "same-angle");
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("angles overlap 50% (Jaccard 0.50)");
    expect(result.details[result.findings.indexOf(found[0])]?.triggers).toEqual(["angle-overlap"]);

    const below = makeStory({ projectId: "p", angles: ["scale", "cost", "failure", "speed"] });
    const second = loopOf([{ story: a }, { story: below }]);
    expect(only(findReuse(second.loop, [a, below]), "same-angle")).toEqual([]);
  });

  describe("text similarity", () => {
    // Three-story bank: idf is ln(4/(1+df)) + 1, so the cosines below follow from the word counts alone.
    const above = () => {
      const a = makeStory({ projectId: "p", ...starText("alpha bravo charlie alphaz") });
      const b = makeStory({ projectId: "p", ...starText("alpha bravo charlie kiloz") });
      const filler = makeStory({ projectId: "q", ...starText("alpha filler") });
      return { a, b, bank: [a, b, filler] };
    };
    const below = () => {
      const a = makeStory({ projectId: "p", ...starText("alpha bravo alphaz") });
      const b = makeStory({ projectId: "p", ...starText("alpha bravo kiloz") });
      const filler = makeStory({ projectId: "q", ...starText("alphaz filler") });
      return { a, b, bank: [a, b, filler] };
    };

    it("fires just above 0.6", () => {
      const { a, b, bank } = above();
      const c = cosine(buildStoryIndex(bank), a.id, b.id);
      const bravo = Math.log(4 / 3) + 1;
      const unique = Math.log(2) + 1;
      expect(c).toBeCloseTo((1 + 2 * bravo ** 2) / (1 + 2 * bravo ** 2 + unique ** 2), 12);
      expect(c).toBeGreaterThan(0.6);
      expect(c).toBeLessThan(0.605);
      const { loop } = loopOf([{ story: a }, { story: b }]);
      const result = findReuse(loop, bank);
      const found = only(result, "same-angle");
      expect(found).toHaveLength(1);
      expect(found[0].message).toContain(`read alike (text similarity ${c.toFixed(2)})`);
      expect(result.details[result.findings.indexOf(found[0])]?.triggers).toEqual(["text-similarity"]);
    });

    it("does not fire just below 0.6", () => {
      const { a, b, bank } = below();
      const c = cosine(buildStoryIndex(bank), a.id, b.id);
      expect(c).toBeLessThan(0.6);
      expect(c).toBeGreaterThan(0.595);
      const { loop } = loopOf([{ story: a }, { story: b }]);
      expect(only(findReuse(loop, bank), "same-angle")).toEqual([]);
    });

    it("uses a prebuilt index when given one", () => {
      const { a, b, bank } = above();
      const { loop } = loopOf([{ story: a }, { story: b }]);
      expect(only(findReuse(loop, bank, buildStoryIndex(bank)), "same-angle")).toHaveLength(1);
      expect(only(findReuse(loop, bank, { similarityIndex: buildStoryIndex(bank) }), "same-angle")).toHaveLength(1);
    });
  });

  it("never fires for stories of different projects, whatever they share", () => {
    const text = starText("alpha bravo charlie delta");
    const a = makeStory({ projectId: "p", angles: ["scale"], principles: [primary("ownership")], ...text });
    const b = makeStory({ projectId: "q", angles: ["scale"], principles: [primary("ownership")], ...text });
    const { loop } = loopOf([{ story: a }, { story: b }]);
    expect(only(findReuse(loop, [a, b]), "same-angle")).toEqual([]);
  });

  it("names every trigger that fired", () => {
    const text = starText("alpha bravo charlie delta");
    const a = makeStory({ projectId: "p", angles: ["scale"], principles: [primary("ownership")], ...text });
    const b = makeStory({ projectId: "p", angles: ["scale"], principles: [primary("ownership")], ...text });
    const { loop } = loopOf([{ story: a }, { story: b }]);
    const result = findReuse(loop, [a, b]);
    const found = only(result, "same-angle");
    expect(found[0].message).toMatch(/share the primary principle Ownership, their angles overlap 100% \(Jaccard 1\.00\) and they read alike \(text similarity 1\.00\)/);
    expect(result.details[result.findings.indexOf(found[0])]?.triggers).toEqual([
      "shared-primary",
      "angle-overlap",
      "text-similarity",
    ]);
  });

  it("gives one finding per story pair, listing every round involved", () => {
    const a = makeStory({ projectId: "p", principles: [primary("ownership")] });
    const b = makeStory({ projectId: "p", principles: [primary("ownership")] });
    const r1 = makeRound({ focus: ["ownership"] });
    const r2 = makeRound({ focus: ["ownership"] });
    const r3 = makeRound({ focus: ["ownership"] });
    const loop = makeLoop({
      rounds: [r1, r2, r3],
      assignments: [
        makeAssignment(r1.id, "ownership", a.id),
        makeAssignment(r2.id, "ownership", b.id),
        makeAssignment(r3.id, "ownership", a.id),
      ],
    });
    const found = only(findReuse(loop, [a, b]), "same-angle");
    expect(found).toHaveLength(1);
    expect(found[0].roundIds).toEqual([r1.id, r2.id, r3.id]);
    expect(found[0].storyIds).toEqual([a.id, b.id]);
  });
});

describe("R3 few-projects", () => {
  it("does not fire with exactly 3 projects", () => {
    const stories = [makeStory({ projectId: "p1" }), makeStory({ projectId: "p2" }), makeStory({ projectId: "p3" })];
    const { loop } = loopOf(stories.map((story) => ({ story })));
    const result = findReuse(loop, stories);
    expect(result.distinctProjects).toBe(3);
    expect(only(result, "few-projects")).toEqual([]);
  });

  it("fires with 2 projects", () => {
    const stories = [makeStory({ projectId: "p1" }), makeStory({ projectId: "p2" }), makeStory({ projectId: "p2" })];
    const { loop } = loopOf(stories.map((story) => ({ story })));
    const result = findReuse(loop, stories);
    expect(result.distinctProjects).toBe(2);
    const found = only(result, "few-projects");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", projectId: null });
    expect(found[0].message).toContain("only 2 projects");
  });

  it("does not fire with nothing planned", () => {
    const round = makeRound({ focus: ["ownership"] });
    const result = findReuse(makeLoop({ rounds: [round] }), [makeStory()]);
    expect(result.distinctProjects).toBe(0);
    expect(result.findings).toEqual([]);
  });
});

describe("R4 one-project-dominates", () => {
  const fourRounds = (projects: string[]) => {
    const stories = projects.map((projectId) => makeStory({ projectId }));
    return { stories, ...loopOf(stories.map((story) => ({ story }))) };
  };

  it("does not fire when one project holds exactly half of 4 assignments", () => {
    const { stories, loop } = fourRounds(["x", "x", "y", "z"]);
    expect(only(findReuse(loop, stories), "one-project-dominates")).toEqual([]);
  });

  it("fires when one project holds 3 of 4 assignments", () => {
    const { stories, loop, rounds } = fourRounds(["x", "y", "x", "x"]);
    const found = only(findReuse(loop, stories), "one-project-dominates");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: "warning",
      projectId: "x",
      roundIds: [rounds[0].id, rounds[2].id, rounds[3].id],
      storyIds: [stories[0].id, stories[2].id, stories[3].id],
    });
    expect(found[0].message).toContain("3 of the 4 planned answers come from one project.");
    expect(found[0].message).not.toContain(stories[0].title);
  });

  it("names the project by title when the caller passes the titles", () => {
    const { stories, loop } = fourRounds(["x", "y", "x", "x"]);
    const found = only(findReuse(loop, stories, { projectTitles: new Map([["x", "Billing platform"]]) }), "one-project-dominates");
    expect(found[0].message).toContain('3 of the 4 planned answers come from the project "Billing platform".');
    expect(found[0].projectId).toBe("x");
  });

  it("counts (round, principle) assignments, so one story for two principles counts twice", () => {
    const x = makeStory({ projectId: "x" });
    const y = makeStory({ projectId: "y" });
    const z = makeStory({ projectId: "z" });
    const r1 = makeRound({ focus: ["ownership", "dive-deep", "earn-trust"] });
    const r2 = makeRound({ focus: ["ownership"] });
    const loop = makeLoop({
      rounds: [r1, r2],
      assignments: [
        makeAssignment(r1.id, "ownership", x.id),
        makeAssignment(r1.id, "dive-deep", x.id),
        makeAssignment(r1.id, "earn-trust", x.id),
        makeAssignment(r2.id, "ownership", y.id),
      ],
    });
    expect(only(findReuse(loop, [x, y, z]), "one-project-dominates")).toHaveLength(1);
  });

  it("does not fire below 4 assignments, even when one project holds them all", () => {
    const { stories, loop } = fourRounds(["x", "x", "x"]);
    const result = findReuse(loop, stories);
    expect(only(result, "one-project-dominates")).toEqual([]);
    expect(only(result, "few-projects")).toHaveLength(1);
  });
});

describe("C3 level-signals", () => {
  const mentoring = () => makeStory({ angles: ["mentoring"] });
  const ambiguity = () => makeStory({ angles: [" Ambiguity "] });

  it("does nothing at L5", () => {
    const stories = [makeStory(), makeStory(), makeStory()];
    const { loop } = loopOf(stories.map((story) => ({ story })), { level: "L5" });
    expect(only(findReuse(loop, stories), "level-signals")).toEqual([]);
  });

  it("asks for mentoring and ambiguity at L6 when no planned story carries them", () => {
    const stories = [makeStory({ angles: ["scale"] }), makeStory(), makeStory()];
    const { loop } = loopOf(stories.map((story) => ({ story })), { level: "L6" });
    const found = only(findReuse(loop, stories), "level-signals");
    expect(found).toHaveLength(2);
    expect(found[0].message).toContain('"mentoring"');
    expect(found[1].message).toContain('"ambiguity"');
    for (const f of found) expect(f).toMatchObject({ severity: "warning", roundIds: [], storyIds: [], projectId: null });
  });

  it("asks only for the missing signal", () => {
    const stories = [mentoring(), makeStory(), makeStory()];
    const { loop } = loopOf(stories.map((story) => ({ story })), { level: "L6" });
    const found = only(findReuse(loop, stories), "level-signals");
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('"ambiguity"');
  });

  it("is satisfied when the two angles come from different planned stories", () => {
    const stories = [mentoring(), ambiguity(), makeStory()];
    const { loop } = loopOf(stories.map((story) => ({ story })), { level: "l7" });
    expect(only(findReuse(loop, stories), "level-signals")).toEqual([]);
  });

  it("ignores angles of backup stories", () => {
    const main = ambiguity();
    const backup = mentoring();
    const round = makeRound({ focus: ["ownership"] });
    const loop = makeLoop({ level: "L6", rounds: [round], assignments: [makeAssignment(round.id, "ownership", main.id, backup.id)] });
    expect(only(findReuse(loop, [main, backup]), "level-signals")).toHaveLength(1);
  });

  it("fires for both signals on an L6 loop with nothing planned", () => {
    const loop = makeLoop({ level: "L6", rounds: [makeRound({ focus: ["ownership"] })] });
    expect(only(findReuse(loop, []), "level-signals")).toHaveLength(2);
  });

  it("parses the level number", () => {
    expect(parseLevel("L6")).toBe(6);
    expect(parseLevel("SDE II (l5)")).toBe(5);
    expect(parseLevel("")).toBeNull();
  });
});

describe("findReuse", () => {
  it("keeps details parallel to findings", () => {
    const a = makeStory({ projectId: "p", principles: [primary("ownership")] });
    const b = makeStory({ projectId: "p", principles: [primary("ownership")] });
    const { loop } = loopOf([{ story: a }, { story: b }, { story: a }], { level: "L6" });
    const result = findReuse(loop, [a, b]);
    expect(result.details).toHaveLength(result.findings.length);
    result.findings.forEach((f, i) => expect(result.details[i] === null).toBe(f.code !== "same-angle"));
  });
});

describe("deep-dive-overlap and deep-dive rounds (DESIGN §7)", () => {
  function depthLoop(storyProjects: string[], deepDiveProject = "project-dd") {
    const depth = makeRound({ title: "DS depth", kind: "deep-dive", focus: [], projectId: deepDiveProject });
    const stories = storyProjects.map((projectId) => makeStory({ projectId }));
    const rounds = stories.map((_, i) => makeRound({ title: `Onsite ${i + 1}`, focus: ["ownership"] }));
    const loop = makeLoop({
      rounds: [rounds[0], depth, ...rounds.slice(1)].filter(Boolean),
      assignments: stories.map((s, i) => makeAssignment(rounds[i].id, "ownership", s.id)),
    });
    return { loop, depth, stories, rounds };
  }

  it("fires for a story of the deep-dive project planned in another round", () => {
    const { loop, depth, stories, rounds } = depthLoop(["project-dd", "project-b"]);
    const found = only(findReuse(loop, stories, { projectTitles: new Map([["project-dd", "Forecasting"]]) }), "deep-dive-overlap");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", storyIds: [stories[0].id], projectId: "project-dd", roundIds: [rounds[0].id, depth.id] });
    expect(found[0].message).toMatch(/"Forecasting".*DS depth/);
    expect(Object.keys(found[0])).toEqual(REPORT_KEYS);
  });

  it("does not fire for stories of other projects", () => {
    const { loop, stories } = depthLoop(["project-a", "project-b"]);
    expect(only(findReuse(loop, stories), "deep-dive-overlap")).toEqual([]);
  });

  it("does not fire for the deep-dive round alone, nor for one without a project", () => {
    const depth = makeRound({ kind: "deep-dive", focus: [], projectId: "project-dd" });
    expect(only(findReuse(makeLoop({ rounds: [depth] }), []), "deep-dive-overlap")).toEqual([]);
    const { loop, stories } = depthLoop(["project-dd"], "");
    expect(only(findReuse(loop, stories), "deep-dive-overlap")).toEqual([]);
  });

  it("counts the deep-dive project toward distinct projects (R3)", () => {
    const two = depthLoop(["project-a", "project-b"]);
    const withDepth = findReuse(two.loop, two.stories);
    expect(withDepth.distinctProjects).toBe(3);
    expect(only(withDepth, "few-projects")).toEqual([]);
    const noProject = depthLoop(["project-a", "project-b"], "");
    const without = findReuse(noProject.loop, noProject.stories);
    expect(without.distinctProjects).toBe(2);
    expect(only(without, "few-projects")).toHaveLength(1);
    // The deep-dive project also planned as a story: still one project.
    const same = depthLoop(["project-dd", "project-b"]);
    expect(findReuse(same.loop, same.stories).distinctProjects).toBe(2);
  });

  it("counts the deep-dive round as one assignment of its project (R4)", () => {
    // Three stories: two from project-dd + the depth round = 3 of 4 tellings → dominates; without the round, 2 of 3 and under the minimum.
    const { loop, stories } = depthLoop(["project-dd", "project-dd", "project-b"]);
    const found = only(findReuse(loop, stories), "one-project-dominates");
    expect(found).toHaveLength(1);
    expect(found[0].projectId).toBe("project-dd");
    expect(found[0].message).toMatch(/3 of the 4/);
  });
});
