// The weak-spots queue: FSRS replays each (story, principle) pair's ratings; a badly told story comes back sooner
// than a well told one rehearsed the same day; never-rehearsed pairs and principles below depth come first.
import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { gradeFor, weakSpots } from "@/lib/domain/weak-spots";
import { makeRehearsal, makeStory, primary, rated, secondary } from "../fixtures/domain-factories";

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 10));

describe("gradeFor (the mean rating → FSRS grade mapping)", () => {
  it.each([
    [1, Rating.Again],
    [1.99, Rating.Again],
    [2, Rating.Hard],
    [2.99, Rating.Hard],
    [3, Rating.Good],
    [4.24, Rating.Good],
    [4.25, Rating.Easy],
    [5, Rating.Easy],
  ])("mean %s → grade %s", (mean, grade) => expect(gradeFor(mean)).toBe(grade));
});

describe("weakSpots", () => {
  // Two ready stories per principle keep the depth target met, so only FSRS decides.
  const good = makeStory({ id: "good", title: "A well told", principles: [primary("ownership")] });
  const bad = makeStory({ id: "bad", title: "B badly told", principles: [primary("ownership")] });

  it("a badly rated pair is due before a well rated one rehearsed the same day", () => {
    const rehearsals = [
      makeRehearsal({ storyId: "good", principle: "ownership", ratings: rated(5), createdAt: day(1) }),
      makeRehearsal({ storyId: "bad", principle: "ownership", ratings: rated(1), createdAt: day(1) }),
    ];
    const queue = weakSpots([good, bad], rehearsals, day(2));
    expect(queue.map((s) => s.storyId)).toEqual(["bad", "good"]);
    expect(queue[0].due!.getTime()).toBeLessThan(queue[1].due!.getTime());
    expect(queue.every((s) => s.reps === 1 && s.lastAt?.getTime() === day(1).getTime())).toBe(true);
  });

  it("replays in time order: a late bad telling pulls a well told story forward again", () => {
    const history = (last: number) => [
      makeRehearsal({ storyId: "good", principle: "ownership", ratings: rated(5), createdAt: day(1) }),
      makeRehearsal({ storyId: "good", principle: "ownership", ratings: rated(last), createdAt: day(5) }),
    ];
    const [wellThenBad] = weakSpots([good], history(1), day(6));
    const [wellTwice] = weakSpots([good], history(5), day(6));
    expect(wellThenBad.due!.getTime()).toBeLessThan(wellTwice.due!.getTime());
  });

  it("never-rehearsed pairs come first, then principles below the depth target, then by due date", () => {
    const fresh = makeStory({ id: "fresh", title: "Z never told", principles: [secondary("ownership")] });
    const thin = makeStory({ id: "thin", title: "Thin principle", principles: [primary("frugality")] });
    const rehearsals = [
      makeRehearsal({ storyId: "good", principle: "ownership", ratings: rated(5), createdAt: day(1) }),
      makeRehearsal({ storyId: "bad", principle: "ownership", ratings: rated(2), createdAt: day(1) }),
      makeRehearsal({ storyId: "thin", principle: "frugality", ratings: rated(5), createdAt: day(1) }),
    ];
    const queue = weakSpots([good, bad, fresh, thin], rehearsals, day(2));
    expect(queue.map((s) => [s.storyId, s.reason])).toEqual([
      ["fresh", "never-rehearsed"],
      ["thin", "below-depth"],
      ["bad", "scheduled"],
      ["good", "scheduled"],
    ]);
    expect(queue[0].due).toBeNull();
  });

  it("a pair past its due date says so", () => {
    const rehearsals = [makeRehearsal({ storyId: "bad", principle: "ownership", ratings: rated(1), createdAt: day(1) })];
    const [spot] = weakSpots([good, bad], rehearsals, day(28)).filter((s) => s.storyId === "bad");
    expect(spot.reason).toBe("due");
  });

  it("ties are deterministic: by title, then id, whatever the input order; gaps and unknown stories are ignored", () => {
    const a = makeStory({ id: "s-a", title: "Same", principles: [primary("ownership")] });
    const b = makeStory({ id: "s-b", title: "Same", principles: [primary("ownership")] });
    const rehearsals = [
      makeRehearsal({ storyId: null, principle: "ownership" }),
      makeRehearsal({ storyId: "deleted", principle: "ownership" }),
    ];
    const one = weakSpots([a, b], rehearsals, day(2)).map((s) => s.storyId);
    const two = weakSpots([b, a], [...rehearsals].reverse(), day(2)).map((s) => s.storyId);
    expect(one).toEqual(["s-a", "s-b"]);
    expect(two).toEqual(one);
  });
});
