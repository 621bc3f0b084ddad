// The deep-dive worksheet's checks (DESIGN §7), on both sides of every threshold.
import { describe, expect, it } from "vitest";
import { checkDeepDive, countWrittenSections, levelNumber, MIN_DEEP_DIVE_OPTIONS, showsLeadership } from "../../lib/domain/deep-dive";
import { makeDeepDive } from "../fixtures/domain-factories";

const codes = (dd: ReturnType<typeof makeDeepDive>, level?: string) => checkDeepDive(dd, { level }).map((f) => f.code);

describe("checkDeepDive", () => {
  it("passes a full worksheet, even at L7", () => {
    expect(codes(makeDeepDive(), "L7")).toEqual([]);
  });

  it("impact-unquantified: no metric and no number fires; a number in the text or one metric clears it", () => {
    expect(codes(makeDeepDive({ impact: "Forecasts got much better." }))).toEqual(["impact-unquantified"]);
    expect(codes(makeDeepDive({ impact: "Forecasts got 2× better." }))).toEqual([]);
    expect(codes(makeDeepDive({ impact: "Saved $1.2M a year." }))).toEqual([]);
    const metric = { label: "forecast error", unit: "%", before: 31, after: 12, direction: "lower-is-better" as const };
    expect(codes(makeDeepDive({ impact: "", metrics: [metric] }))).toEqual([]);
  });

  it(`few-options: ${MIN_DEEP_DIVE_OPTIONS} options pass, 1 fires, and an untitled option does not count`, () => {
    const [a, b] = makeDeepDive().options;
    expect(codes(makeDeepDive({ options: [a, b] }))).toEqual([]);
    expect(codes(makeDeepDive({ options: [a] }))).toEqual(["few-options"]);
    expect(codes(makeDeepDive({ options: [] }))).toEqual(["few-options"]);
    expect(codes(makeDeepDive({ options: [a, { ...b, title: "  " }] }))).toEqual(["few-options"]);
    expect(checkDeepDive(makeDeepDive({ options: [a] }))[0].message).toMatch(/Only one option/);
  });

  it("no-mechanism: empty or blank mechanisms fire; any text clears", () => {
    expect(codes(makeDeepDive({ mechanisms: "   " }))).toEqual(["no-mechanism"]);
    expect(codes(makeDeepDive({ mechanisms: "A weekly alarm." }))).toEqual([]);
  });

  it("no-leadership: checked from L6 up only (L5 quiet, L6 fires), cleared by a leadership verb", () => {
    const weak = makeDeepDive({ role: "I was the data scientist on the team and wrote the model." });
    expect(codes(weak, "L5")).toEqual([]);
    expect(codes(weak, "L6")).toEqual(["no-leadership"]);
    expect(codes(weak, "l7")).toEqual(["no-leadership"]);
    expect(codes(weak, "Senior")).toEqual(["no-leadership"]);
    expect(codes(weak, "")).toEqual([]);
    expect(codes(weak)).toEqual([]);
    expect(codes(makeDeepDive({ role: "" }), "L6")).toEqual(["no-leadership"]);
    expect(codes(makeDeepDive({ role: "I drove the decision with finance." }), "L6")).toEqual([]);
  });
});

describe("levels and leadership words", () => {
  it("parses L<n>, and names senior levels in words", () => {
    expect(levelNumber("L6")).toBe(6);
    expect(levelNumber("l5")).toBe(5);
    expect(levelNumber("Senior")).toBe(6);
    expect(levelNumber("Principal")).toBe(7);
    expect(levelNumber("Junior")).toBeNull();
  });
  it("matches whole words only", () => {
    expect(showsLeadership("I led it.")).toBe(true);
    expect(showsLeadership("It was misled.")).toBe(false);
  });
  it("counts written sections", () => {
    expect(countWrittenSections(makeDeepDive())).toBe(8);
    expect(countWrittenSections(makeDeepDive({ scope: "", nextSteps: " " }))).toBe(6);
  });
});
