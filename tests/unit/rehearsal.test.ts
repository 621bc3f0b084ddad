// What a rehearsal history says: per-story stats (median against the 140 wpm target, self and mentor apart), the
// question ledger (last drill, "no story fits") and the stories list's "least rehearsed" order.
import { describe, expect, it } from "vitest";
import { meanRating, median, questionLedger, rehearsalStats, sortByLeastRehearsed } from "@/lib/domain/rehearsal";
import { makeRehearsal, makeStory, rated } from "../fixtures/domain-factories";

const at = (d: number) => new Date(Date.UTC(2026, 10, d, 10));

describe("rehearsalStats", () => {
  const story = makeStory({ id: "s", situation: Array(140).fill("word").join(" "), task: "", action: "", result: "", learnings: "" });
  it("counts, last date, median duration against the spoken-time target, mean per criterion self and mentor apart", () => {
    const rows = [
      makeRehearsal({ storyId: "s", durationSeconds: 100, ratings: rated(2), createdAt: at(1) }),
      makeRehearsal({ storyId: "s", durationSeconds: 200, ratings: { situation: 4, action: 4, result: 4, learnings: 2 }, createdAt: at(3) }),
      makeRehearsal({ storyId: "s", durationSeconds: 150, ratings: rated(5), ratedBy: "mentor", raterName: "Maya", createdAt: at(2) }),
      makeRehearsal({ storyId: "other", durationSeconds: 9, createdAt: at(9) }),
    ];
    const stats = rehearsalStats(story, rows);
    expect(stats).toEqual({
      storyId: "s",
      times: 3,
      lastAt: at(3),
      medianSeconds: 150,
      targetSeconds: 60,
      self: { situation: 3, action: 3, result: 3, learnings: 2 },
      mentor: rated(5),
    });
  });
  it("a story never rehearsed has nulls, not zeros", () => {
    expect(rehearsalStats(story, [])).toMatchObject({ times: 0, lastAt: null, medianSeconds: null, self: null, mentor: null });
  });
  it("median of an even count is the mean of the middle two; mean rating of four criteria", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(meanRating({ situation: 1, action: 2, result: 3, learnings: 5 })).toBe(2.75);
  });
});

describe("questionLedger", () => {
  it("one entry per question, the most recently drilled first, with its last story or none", () => {
    const rows = [
      makeRehearsal({ questionId: "q1", storyId: "s1", createdAt: at(1) }),
      makeRehearsal({ questionId: "q2", storyId: null, createdAt: at(2), ratings: rated(1) }),
      makeRehearsal({ questionId: "q1", storyId: "s2", createdAt: at(3), ratings: rated(4) }),
    ];
    const ledger = questionLedger(rows);
    expect(ledger.map((e) => [e.questionId, e.times, e.lastStoryId, e.gaps])).toEqual([
      ["q1", 2, "s2", 0],
      ["q2", 1, null, 1],
    ]);
    expect(ledger[0].lastRatings).toEqual(rated(4));
    expect(ledger[0].lastAt).toEqual(at(3));
  });
});

describe("sortByLeastRehearsed", () => {
  it("fewest first, then the longest ago, then title", () => {
    const stories = ["a", "b", "c", "d"].map((id) => makeStory({ id, title: id.toUpperCase() }));
    const counts = new Map([
      ["a", { times: 2, lastAt: at(5) }],
      ["b", { times: 2, lastAt: at(1) }],
      ["c", { times: 1, lastAt: at(9) }],
    ]);
    expect(sortByLeastRehearsed(stories, counts).map((s) => s.id)).toEqual(["d", "c", "b", "a"]);
  });
});
