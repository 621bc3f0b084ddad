import { describe, expect, it } from "vitest";
import { planLoop, type LoopPlan } from "../../lib/domain/autoplan";
import { listSlots } from "../../lib/domain/coverage";
import { PRINCIPLE_CODES, type Assignment, type Loop, type PrincipleCode, type Story } from "../../lib/domain/types";
import { makeAssignment, makeLoop, makeRound, makeStory, primary, secondary } from "../fixtures/domain-factories";

const NO_READINESS = new Map<string, number>();

function storyFor(plan: LoopPlan, roundId: string, principle: PrincipleCode): string | undefined {
  return plan.assignments.find((a) => a.roundId === roundId && a.principle === principle)?.storyId;
}

/** Rounds each story is the main story in. */
function roundsByStory(assignments: readonly Assignment[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const a of assignments) map.set(a.storyId, (map.get(a.storyId) ?? new Set()).add(a.roundId));
  return map;
}

function makeRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A random loop and bank over a few principles, so that stories run short and the plan has to choose. */
function randomCase(seed: number): { loop: Loop; stories: Story[]; readiness: Map<string, number> } {
  const random = makeRandom(seed);
  const codes: PrincipleCode[] = ["ownership", "dive-deep", "earn-trust", "think-big"];
  const stories = Array.from({ length: 3 + Math.floor(random() * 6) }, () =>
    makeStory({
      projectId: `project-${Math.floor(random() * 3)}`,
      status: random() < 0.5 ? "ready" : "draft",
      principles: codes.filter(() => random() < 0.35).map((code) => (random() < 0.5 ? primary(code) : secondary(code))),
    }),
  );
  const rounds = Array.from({ length: 2 + Math.floor(random() * 4) }, () =>
    makeRound({ focus: codes.filter(() => random() < 0.5).slice(0, 3) }),
  );
  const assignments: Assignment[] = [];
  for (const round of rounds) {
    for (const principle of round.focus) {
      if (random() < 0.2) assignments.push(makeAssignment(round.id, principle, stories[Math.floor(random() * stories.length)].id));
    }
  }
  const readiness = new Map(stories.map((s) => [s.id, Math.floor(random() * 101)]));
  return { loop: makeLoop({ rounds, assignments }), stories, readiness };
}

describe("planLoop", () => {
  it("fills a slot naive greedy would leave empty, by moving a story along an augmenting path", () => {
    // Greedy gives Ownership the ready story D (it also carries Earn Trust), then A takes Earn Trust in round 2
    // and round 3 finds nobody; the repair moves D to round 3 and gives Ownership to the draft C.
    const a = makeStory({ id: "a", principles: [primary("dive-deep"), primary("earn-trust")] });
    const c = makeStory({ id: "c", status: "draft", principles: [secondary("ownership")] });
    const d = makeStory({ id: "d", principles: [secondary("ownership"), secondary("earn-trust")] });
    const r1 = makeRound({ focus: ["ownership"] });
    const r2 = makeRound({ focus: ["earn-trust"] });
    const r3 = makeRound({ focus: ["earn-trust"] });
    const plan = planLoop(makeLoop({ rounds: [r1, r2, r3] }), [a, c, d], NO_READINESS);
    expect(plan.added).toHaveLength(3);
    expect(storyFor(plan, r1.id, "ownership")).toBe("c");
    expect(new Set([storyFor(plan, r2.id, "earn-trust"), storyFor(plan, r3.id, "earn-trust")])).toEqual(new Set(["a", "d"]));
  });

  it("lets one story cover two principles of one round when that covers more slots", () => {
    const both = makeStory({ principles: [primary("ownership"), primary("dive-deep")] });
    const round = makeRound({ focus: ["ownership", "dive-deep"] });
    const plan = planLoop(makeLoop({ rounds: [round] }), [both], NO_READINESS);
    expect(plan.added.map((x) => x.storyId)).toEqual([both.id, both.id]);
  });

  it("prefers a second story over reusing one within a round", () => {
    const both = makeStory({ principles: [primary("ownership"), primary("dive-deep")] });
    const weak = makeStory({ status: "draft", principles: [secondary("dive-deep")] });
    const round = makeRound({ focus: ["ownership", "dive-deep"] });
    const plan = planLoop(makeLoop({ rounds: [round] }), [both, weak], new Map([[both.id, 100]]));
    expect(storyFor(plan, round.id, "ownership")).toBe(both.id);
    expect(storyFor(plan, round.id, "dive-deep")).toBe(weak.id);
  });

  it("prefers ready over draft, even over a primary principle", () => {
    const draft = makeStory({ status: "draft", principles: [primary("ownership")] });
    const ready = makeStory({ status: "ready", principles: [secondary("ownership")] });
    const round = makeRound({ focus: ["ownership"] });
    const plan = planLoop(makeLoop({ rounds: [round] }), [draft, ready], new Map([[draft.id, 100]]));
    expect(plan.added[0].storyId).toBe(ready.id);
  });

  it("prefers primary over secondary among ready stories", () => {
    const sec = makeStory({ principles: [secondary("ownership")] });
    const prim = makeStory({ principles: [primary("ownership")] });
    const round = makeRound({ focus: ["ownership"] });
    const plan = planLoop(makeLoop({ rounds: [round] }), [sec, prim], new Map([[sec.id, 100], [prim.id, 10]]));
    expect(plan.added[0].storyId).toBe(prim.id);
  });

  it("prefers a project not yet used in the loop, then higher readiness, then id", () => {
    const existing = makeStory({ projectId: "used", principles: [primary("ownership")] });
    const sameProject = makeStory({ projectId: "used", principles: [primary("dive-deep")] });
    const fresh = makeStory({ projectId: "fresh", principles: [primary("dive-deep")] });
    const r1 = makeRound({ focus: ["ownership"] });
    const r2 = makeRound({ focus: ["dive-deep"] });
    const loop = makeLoop({ rounds: [r1, r2], assignments: [makeAssignment(r1.id, "ownership", existing.id)] });
    const readiness = new Map([[sameProject.id, 100], [fresh.id, 20]]);
    expect(planLoop(loop, [existing, sameProject, fresh], readiness).added[0].storyId).toBe(fresh.id);

    const x = makeStory({ id: "x", principles: [primary("think-big")] });
    const y = makeStory({ id: "y", principles: [primary("think-big")] });
    const z = makeStory({ id: "z", principles: [primary("think-big")] });
    const round = makeRound({ focus: ["think-big"] });
    const tbLoop = makeLoop({ rounds: [round] });
    expect(planLoop(tbLoop, [z, y, x], new Map([[z.id, 60], [y.id, 50]])).added[0].storyId).toBe("z");
    expect(planLoop(tbLoop, [z, y, x], NO_READINESS).added[0].storyId).toBe("x");
  });

  it("leaves existing assignments exactly as they are and only fills empty slots", () => {
    const weak = makeStory({ status: "draft", principles: [secondary("ownership")] });
    const strong = makeStory({ principles: [primary("ownership"), primary("dive-deep")] });
    const r1 = makeRound({ focus: ["ownership", "dive-deep"] });
    const existing = makeAssignment(r1.id, "ownership", weak.id, strong.id);
    const loop = makeLoop({ rounds: [r1], assignments: [existing] });
    const plan = planLoop(loop, [weak, strong], NO_READINESS);
    expect(plan.assignments[0]).toBe(existing);
    expect(plan.assignments[0]).toEqual(makeAssignment(r1.id, "ownership", weak.id, strong.id));
    expect(plan.added).toEqual([{ roundId: r1.id, principle: "dive-deep", storyId: strong.id, backupStoryId: null }]);
    expect(plan.assignments).toEqual([existing, ...plan.added]);
  });

  it("does not put a story already planned in one round into another round", () => {
    const pinned = makeStory({ principles: [primary("ownership"), primary("dive-deep")] });
    const r1 = makeRound({ focus: ["ownership"] });
    const r2 = makeRound({ focus: ["dive-deep"] });
    const loop = makeLoop({ rounds: [r1, r2], assignments: [makeAssignment(r1.id, "ownership", pinned.id)] });
    expect(planLoop(loop, [pinned], NO_READINESS).added).toEqual([]);
  });

  it("may reuse a story already planned in a round for another principle of that round", () => {
    const pinned = makeStory({ principles: [primary("ownership"), primary("dive-deep")] });
    const r1 = makeRound({ focus: ["ownership", "dive-deep"] });
    const loop = makeLoop({ rounds: [r1], assignments: [makeAssignment(r1.id, "ownership", pinned.id)] });
    expect(planLoop(loop, [pinned], NO_READINESS).added.map((a) => a.storyId)).toEqual([pinned.id]);
  });

  it("adds nothing to a loop without slots or without stories", () => {
    expect(planLoop(makeLoop(), [makeStory({ principles: [primary("ownership")] })], NO_READINESS)).toMatchObject({
      assignments: [],
      added: [],
      backupsAdded: [],
      unfilled: [],
      optimal: true,
    });
    expect(planLoop(makeLoop({ rounds: [makeRound({ focus: ["ownership"] })] }), [], NO_READINESS).added).toEqual([]);
  });

  it("fills a full onsite from a large bank with distinct stories", () => {
    const random = makeRandom(42);
    const stories = Array.from({ length: 500 }, (_, i) =>
      makeStory({
        projectId: `project-${i % 12}`,
        status: random() < 0.5 ? "ready" : "draft",
        principles: PRINCIPLE_CODES.filter(() => random() < 0.15).map((code) => primary(code)),
      }),
    );
    const rounds = Array.from({ length: 10 }, (_, i) =>
      makeRound({ focus: [0, 1, 2].map((j) => PRINCIPLE_CODES[(i * 3 + j) % PRINCIPLE_CODES.length]) }),
    );
    const plan = planLoop(makeLoop({ rounds }), stories, NO_READINESS);
    expect(plan.added).toHaveLength(30);
    expect(new Set(plan.added.map((a) => a.storyId)).size).toBe(30);
  });

  describe("invariants over generated loops", () => {
    const seeds = Array.from({ length: 150 }, (_, i) => i + 1);

    it("never places a story in a round it was not already in when it is planned elsewhere", () => {
      for (const seed of seeds) {
        const { loop, stories, readiness } = randomCase(seed);
        const before = roundsByStory(loop.assignments);
        const after = roundsByStory(planLoop(loop, stories, readiness).assignments);
        for (const [storyId, rounds] of after) {
          const had = before.get(storyId) ?? new Set<string>();
          const allowed = had.size === 0 ? 1 : had.size;
          expect(rounds.size, `seed ${seed}, story ${storyId}`).toBeLessThanOrEqual(allowed);
          if (had.size > 0) for (const r of rounds) expect(had.has(r)).toBe(true);
        }
      }
    });

    it("never leaves a slot empty while an unused story carries its principle", () => {
      for (const seed of seeds) {
        const { loop, stories, readiness } = randomCase(seed);
        const plan = planLoop(loop, stories, readiness);
        const used = new Set(plan.assignments.map((a) => a.storyId));
        for (const slot of listSlots(loop)) {
          if (storyFor(plan, slot.roundId, slot.principle) !== undefined) continue;
          const spare = stories.find((s) => !used.has(s.id) && s.principles.some((p) => p.code === slot.principle));
          expect(spare, `seed ${seed}, slot ${slot.roundId}/${slot.principle}`).toBeUndefined();
        }
      }
    });

    it("keeps existing assignments and fills only empty slots", () => {
      for (const seed of seeds) {
        const { loop, stories, readiness } = randomCase(seed);
        const plan = planLoop(loop, stories, readiness);
        expect(plan.assignments.slice(0, loop.assignments.length)).toEqual(loop.assignments);
        expect(plan.assignments.slice(loop.assignments.length)).toEqual(plan.added);
        const taken = new Set(loop.assignments.map((a) => `${a.roundId}/${a.principle}`));
        for (const a of plan.added) {
          expect(taken.has(`${a.roundId}/${a.principle}`)).toBe(false);
          expect(a.backupStoryId).not.toBe(a.storyId);
          expect(stories.find((s) => s.id === a.storyId)?.principles.some((p) => p.code === a.principle)).toBe(true);
        }
      }
    });

    it("gives the same plan for the same input, whatever the order of stories and readiness", () => {
      for (const seed of seeds) {
        const { loop, stories, readiness } = randomCase(seed);
        const random = makeRandom(seed * 7);
        const first = planLoop(loop, stories, readiness);
        expect(planLoop(loop, stories, readiness)).toEqual(first);
        const reordered = new Map(shuffled([...readiness], random));
        expect(planLoop(loop, shuffled(stories, random), reordered)).toEqual(first);
      }
    });
  });
});

describe("planLoop and a deep-dive round (DESIGN §7: deep-dive-overlap)", () => {
  const depth = () => makeRound({ kind: "deep-dive", focus: [], projectId: "forecasting" });

  it("never plans a story of the deep-dive project in another round, when another story covers the slot", () => {
    const told = makeStory({ id: "a-told", projectId: "forecasting", principles: [primary("ownership")] });
    const other = makeStory({ id: "z-other", projectId: "billing", principles: [secondary("ownership")] });
    const r1 = makeRound({ focus: ["ownership"] });
    const plan = planLoop(makeLoop({ rounds: [depth(), r1] }), [told, other], new Map([[told.id, 100]]));
    expect(storyFor(plan, r1.id, "ownership")).toBe(other.id);
  });

  it("leaves the slot empty rather than tell the deep-dive project twice, and proposes no backup from it", () => {
    const told = makeStory({ id: "told", projectId: "forecasting", principles: [primary("ownership")] });
    const r1 = makeRound({ focus: ["ownership"] });
    expect(planLoop(makeLoop({ rounds: [depth(), r1] }), [told], NO_READINESS).assignments).toEqual([]);
    const planned = makeStory({ id: "planned", projectId: "billing", principles: [primary("dive-deep")] });
    const spare = makeStory({ id: "spare", projectId: "forecasting", principles: [primary("dive-deep")] });
    const r2 = makeRound({ focus: ["dive-deep"] });
    const plan = planLoop(makeLoop({ rounds: [depth(), r2] }), [planned, spare], new Map([[spare.id, 100]]));
    expect(plan.assignments).toEqual([{ roundId: r2.id, principle: "dive-deep", storyId: planned.id, backupStoryId: null }]);
  });

  it("without a deep-dive round the same story is planned", () => {
    const told = makeStory({ id: "told", projectId: "forecasting", principles: [primary("ownership")] });
    const r1 = makeRound({ focus: ["ownership"] });
    expect(storyFor(planLoop(makeLoop({ rounds: [r1] }), [told], NO_READINESS), r1.id, "ownership")).toBe(told.id);
  });
});
