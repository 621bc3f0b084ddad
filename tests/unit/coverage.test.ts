import { describe, expect, it } from "vitest";
import { DEPTH_TARGET, computeCoverage, describeScoreGaps, findScoreGaps, listPlannedAssignments, listSlots } from "../../lib/domain/coverage";
import type { Assignment, Loop, PrincipleCode } from "../../lib/domain/types";
import { makeAssignment, makeLoop, makeRound, makeStory, primary, secondary } from "../fixtures/domain-factories";

describe("computeCoverage", () => {
  const phone = makeRound({ title: "Phone screen", focus: ["ownership"] });
  const onsite = makeRound({ title: "Onsite", focus: ["dive-deep", "customer-obsession"] });
  const own = makeStory({ principles: [primary("ownership")] });
  const deep = makeStory({ principles: [primary("dive-deep"), secondary("customer-obsession")] });

  it("lists every (round, focus principle) in round then focus order with its story and backup", () => {
    const loop = makeLoop({
      rounds: [phone, onsite],
      assignments: [makeAssignment(onsite.id, "dive-deep", deep.id, own.id), makeAssignment(phone.id, "ownership", own.id)],
    });
    const coverage = computeCoverage(loop, [own, deep]);
    expect(coverage.slots).toEqual([
      { roundId: phone.id, principle: "ownership", storyId: own.id, backupStoryId: null },
      { roundId: onsite.id, principle: "dive-deep", storyId: deep.id, backupStoryId: own.id },
      { roundId: onsite.id, principle: "customer-obsession", storyId: null, backupStoryId: null },
    ]);
    expect(coverage.uncovered).toEqual([{ roundId: onsite.id, principle: "customer-obsession" }]);
    expect(coverage.score).toBeCloseTo(2 / 3, 12);
  });

  it("scores 0 with no slots and 1 when every slot is planned", () => {
    expect(computeCoverage(makeLoop(), []).score).toBe(0);
    expect(computeCoverage(makeLoop({ rounds: [makeRound({ focus: [] })] }), []).score).toBe(0);
    const loop = makeLoop({ rounds: [phone], assignments: [makeAssignment(phone.id, "ownership", own.id)] });
    expect(computeCoverage(loop, [own]).score).toBe(1);
  });

  it("ignores assignments on a (round, principle) that is not a slot", () => {
    const loop = makeLoop({
      rounds: [phone],
      assignments: [makeAssignment(phone.id, "think-big", own.id), makeAssignment("gone-round", "ownership", own.id)],
    });
    const coverage = computeCoverage(loop, [own]);
    expect(coverage.slots).toEqual([{ roundId: phone.id, principle: "ownership", storyId: null, backupStoryId: null }]);
    expect(coverage.score).toBe(0);
    expect(listPlannedAssignments(loop)).toEqual([]);
  });

  it("keeps a story id the bank does not know (the server vouches for it)", () => {
    const loop = makeLoop({ rounds: [phone], assignments: [makeAssignment(phone.id, "ownership", "elsewhere")] });
    expect(computeCoverage(loop, []).slots[0].storyId).toBe("elsewhere");
  });

  it("counts ready stories per principle in focus, primary or secondary, in canonical order", () => {
    const loop = makeLoop({
      rounds: [
        makeRound({ focus: ["dive-deep", "customer-obsession"] }),
        makeRound({ focus: ["customer-obsession", "ownership"] }),
      ],
    });
    const bank = [
      makeStory({ status: "ready", principles: [primary("customer-obsession")] }),
      makeStory({ status: "ready", principles: [secondary("customer-obsession"), primary("dive-deep")] }),
      makeStory({ status: "draft", principles: [primary("ownership"), primary("customer-obsession")] }),
      makeStory({ status: "ready", principles: [primary("think-big")] }),
    ];
    expect(computeCoverage(loop, bank).depth).toEqual([
      { principle: "customer-obsession", readyStories: 2, target: DEPTH_TARGET },
      { principle: "ownership", readyStories: 0, target: DEPTH_TARGET },
      { principle: "dive-deep", readyStories: 1, target: DEPTH_TARGET },
    ]);
    expect(DEPTH_TARGET).toBe(2);
  });
});

describe("coverage score", () => {
  it("counts a slot only when its story is told in no other round", () => {
    const r1 = makeRound({ focus: ["ownership", "dive-deep"] });
    const r2 = makeRound({ focus: ["ownership"] });
    const r3 = makeRound({ focus: ["earn-trust"] });
    const story = makeStory();
    const other = makeStory();
    const loop = makeLoop({
      rounds: [r1, r2, r3],
      assignments: [
        makeAssignment(r1.id, "ownership", story.id),
        makeAssignment(r1.id, "dive-deep", other.id),
        makeAssignment(r2.id, "ownership", story.id),
      ],
    });
    expect(findScoreGaps(loop)).toEqual({ slots: 4, repeatsAcrossRounds: 2, uncovered: 1 });
    expect(computeCoverage(loop, [story, other]).score).toBe(1 / 4);
    expect(computeCoverage(loop, [story, other]).uncovered).toEqual([{ roundId: r3.id, principle: "earn-trust" }]);
  });

  it("still counts one story for two principles of one round", () => {
    const round = makeRound({ focus: ["ownership", "dive-deep"] });
    const story = makeStory();
    const loop = makeLoop({
      rounds: [round],
      assignments: [makeAssignment(round.id, "ownership", story.id), makeAssignment(round.id, "dive-deep", story.id)],
    });
    expect(findScoreGaps(loop)).toEqual({ slots: 2, repeatsAcrossRounds: 0, uncovered: 0 });
    expect(computeCoverage(loop, [story]).score).toBe(1);
  });

  it("never rises when an assignment repeats a story from another round (300 seeded loops)", () => {
    let state = 99;
    const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const codes: PrincipleCode[] = ["ownership", "dive-deep", "earn-trust"];
    for (let seed = 0; seed < 300; seed++) {
      const rounds = Array.from({ length: 2 + Math.floor(random() * 3) }, () => makeRound({ focus: codes.filter(() => random() < 0.6) }));
      const ids = ["a", "b", "c", "d"];
      const assignments: Assignment[] = [];
      for (const r of rounds) for (const p of r.focus) if (random() < 0.5) assignments.push(makeAssignment(r.id, p, ids[Math.floor(random() * 4)]));
      const loop: Loop = makeLoop({ rounds, assignments });
      const before = computeCoverage(loop, []).score;
      const taken = new Set(listPlannedAssignments(loop).map((a) => `${a.roundId}/${a.principle}`));
      for (const told of listPlannedAssignments(loop)) {
        for (const slot of listSlots(loop)) {
          if (slot.roundId === told.roundId || taken.has(`${slot.roundId}/${slot.principle}`)) continue;
          const after = computeCoverage({ ...loop, assignments: [...assignments, makeAssignment(slot.roundId, slot.principle, told.storyId)] }, []);
          expect(after.score, `seed ${seed}`).toBeLessThanOrEqual(before);
        }
      }
    }
  });
});

describe("listSlots", () => {
  it("follows round order then focus order", () => {
    const a = makeRound({ focus: ["think-big", "ownership"] });
    const b = makeRound({ focus: ["frugality"] });
    expect(listSlots(makeLoop({ rounds: [a, b] }))).toEqual([
      { roundId: a.id, principle: "think-big" },
      { roundId: a.id, principle: "ownership" },
      { roundId: b.id, principle: "frugality" },
    ]);
  });
});

describe("describeScoreGaps", () => {
  it("says what holds the score down, and nothing at 100%", () => {
    expect(describeScoreGaps([{ roundId: "r1", storyId: "a" }, { roundId: "r2", storyId: "b" }])).toBeNull();
    expect(describeScoreGaps([{ roundId: "r1", storyId: "a" }, { roundId: "r2", storyId: "a" }, { roundId: "r2", storyId: null }])).toBe(
      "2 slots repeat a story told in another round · 1 slot has no story",
    );
    // Two slots of one round with one story is a same-round repeat: a finding, not a gap in the score.
    expect(describeScoreGaps([{ roundId: "r1", storyId: "a" }, { roundId: "r1", storyId: "a" }])).toBeNull();
  });
});
