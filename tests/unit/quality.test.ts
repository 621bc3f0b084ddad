import { describe, it, expect } from "vitest";
import { assessStory, checkStory, scoreReadiness, type CheckableStory } from "../../lib/domain/quality";
import type { Metric, StoryFinding } from "../../lib/domain/types";

const filler = (n: number): string => Array.from({ length: n }, () => "word").join(" ");

// 30 + 30 + 100 + 30 = 190 STAR words, + 20 learnings = 210 words = exactly 1.5 min; action 53%.
function makeStory(overrides: Partial<CheckableStory> = {}): CheckableStory {
  return {
    situation: filler(30),
    task: filler(30),
    action: `I ${filler(99)}`,
    result: `${filler(29)} 3`,
    learnings: filler(20),
    angles: [],
    metrics: [],
    principles: [],
    headline: "Cut review time by 3 hours",
    ...overrides,
  };
}

const metric = (overrides: Partial<Metric> = {}): Metric => ({
  label: "p95 latency",
  unit: "ms",
  before: 800,
  after: 500,
  direction: "lower-is-better",
  ...overrides,
});

const codesOf = (findings: StoryFinding[]) => findings.map((f) => f.code);

describe("a well-formed story", () => {
  it("has no findings and full readiness", () => {
    const a = assessStory(makeStory());
    expect(a.findings).toEqual([]);
    expect(a.readiness).toBe(100);
    expect(a.minutes).toBe(1.5);
    expect(a.words.total).toBe(210);
  });
});

describe("Q1 star-missing", () => {
  it("passes a section of exactly 15 words", () => {
    expect(codesOf(checkStory(makeStory({ task: filler(15), learnings: filler(35) })))).not.toContain("star-missing");
  });

  it("fails a section of 14 words and names it", () => {
    const findings = checkStory(makeStory({ task: filler(14), learnings: filler(36) }));
    const missing = findings.filter((f) => f.code === "star-missing");
    expect(missing).toHaveLength(1);
    expect(missing[0].severity).toBe("error");
    expect(missing[0].section).toBe("task");
    expect(missing[0].message).toMatch(/Task/);
  });

  it("gives one finding per empty section", () => {
    const findings = checkStory(makeStory({ situation: "", result: "   ", learnings: filler(60) }));
    const sections = findings.filter((f) => f.code === "star-missing").map((f) => f.section);
    expect(sections).toEqual(["situation", "result"]);
  });
});

describe("Q2 result-unquantified", () => {
  const withResult = (result: string, metrics: Metric[] = []) =>
    codesOf(checkStory(makeStory({ result: `${filler(20)} ${result}`, metrics })));

  it("is quiet when the result has a digit", () => {
    expect(withResult("cut cost by 30 dollars")).not.toContain("result-unquantified");
  });
  it("is quiet when the result has a percent sign", () => {
    expect(withResult("cut latency by a few %")).not.toContain("result-unquantified");
  });
  it("is quiet when the result has a dollar sign", () => {
    expect(withResult("saved many $ every month")).not.toContain("result-unquantified");
  });
  it("is quiet when the result has a multiplier", () => {
    expect(withResult("throughput went up 3x overall")).not.toContain("result-unquantified");
    expect(withResult("throughput went up ×")).not.toContain("result-unquantified");
  });
  it("is quiet when the result mentions hours", () => {
    expect(withResult("saved the team hours each week")).not.toContain("result-unquantified");
    expect(withResult("an hour saved per deploy")).not.toContain("result-unquantified");
  });
  it("fires when the result names no number", () => {
    const findings = checkStory(makeStory({ result: `${filler(20)} customers were much happier` }));
    const f = findings.find((x) => x.code === "result-unquantified");
    expect(f?.severity).toBe("warning");
    expect(f?.section).toBe("result");
  });
  it("does not treat words containing hour as hours", () => {
    expect(withResult("the hourglass emptied")).toContain("result-unquantified");
  });
  it("is suppressed by any metric", () => {
    expect(withResult("customers were much happier", [metric()])).not.toContain("result-unquantified");
    expect(withResult("customers were much happier", [metric({ before: null })])).not.toContain("result-unquantified");
  });
});

describe("Q3 we-not-i", () => {
  const withAction = (lead: string, words: number) => codesOf(checkStory(makeStory({ action: `${lead} ${filler(words)}` })));

  it("does not fire when we-words equal I-words", () => {
    expect(withAction("We our I me", 96)).not.toContain("we-not-i");
  });
  it("fires when we-words are one more than I-words", () => {
    expect(withAction("We our us I me", 95)).toContain("we-not-i");
  });
  it("counts contractions and ours/ourselves as we-words", () => {
    expect(withAction("we're we've ours ourselves I'm I've I'd mine", 92)).not.toContain("we-not-i");
    expect(withAction("we're we've ours ourselves I'm I've mine", 93)).toContain("we-not-i");
  });
  it("matches whole words only", () => {
    expect(withAction("weekly status usually house", 96)).not.toContain("we-not-i");
  });
  it("reports counts and points at the action", () => {
    const f = checkStory(makeStory({ action: `we we I ${filler(97)}` })).find((x) => x.code === "we-not-i");
    expect(f?.section).toBe("action");
    expect(f?.message).toMatch(/2 times/);
  });
});

describe("Q4 length", () => {
  const withLearnings = (n: number) => checkStory(makeStory({ learnings: filler(n) }));

  it("passes exactly 1.5 minutes (210 words)", () => {
    expect(codesOf(withLearnings(20))).not.toContain("length");
  });
  it("fires as too short at 209 words", () => {
    const f = withLearnings(19).find((x) => x.code === "length");
    expect(f?.message).toMatch(/Too short/);
    expect(f?.message).toMatch(/1 min 30 s/);
  });
  it("passes exactly 3.5 minutes (490 words)", () => {
    expect(codesOf(withLearnings(300))).not.toContain("length");
  });
  it("fires as too long at 491 words", () => {
    const f = withLearnings(301).find((x) => x.code === "length");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toMatch(/Too long/);
  });
});

describe("Q5 thin-action", () => {
  it("passes an action of exactly 40% of S+T+A+R", () => {
    const story = makeStory({ action: `I ${filler(59)}`, learnings: filler(60) });
    expect(codesOf(checkStory(story))).not.toContain("thin-action");
  });
  it("fires just under 40%", () => {
    const story = makeStory({ action: `I ${filler(58)}`, learnings: filler(61) });
    const f = checkStory(story).find((x) => x.code === "thin-action");
    expect(f?.section).toBe("action");
    expect(f?.message).toMatch(/40%/);
  });
  it("is skipped for an empty story", () => {
    const empty = makeStory({ situation: "", task: "", action: "", result: "", learnings: "" });
    expect(codesOf(checkStory(empty))).not.toContain("thin-action");
  });
});

describe("Q6 no-learnings", () => {
  it("fires for a failure story without learnings", () => {
    const story = makeStory({ angles: ["failure"], learnings: "", action: `I ${filler(119)}` });
    expect(codesOf(checkStory(story))).toContain("no-learnings");
  });
  it("treats whitespace-only learnings as empty", () => {
    const story = makeStory({ angles: ["Failure "], learnings: "  \n ", action: `I ${filler(119)}` });
    expect(codesOf(checkStory(story))).toContain("no-learnings");
  });
  it("fires when a principle is asked by a Bar Raiser (set or array)", () => {
    const story = makeStory({
      learnings: "",
      action: `I ${filler(119)}`,
      principles: [{ code: "earn-trust", weight: "primary" }],
    });
    expect(codesOf(checkStory(story, { barRaiserPrinciples: new Set(["earn-trust"] as const) }))).toContain("no-learnings");
    const f = checkStory(story, { barRaiserPrinciples: ["earn-trust"] }).find((x) => x.code === "no-learnings");
    expect(f?.message).toMatch(/Earn Trust/);
    expect(f?.section).toBe("learnings");
  });
  it("is quiet when the principle is not a Bar Raiser one, or nothing applies", () => {
    const story = makeStory({
      learnings: "",
      action: `I ${filler(119)}`,
      principles: [{ code: "frugality", weight: "primary" }],
    });
    expect(codesOf(checkStory(story, { barRaiserPrinciples: ["earn-trust"] }))).not.toContain("no-learnings");
    expect(codesOf(checkStory(story))).not.toContain("no-learnings");
  });
  it("is quiet when learnings are present", () => {
    const story = makeStory({ angles: ["failure"], principles: [{ code: "earn-trust", weight: "primary" }] });
    expect(codesOf(checkStory(story, { barRaiserPrinciples: ["earn-trust"] }))).not.toContain("no-learnings");
  });
});

describe("Q7 metric-no-baseline", () => {
  it("gives one tip per metric without a before, naming it", () => {
    const findings = checkStory(
      makeStory({ metrics: [metric({ before: null, label: "signups" }), metric(), metric({ before: null, label: "NPS" })] }),
    );
    const tips = findings.filter((f) => f.code === "metric-no-baseline");
    expect(tips.map((t) => t.message)).toEqual(["signups has no baseline.", "NPS has no baseline."]);
    expect(tips.every((t) => t.severity === "tip" && t.section === "metrics")).toBe(true);
  });
  it("is quiet when every metric has a before, including zero", () => {
    expect(codesOf(checkStory(makeStory({ metrics: [metric({ before: 0 })] })))).toEqual([]);
  });
});

describe("ordering and hints", () => {
  it("orders errors, then warnings, then tips, each with a hint", () => {
    const findings = checkStory(
      makeStory({
        situation: "",
        action: `we ${filler(99)}`,
        metrics: [metric({ before: null })],
      }),
    );
    const severities = findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ["error", "warning", "tip"].indexOf(a) - ["error", "warning", "tip"].indexOf(b)));
    expect(severities[0]).toBe("error");
    expect(severities[severities.length - 1]).toBe("tip");
    expect(findings.every((f) => f.hint.length > 0)).toBe(true);
  });
});

describe("readiness", () => {
  const finding = (severity: StoryFinding["severity"]): StoryFinding => ({
    code: severity === "error" ? "star-missing" : severity === "warning" ? "length" : "metric-no-baseline",
    severity,
    message: "",
    hint: "",
  });

  it("is 100 with no findings", () => {
    expect(scoreReadiness([])).toBe(100);
  });
  it("takes 20 per error, 12 per warning, 4 per tip", () => {
    expect(scoreReadiness([finding("error")])).toBe(80);
    expect(scoreReadiness([finding("warning")])).toBe(88);
    expect(scoreReadiness([finding("tip")])).toBe(96);
    expect(scoreReadiness([finding("error"), finding("warning"), finding("tip")])).toBe(64);
  });
  it("is floored at 0", () => {
    expect(scoreReadiness(Array.from({ length: 6 }, () => finding("error")))).toBe(0);
    const empty = assessStory(makeStory({ situation: "", task: "", action: "", result: "", learnings: "" }));
    expect(empty.readiness).toBe(0);
  });
  it("drops by 20 for one thin section", () => {
    expect(assessStory(makeStory({ task: filler(14), learnings: filler(36) })).readiness).toBe(80);
  });
});
