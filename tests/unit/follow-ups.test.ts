// The impact headline, the 30-second version and the follow-ups (DESIGN §7): their checks on both sides of each
// threshold, the suggestions (from the story's own weak points first), the headline suggested from a metric, and
// the word limits the schemas enforce.
import { describe, expect, it } from "vitest";
import { suggestFollowUps, suggestHeadline, PRINCIPLE_FOLLOW_UPS } from "@/lib/domain/follow-ups";
import { checkStory } from "@/lib/domain/quality";
import { buildLoopReport } from "@/lib/domain/report";
import { HEADLINE_MAX_WORDS, MAX_FOLLOW_UPS, SHORT_VERSION_MAX_WORDS } from "@/lib/domain/story-limits";
import { PRINCIPLE_CODES, type FollowUp, type StoryFinding } from "@/lib/domain/types";
import { storyInputSchema } from "@/lib/validation/story";
import { makeAssignment, makeLoop, makeRound, makeStory, primary } from "../fixtures/domain-factories";

const words = (n: number, w = "word") => Array.from({ length: n }, () => w).join(" ");
const find = (findings: StoryFinding[], code: StoryFinding["code"]) => findings.filter((f) => f.code === code);
const answered = (n: number): FollowUp[] =>
  Array.from({ length: n }, (_, i) => ({ question: `Question ${i}?`, answer: `Answer ${i}.`, source: "own", suggestionKey: null }));

describe("no-headline", () => {
  it("is a tip when the story has no headline (draft or ready)", () => {
    for (const status of ["draft", "ready"] as const) {
      const f = find(checkStory(makeStory({ status, headline: "" })), "no-headline");
      expect(f).toHaveLength(1);
      expect(f[0].severity).toBe("tip");
    }
  });
  it("is a warning when a ready story's headline names no number", () => {
    const f = find(checkStory(makeStory({ status: "ready", headline: "Made the checkout much faster" })), "no-headline");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
    expect(f[0].message).toMatch(/no number/);
  });
  it("is quiet for a headline that names a number, and for a draft's numberless headline", () => {
    expect(find(checkStory(makeStory({ status: "ready", headline: "Cut late shipments from 9% to 2% before peak" })), "no-headline")).toEqual([]);
    expect(find(checkStory(makeStory({ status: "draft", headline: "Made the checkout much faster" })), "no-headline")).toEqual([]);
  });
  it("accepts a headline of 20 words and refuses 21", () => {
    const base = { projectId: "p1", title: "T" };
    expect(HEADLINE_MAX_WORDS).toBe(20);
    expect(storyInputSchema.safeParse({ ...base, headline: words(20) }).success).toBe(true);
    const over = storyInputSchema.safeParse({ ...base, headline: words(21) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0].path).toEqual(["headline"]);
    expect(over.error?.issues[0].message).toMatch(/at most 20 words \(it has 21\)/);
  });
});

describe("the 30-second version", () => {
  it("accepts 90 words and refuses 91", () => {
    const base = { projectId: "p1", title: "T" };
    expect(SHORT_VERSION_MAX_WORDS).toBe(90);
    expect(storyInputSchema.safeParse({ ...base, shortVersion: words(90) }).success).toBe(true);
    const over = storyInputSchema.safeParse({ ...base, shortVersion: words(91) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0].path).toEqual(["shortVersion"]);
  });
  it("is a tip when a ready story has none, and quiet for a draft", () => {
    expect(find(checkStory(makeStory({ status: "ready", shortVersion: "" })), "no-short-version").map((f) => f.severity)).toEqual(["tip"]);
    expect(find(checkStory(makeStory({ status: "draft", shortVersion: "" })), "no-short-version")).toEqual([]);
    expect(find(checkStory(makeStory({ status: "ready", shortVersion: words(40) })), "no-short-version")).toEqual([]);
  });
});

describe("follow-ups-missing", () => {
  const barRaiserReport = (followUps: FollowUp[]) => {
    const story = makeStory({ followUps, principles: [primary("ownership")] });
    const round = makeRound({ kind: "bar-raiser", focus: ["ownership"] });
    const loop = makeLoop({ rounds: [round], assignments: [makeAssignment(round.id, "ownership", story.id)] });
    return buildLoopReport(loop, [story]).storyFindings.filter((f) => f.code === "follow-ups-missing");
  };
  it("warns for a story planned in a bar-raiser round with 1 answered follow-up, not with 2", () => {
    expect(barRaiserReport(answered(1)).map((f) => f.severity)).toEqual(["warning"]);
    expect(barRaiserReport(answered(2))).toEqual([]);
  });
  it("does not count a question without an answer", () => {
    const one = [...answered(1), { question: "Unanswered?", answer: "  ", source: "own" as const, suggestionKey: null }];
    expect(barRaiserReport(one)).toHaveLength(1);
  });
  it("is only a tip, for a ready story with none, outside a bar-raiser round", () => {
    const story = makeStory({ followUps: answered(1), principles: [primary("ownership")] });
    const round = makeRound({ kind: "onsite", focus: ["ownership"] });
    const loop = makeLoop({ rounds: [round], assignments: [makeAssignment(round.id, "ownership", story.id)] });
    expect(buildLoopReport(loop, [story]).storyFindings.filter((f) => f.code === "follow-ups-missing")).toEqual([]);
    expect(find(checkStory(makeStory({ status: "ready", followUps: [] })), "follow-ups-missing").map((f) => f.severity)).toEqual(["tip"]);
    expect(find(checkStory(makeStory({ status: "draft", followUps: [] })), "follow-ups-missing")).toEqual([]);
  });
  it("accepts 20 follow-ups on one story and refuses 21", () => {
    const base = { projectId: "p1", title: "T" };
    expect(MAX_FOLLOW_UPS).toBe(20);
    expect(storyInputSchema.safeParse({ ...base, followUps: answered(20) }).success).toBe(true);
    const over = storyInputSchema.safeParse({ ...base, followUps: answered(21) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0].message).toMatch(/At most 20 follow-ups/);
  });
});

describe("suggestFollowUps", () => {
  const weHeavy = "We planned the migration. We wrote the scripts, we ran them over our weekend and we fixed what broke for us.";
  it("asks a story that leans on 'we' what the candidate did, and says why", () => {
    const s = suggestFollowUps(makeStory({ action: weHeavy, followUps: [] }));
    expect(s[0]).toMatchObject({ key: "finding:we-not-i", question: "What exactly did you do yourself?" });
    expect(s[0].reason).toBe(`Your action section says "we" 6 times and "I" 0 times.`);
  });
  it("does not ask a first-person story what the candidate did", () => {
    expect(suggestFollowUps(makeStory({ action: "I planned it and I ran it.", followUps: [] })).map((x) => x.key)).not.toContain("finding:we-not-i");
  });
  it("does not ask a quantified story how it was measured; asks an unquantified one", () => {
    const quantified = suggestFollowUps(makeStory({ result: "Errors fell by 40%.", followUps: [] }));
    expect(quantified.map((x) => x.key)).not.toContain("finding:result-unquantified");
    const withMetric = suggestFollowUps(makeStory({ result: "Errors fell.", metrics: [{ label: "errors", unit: "count", before: 10, after: 2, direction: "lower-is-better" }], followUps: [] }));
    expect(withMetric.map((x) => x.key)).not.toContain("finding:result-unquantified");
    const vague = suggestFollowUps(makeStory({ result: "Errors fell a lot.", followUps: [] }));
    expect(vague.find((x) => x.key === "finding:result-unquantified")?.question).toBe("How did you measure that?");
  });
  it("asks a story without learnings what the candidate would do differently", () => {
    expect(suggestFollowUps(makeStory({ learnings: "", followUps: [] })).map((x) => x.question)).toContain("What would you do differently?");
    expect(suggestFollowUps(makeStory({ learnings: "Now we run a pre-mortem.", followUps: [] })).map((x) => x.key)).not.toContain("finding:no-learnings");
  });
  it("puts the story's own weak points first, then its principles (primary first), then its angles", () => {
    const s = suggestFollowUps(
      makeStory({ action: weHeavy, learnings: "", principles: [{ code: "earn-trust", weight: "secondary" }, primary("ownership")], angles: ["failure"], followUps: [] }),
    );
    const kinds = s.map((x) => x.key.split(":")[0] + (x.key.startsWith("principle") ? ":" + x.key.split(":")[1] : ""));
    expect(kinds).toEqual(["finding", "finding", "principle:ownership", "principle:ownership", "principle:earn-trust", "principle:earn-trust", "angle", "angle"]);
    expect(s.find((x) => x.key === "principle:ownership:0")?.reason).toBe("You tagged Ownership as primary.");
  });
  it("skips questions already on the story, by key or by the same words", () => {
    const have: FollowUp[] = [
      { question: "What exactly did you do yourself?", answer: "", source: "suggested", suggestionKey: "finding:we-not-i" },
      { question: "what would you do DIFFERENTLY", answer: "", source: "own", suggestionKey: null },
    ];
    const keys = suggestFollowUps(makeStory({ action: weHeavy, learnings: "", followUps: have })).map((x) => x.key);
    expect(keys).not.toContain("finding:we-not-i");
    expect(keys).not.toContain("finding:no-learnings");
  });
  it("ships at least two questions for every principle", () => {
    for (const code of PRINCIPLE_CODES) expect(PRINCIPLE_FOLLOW_UPS[code].length).toBeGreaterThanOrEqual(2);
  });
});

describe("suggestHeadline", () => {
  it("names the first metric's before and after", () => {
    expect(suggestHeadline([{ label: "late shipments", unit: "%", before: 9, after: 2, direction: "lower-is-better" }])).toBe("Cut late shipments from 9% to 2%");
    expect(suggestHeadline([{ label: "throughput", unit: "x", before: 1, after: 3.2, direction: "higher-is-better" }])).toBe("Raised throughput from 1× to 3.2×");
    expect(suggestHeadline([{ label: "signups", unit: "count", before: null, after: 1200, direction: "higher-is-better" }])).toBe("Reached 1,200 signups");
  });
  it("is null without a metric, and the suggestion passes the headline check", () => {
    expect(suggestHeadline([])).toBeNull();
    const headline = suggestHeadline([{ label: "p95 latency", unit: "ms", before: 420, after: 260, direction: "lower-is-better" }]) ?? "";
    expect(find(checkStory(makeStory({ status: "ready", headline })), "no-headline")).toEqual([]);
  });
  it("stays within the word limit for a long label", () => {
    const h = suggestHeadline([{ label: words(30, "long"), unit: "%", before: 9, after: 2, direction: "lower-is-better" }]) ?? "";
    expect(storyInputSchema.safeParse({ projectId: "p", title: "T", headline: h }).success).toBe(true);
  });
});
