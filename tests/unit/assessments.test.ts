// The content-keyed memo of the quality checks (lib/server/assessments.ts): the same answer as assessStory, a new key
// for any change of what the checks read, frozen results, bounded size.
import { describe, expect, it } from "vitest";
import { ASSESSMENT_MEMO_SIZE, assessStoryOnce, assessmentKey, assessmentMemoSize } from "@/lib/server/assessments";
import { assessStory } from "@/lib/domain/quality";
import { makeStory } from "../fixtures/domain-factories";
import type { Story } from "@/lib/domain/types";

describe("assessStoryOnce", () => {
  it("answers exactly as assessStory, for the story and for the context", () => {
    const story = makeStory({ principles: [{ code: "ownership", weight: "primary" }], metrics: [{ label: "p95", unit: "ms", before: 420, after: 260, direction: "lower-is-better" }] });
    expect(assessStoryOnce(story)).toEqual(assessStory(story));
    const ctx = { barRaiserPrinciples: ["ownership" as const], plannedInBarRaiser: true };
    expect(assessStoryOnce(story, ctx)).toEqual(assessStory(story, ctx));
    expect(assessStoryOnce(story, ctx)).toBe(assessStoryOnce({ ...story }, { ...ctx }));
  });

  it("gives a new key for a change of any field the checks read, and for a different context", () => {
    const story = makeStory();
    const base = assessmentKey(story);
    const changes: Partial<Story>[] = [
      { situation: story.situation + " more" },
      { task: "" },
      { action: story.action + " again" },
      { result: "It went well." },
      { learnings: "Next time I would ask earlier." },
      { angles: ["scale"] },
      { metrics: [{ label: "cost", unit: "$", before: null, after: 3, direction: "lower-is-better" }] },
      { principles: [{ code: "frugality", weight: "secondary" }] },
      { headline: "" },
      { shortVersion: "" },
      { followUps: [] },
      { followUps: story.followUps!.map((f, i) => (i === 0 ? { ...f, answer: "" } : f)) },
      { status: "draft" },
    ];
    const keys = changes.map((c) => assessmentKey({ ...story, ...c }));
    expect(new Set([base, ...keys]).size).toBe(changes.length + 1);
    expect(assessmentKey(story, { barRaiserPrinciples: ["ownership"] })).not.toBe(base);
    expect(assessmentKey(story, { plannedInBarRaiser: true })).not.toBe(base);
    // Fields the checks do not read (title, ids, dates) do not change the key; a Set or an array of the same principles is one context.
    const renamed: Story = { ...story, title: "Other", id: "x", projectId: "y" };
    expect(assessmentKey(renamed)).toBe(base);
    expect(assessmentKey(story, { barRaiserPrinciples: new Set(["ownership", "dive-deep"] as const) })).toBe(assessmentKey(story, { barRaiserPrinciples: ["dive-deep", "ownership"] }));
    // The same words split differently between sections, or between tags, are different inputs.
    expect(assessmentKey({ ...story, situation: "ab", task: "c" })).not.toBe(assessmentKey({ ...story, situation: "a", task: "bc" }));
    expect(assessmentKey({ ...story, angles: ["a1:b"] })).not.toBe(assessmentKey({ ...story, angles: ["a", "b"] }));
    // A missing value and a null one are told apart.
    expect(assessmentKey({ ...story, headline: undefined })).not.toBe(assessmentKey({ ...story, headline: null as unknown as string }));
  });

  it("sees the change: a story cut short is assessed again", () => {
    const story = makeStory();
    const before = assessStoryOnce(story);
    const after = assessStoryOnce({ ...story, situation: "Too short." });
    expect(after.findings.some((f) => f.code === "star-missing")).toBe(true);
    expect(before.findings.some((f) => f.code === "star-missing")).toBe(false);
  });

  it("tells NaN, infinite, zero, minus zero and missing metric values apart", () => {
    const story = makeStory({ metrics: [{ label: "x", unit: "", before: null, after: 5, direction: "higher-is-better" }] });
    const withBefore = (before: number | null) => ({ ...story, metrics: [{ ...story.metrics[0], before }] });
    const variants = [null, Number.NaN, Infinity, -Infinity, 0, -0, 5].map(withBefore);
    expect(new Set(variants.map((v) => assessmentKey(v))).size).toBe(variants.length);
    for (const v of variants) expect(assessStoryOnce(v)).toEqual(assessStory(v));
  });

  it("hands out frozen results, so no caller can change a shared one", () => {
    const result = assessStoryOnce(makeStory({ situation: "Short." }));
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.findings)).toBe(true);
    expect(() => (result.findings as unknown[]).push({})).toThrow(TypeError);
  });

  it("keeps at most ASSESSMENT_MEMO_SIZE answers", () => {
    const story = makeStory();
    for (let i = 0; i < ASSESSMENT_MEMO_SIZE + 50; i++) assessStoryOnce({ ...story, learnings: `variant ${i}` });
    expect(assessmentMemoSize()).toBe(ASSESSMENT_MEMO_SIZE);
  });
});
