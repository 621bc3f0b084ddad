import { describe, expect, it } from "vitest";
import { STORIES_PER_PAGE, buildMatrix, filterStories, mapPage, matchStories, matchesQuery, paginate, sortByReadiness } from "../../lib/domain/bank";
import type { Story } from "../../lib/domain/types";

function story(over: Partial<Story & { readiness: number; updatedAt: Date }> & { id: string }): Story & { readiness: number; updatedAt: Date } {
  return {
    projectId: "p1", title: over.id, situation: "", task: "", action: "", result: "", learnings: "",
    status: "draft", angles: [], principles: [], metrics: [], readiness: 50, updatedAt: new Date(0), ...over,
  };
}

describe("filterStories", () => {
  const a = story({ id: "a", title: "Cut latency", action: "I rewrote the cache", status: "ready", angles: ["speed"], principles: [{ code: "dive-deep", weight: "primary" }], readiness: 90, updatedAt: new Date(1000) });
  const b = story({ id: "b", title: "Hiring loop", projectId: "p2", angles: ["mentoring"], principles: [{ code: "hire-and-develop-the-best", weight: "secondary" }], readiness: 40, updatedAt: new Date(2000) });
  it("filters by principle, project, status and angle", () => {
    expect(filterStories([a, b], { principle: "dive-deep" }).map((s) => s.id)).toEqual(["a"]);
    expect(filterStories([a, b], { projectId: "p2" }).map((s) => s.id)).toEqual(["b"]);
    expect(filterStories([a, b], { status: "ready" }).map((s) => s.id)).toEqual(["a"]);
    expect(filterStories([a, b], { angle: "mentoring" }).map((s) => s.id)).toEqual(["b"]);
  });
  it("searches every section, all words, case-insensitively", () => {
    expect(filterStories([a, b], { q: "REWROTE cache" }).map((s) => s.id)).toEqual(["a"]);
    expect(filterStories([a, b], { q: "rewrote hiring" })).toEqual([]);
    expect(matchesQuery(a, "   ")).toBe(true);
  });
  it("sorts by updated (newest first) or by readiness", () => {
    expect(filterStories([a, b], {}).map((s) => s.id)).toEqual(["b", "a"]);
    expect(filterStories([a, b], {}, "readiness").map((s) => s.id)).toEqual(["a", "b"]);
  });
});

describe("buildMatrix", () => {
  it("counts ready stories against a target of 2 and marks gaps", () => {
    const rows = buildMatrix([
      story({ id: "x", status: "ready", principles: [{ code: "ownership", weight: "secondary" }] }),
      story({ id: "y", status: "ready", principles: [{ code: "ownership", weight: "primary" }] }),
      story({ id: "z", status: "draft", principles: [{ code: "frugality", weight: "primary" }] }),
    ]);
    expect(rows).toHaveLength(16);
    const ownership = rows.find((r) => r.principle === "ownership")!;
    expect(ownership.readyCount).toBe(2);
    expect(ownership.gap).toBe(false);
    expect(ownership.ready[0].storyId).toBe("y"); // primary first
    const frugality = rows.find((r) => r.principle === "frugality")!;
    expect(frugality.readyCount).toBe(0);
    expect(frugality.draft).toHaveLength(1);
    expect(frugality.gap).toBe(true);
    const one = buildMatrix([story({ id: "r", status: "ready", principles: [{ code: "think-big", weight: "primary" }] })]);
    expect(one.find((r) => r.principle === "think-big")!.gap).toBe(true);
  });
});

describe("paginate", () => {
  const items = Array.from({ length: 51 }, (_, i) => i + 1);

  it("shows one page of 25 stories at a time", () => {
    expect(STORIES_PER_PAGE).toBe(25);
    const first = paginate(items, 1);
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 51, from: 1, to: 25 });
    expect(first.items).toHaveLength(25);
    expect(paginate(items, 3)).toMatchObject({ page: 3, from: 51, to: 51, items: [51] });
  });

  it("exactly a full page is one page; one more makes two", () => {
    expect(paginate(items.slice(0, 25), 1).pageCount).toBe(1);
    expect(paginate(items.slice(0, 26), 1).pageCount).toBe(2);
    expect(paginate(items.slice(0, 26), 2).items).toEqual([26]);
  });

  it("clamps a page past the end to the last page and below 1 to the first", () => {
    expect(paginate(items, 99).page).toBe(3);
    expect(paginate(items, 0).page).toBe(1);
    expect(paginate(items, Number.NaN).page).toBe(1);
  });

  it("mapPage transforms only the items shown and keeps the page's numbers", () => {
    const seen: number[] = [];
    const page = mapPage(paginate(items, 3), (n) => (seen.push(n), `#${n}`));
    expect(page).toEqual({ items: ["#51"], page: 3, pageCount: 3, total: 51, from: 51, to: 51 });
    expect(seen).toEqual([51]);
  });

  it("an empty list is one empty page", () => {
    expect(paginate([], 4)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, from: 0, to: 0 });
  });
});

describe("matchStories and sortByReadiness", () => {
  const base = (id: string, readiness: number, updated: number) => story({ id, readiness, updatedAt: new Date(updated) });
  it("match newest first without needing readiness; readiness ties keep that order", () => {
    const a = base("a", 50, 1), b = base("b", 90, 2), c = base("c", 50, 3);
    expect(matchStories([a, b, c], {}).map((s) => s.id)).toEqual(["c", "b", "a"]);
    expect(sortByReadiness(matchStories([a, b, c], {})).map((s) => s.id)).toEqual(["b", "c", "a"]);
    expect(filterStories([a, b, c], {}, "readiness").map((s) => s.id)).toEqual(["b", "c", "a"]);
  });
});
