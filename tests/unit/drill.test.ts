import { describe, expect, it } from "vitest";
import {
  buildDrillQueue,
  nextLoop,
  QUESTIONS_PER_SLOT,
  questionsToPractise,
  suggestStories,
  type DrillItem,
  type DrillLoop,
  type DrillQuestion,
} from "../../lib/domain/drill";
import { SHIPPED_QUESTIONS } from "../../lib/domain/questions";
import { makeAssignment, makeRound, makeStory, primary, secondary } from "../fixtures/domain-factories";

const shipped: DrillQuestion[] = SHIPPED_QUESTIONS.map((q) => ({ ...q, own: false }));

function drill(overrides: Partial<DrillItem> = {}): DrillItem {
  return {
    key: "k",
    question: { id: "q1", text: "Tell me about a time you cut cloud costs without slowing the team", principles: ["frugality"], own: false },
    principle: "frugality",
    roundId: null,
    roundTitle: null,
    plannedStoryId: null,
    backupStoryId: null,
    context: "",
    ...overrides,
  };
}

function loop(overrides: Partial<DrillLoop> = {}): DrillLoop {
  return { id: "l", title: "Acme", date: "", rounds: [], assignments: [], ...overrides };
}

describe("story suggestions", () => {
  it("puts the story planned for the (round, principle) first, then its backup, each saying why", () => {
    const tagged = makeStory({ title: "A tagged", principles: [primary("frugality")] });
    const planned = makeStory({ title: "Z planned", status: "draft" });
    const backup = makeStory({ title: "Y backup" });
    const got = suggestStories(
      drill({ roundTitle: "Round 2", plannedStoryId: planned.id, backupStoryId: backup.id }),
      [tagged, backup, planned],
    );
    expect(got.map((s) => s.storyId)).toEqual([planned.id, backup.id, tagged.id]);
    expect(got[0].reason).toBe("Planned for Round 2 · Frugality");
    expect(got[1].reason).toBe("Backup for Round 2 · Frugality");
  });

  it("ranks principle tags: primary before secondary, ready before draft, then untagged", () => {
    const secReady = makeStory({ title: "A", principles: [secondary("frugality")] });
    const priDraft = makeStory({ title: "B", status: "draft", principles: [primary("frugality")] });
    const priReady = makeStory({ title: "C", principles: [primary("frugality")] });
    const secDraft = makeStory({ title: "D", status: "draft", principles: [secondary("frugality")] });
    const other = makeStory({ title: "E", principles: [primary("ownership")] });
    const unrelated = drill({ question: { id: "q2", text: "Zebra quokka wombat", principles: ["frugality"], own: false } });
    const got = suggestStories(unrelated, [other, secDraft, secReady, priDraft, priReady]);
    expect(got.map((s) => s.title)).toEqual(["C", "B", "A", "D", "E"]);
    expect(got[0].reason).toBe("Primary: Frugality · ready");
    expect(got[1].reason).toBe("Primary: Frugality · draft");
    expect(got[2].reason).toBe("Secondary: Frugality · ready");
    expect(got[4].reason).toBe("Not tagged Frugality, no shared wording");
  });

  it("orders untagged stories by TF-IDF similarity of question and story text, showing the score", () => {
    const close = makeStory({ title: "Z close", situation: "Our cloud costs doubled in a quarter", action: "I cut cloud costs by resizing clusters without slowing the team" });
    const some = makeStory({ title: "Y some", situation: "The team was slowing down on releases" });
    const none = makeStory({ title: "A none" });
    const got = suggestStories(drill(), [none, some, close]);
    expect(got.map((s) => s.title)).toEqual(["Z close", "Y some", "A none"]);
    expect(got[0].similarity).toBeGreaterThan(got[1].similarity);
    expect(got[1].similarity).toBeGreaterThan(0);
    expect(got[0].reason).toBe(`Similar wording (${got[0].similarity.toFixed(2)})`);
    expect(got[0].reason).toMatch(/^Similar wording \(0\.\d\d\)$/);
  });

  it("uses similarity inside a tag tier too", () => {
    const plain = makeStory({ title: "A plain", principles: [primary("frugality")] });
    const close = makeStory({ title: "B close", principles: [primary("frugality")], action: "I cut cloud costs" });
    const got = suggestStories(drill(), [plain, close]);
    expect(got.map((s) => s.title)).toEqual(["B close", "A plain"]);
    expect(got[0].reason).toMatch(/^Primary: Frugality · ready · similar wording \(0\.\d\d\)$/);
  });

  it("breaks ties by title, then id, whatever the input order", () => {
    const b = makeStory({ id: "s-b", title: "Beta", principles: [primary("frugality")] });
    const a2 = makeStory({ id: "s-a2", title: "Alpha", principles: [primary("frugality")] });
    const a1 = makeStory({ id: "s-a1", title: "Alpha", principles: [primary("frugality")] });
    const orders = [[b, a2, a1], [a1, b, a2], [a2, a1, b]];
    for (const order of orders) expect(suggestStories(drill(), order).map((s) => s.storyId)).toEqual(["s-a1", "s-a2", "s-b"]);
  });

  it("lists every story (the picker offers them all) and nothing for an empty bank", () => {
    expect(suggestStories(drill(), [])).toEqual([]);
    expect(suggestStories(drill(), [makeStory(), makeStory()])).toHaveLength(2);
  });
});

describe("next loop", () => {
  it("picks the nearest calendar date today or later, ignoring past and free-text dates", () => {
    const loops = [
      loop({ id: "past", date: "2026-11-30" }),
      loop({ id: "text", date: "early January" }),
      loop({ id: "later", date: "2026-12-20" }),
      loop({ id: "soon", date: "2026-12-05" }),
    ];
    expect(nextLoop(loops, "2026-12-01")?.id).toBe("soon");
    expect(nextLoop([loop({ id: "today", date: "2026-12-01" }), ...loops], "2026-12-01")?.id).toBe("today");
    expect(nextLoop([loops[0], loops[1]], "2026-12-01")).toBeNull();
  });

  it("asks round by round, each round's focus principles, a few questions each, with the planned story", () => {
    const r1 = makeRound({ title: "Phone screen", focus: ["ownership", "frugality"] });
    const r2 = makeRound({ title: "Onsite 1", focus: ["ownership"] });
    const l = loop({ date: "2026-12-10", rounds: [r1, r2], assignments: [makeAssignment(r2.id, "ownership", "story-x", "story-y")] });
    const q = buildDrillQueue({ kind: "next-loop" }, { questions: shipped, loops: [l], today: "2026-12-01" });
    if (!q.ok) throw new Error(q.message);
    expect(q.items.map((i) => [i.roundTitle, i.principle])).toEqual([
      ...Array(QUESTIONS_PER_SLOT).fill(["Phone screen", "ownership"]),
      ...Array(QUESTIONS_PER_SLOT).fill(["Phone screen", "frugality"]),
      ...Array(QUESTIONS_PER_SLOT).fill(["Onsite 1", "ownership"]),
    ]);
    expect(new Set(q.items.map((i) => i.question.id)).size).toBe(q.items.length); // no question twice in one loop
    const last = q.items[q.items.length - 1];
    expect([last.plannedStoryId, last.backupStoryId, last.context]).toEqual(["story-x", "story-y", "Onsite 1 · Ownership"]);
  });

  it("says so when no loop is dated today or later", () => {
    const q = buildDrillQueue({ kind: "next-loop" }, { questions: shipped, loops: [loop({ date: "2020-01-01" })], today: "2026-12-01" });
    expect(q).toMatchObject({ ok: false, problem: "no-dated-loop" });
  });
});

describe("other scopes", () => {
  it("one principle: own questions first, then those led by it, never drilled before long ago drilled", () => {
    const own: DrillQuestion = { id: "own-1", text: "Mine", principles: ["ownership"], own: true };
    const led = questionsToPractise(shipped, "ownership");
    const lastDrilled = new Map([[led[0].id, "2026-11-01T00:00:00Z"]]);
    const got = questionsToPractise([...shipped, own], "ownership", lastDrilled);
    expect(got[0].id).toBe("own-1");
    expect(got[1].id).toBe(led[1].id); // led[0] was drilled, so it moves behind the undrilled ones it leads
    const firstTouching = got.findIndex((x) => x.principles[0] !== "ownership");
    expect(got.slice(1, firstTouching).every((x) => x.principles[0] === "ownership")).toBe(true);
    expect(got.slice(1, firstTouching).at(-1)!.id).toBe(led[0].id);
  });

  it("everything asks every question once; weak spots follow the scheduler's order", () => {
    const all = buildDrillQueue({ kind: "everything" }, { questions: shipped, loops: [], today: "2026-12-01" });
    expect(all.ok && all.items.length).toBe(shipped.length);
    const weak = buildDrillQueue(
      { kind: "weak-spots" },
      {
        questions: shipped,
        loops: [],
        today: "2026-12-01",
        weakSpots: [
          { principle: "dive-deep", storyId: "s1", reason: "due today" },
          { principle: "dive-deep", storyId: "s2", reason: "never rehearsed" },
        ],
      },
    );
    if (!weak.ok) throw new Error(weak.message);
    expect(weak.items.map((i) => i.plannedStoryId)).toEqual(["s1", "s2"]);
    expect(weak.items[0].question.id).not.toBe(weak.items[1].question.id);
    expect(buildDrillQueue({ kind: "weak-spots" }, { questions: shipped, loops: [], today: "2026-12-01" })).toMatchObject({ ok: false, problem: "no-weak-spots" });
  });
});
