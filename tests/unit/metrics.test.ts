import { describe, it, expect } from "vitest";
import { describeMetricChange, formatMoney, formatNumber, summarizeMetrics } from "../../lib/domain/metrics";
import type { Metric } from "../../lib/domain/types";

const MINUS = "\u2212";

const metric = (overrides: Partial<Metric>): Metric => ({
  label: "throughput",
  unit: "count",
  before: 100,
  after: 100,
  direction: "higher-is-better",
  ...overrides,
});

describe("formatNumber", () => {
  it("adds thousands separators and keeps up to 2 decimals", () => {
    expect(formatNumber(1200)).toBe("1,200");
    expect(formatNumber(1234567.891)).toBe("1,234,567.89");
    expect(formatNumber(3.5)).toBe("3.5");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-42)).toBe(`${MINUS}42`);
  });
});

describe("formatMoney", () => {
  it("compacts with K/M/B and one decimal, dropping .0", () => {
    expect(formatMoney(950)).toBe("$950");
    expect(formatMoney(300_000)).toBe("$300K");
    expect(formatMoney(1_234_567)).toBe("$1.2M");
    expect(formatMoney(2_000_000_000)).toBe("$2B");
    expect(formatMoney(999_960)).toBe("$1M");
  });
});

describe("describeMetricChange", () => {
  it("gives a percent change for a lower-is-better metric", () => {
    const c = describeMetricChange(metric({ label: "p95 latency", unit: "ms", before: 800, after: 496, direction: "lower-is-better" }));
    expect(c).toEqual({ text: `${MINUS}38% p95 latency`, kind: "percent", improved: true });
  });

  it("gives a signed percent change for higher-is-better under 2×", () => {
    const c = describeMetricChange(metric({ label: "conversion rate", before: 50, after: 56 }));
    expect(c).toEqual({ text: "+12% conversion rate", kind: "percent", improved: true });
  });

  it("rounds the percent to a whole number", () => {
    expect(describeMetricChange(metric({ before: 3, after: 4 })).text).toBe("+33% throughput");
  });

  it("says 0% with no sign for no change, and equal is not an improvement", () => {
    expect(describeMetricChange(metric({ before: 10, after: 10 }))).toEqual({ text: "0% throughput", kind: "percent", improved: false });
  });

  it("switches to a multiplier at 2× for higher-is-better", () => {
    expect(describeMetricChange(metric({ before: 100, after: 320 }))).toEqual({ text: "3.2× throughput", kind: "multiplier", improved: true });
    expect(describeMetricChange(metric({ before: 100, after: 200 })).text).toBe("2× throughput");
    expect(describeMetricChange(metric({ before: 100, after: 199 }))).toMatchObject({ text: "+99% throughput", kind: "percent" });
  });

  it("keeps percent for lower-is-better even past a 2× ratio", () => {
    const c = describeMetricChange(metric({ label: "p95 latency", before: 400, after: 100, direction: "lower-is-better" }));
    expect(c).toEqual({ text: `${MINUS}75% p95 latency`, kind: "percent", improved: true });
  });

  it("marks a change in the wrong direction as not improved", () => {
    expect(describeMetricChange(metric({ before: 100, after: 80 }))).toEqual({ text: `${MINUS}20% throughput`, kind: "percent", improved: false });
    expect(describeMetricChange(metric({ before: 100, after: 300, direction: "lower-is-better" }))).toMatchObject({ text: "+200% throughput", improved: false });
  });

  it("uses the absolute delta when before is 0", () => {
    expect(describeMetricChange(metric({ label: "signups", before: 0, after: 1200 }))).toEqual({ text: "+1,200 signups", kind: "absolute", improved: true });
    expect(describeMetricChange(metric({ label: "on-call pages", unit: "hours", before: 0, after: 3, direction: "lower-is-better" }))).toEqual({
      text: "+3 hours on-call pages",
      kind: "absolute",
      improved: false,
    });
  });

  it("shows only the after value when before is missing", () => {
    expect(describeMetricChange(metric({ label: "p95 latency", unit: "hours", before: null, after: 12 }))).toEqual({
      text: "12 hours p95 latency",
      kind: "value",
      improved: null,
    });
    expect(describeMetricChange(metric({ label: "uptime", unit: "%", before: null, after: 99.9 })).text).toBe("99.9% uptime");
    expect(describeMetricChange(metric({ label: "ARR", unit: "$", before: null, after: 1_500_000 })).text).toBe("$1.5M ARR");
  });

  it("gives money as a compact absolute delta", () => {
    expect(describeMetricChange(metric({ label: "revenue", unit: "$", before: 1_000_000, after: 2_200_000 }))).toEqual({
      text: "+$1.2M revenue",
      kind: "absolute",
      improved: true,
    });
    expect(describeMetricChange(metric({ label: "cloud spend", unit: "$", before: 900_000, after: 600_000, direction: "lower-is-better" }))).toEqual({
      text: `${MINUS}$300K cloud spend`,
      kind: "absolute",
      improved: true,
    });
    expect(describeMetricChange(metric({ label: "monthly cost", unit: "$", before: 50, after: 1000 })).text).toBe("+$950 monthly cost");
  });

  it("gives both values and the change in percentage points for unit %", () => {
    expect(describeMetricChange(metric({ label: "conversion", unit: "%", before: 3, after: 7.5 }))).toEqual({
      text: "conversion: 3% → 7.5%, +4.5 pts",
      kind: "absolute",
      improved: true,
    });
    expect(describeMetricChange(metric({ label: "error rate", unit: "%", before: 2, after: 0.5, direction: "lower-is-better" })).text).toBe(
      `error rate: 2% → 0.5%, ${MINUS}1.5 pts`,
    );
    expect(describeMetricChange(metric({ label: "risk config changes reviewed", unit: "%", before: 0, after: 100 })).text).toBe(
      "risk config changes reviewed: 0% → 100%, +100 pts",
    );
    expect(describeMetricChange(metric({ label: "", unit: "%", before: 20, after: 85 })).text).toBe("20% → 85%, +65 pts");
  });

  it("says a value cut to zero is gone, never a bare −100%", () => {
    expect(describeMetricChange(metric({ label: "time for a depot manager to see a late delivery", unit: "days", before: 3, after: 0, direction: "lower-is-better" }))).toEqual({
      text: "time for a depot manager to see a late delivery: 3 days → none (eliminated)",
      kind: "absolute",
      improved: true,
    });
    expect(describeMetricChange(metric({ label: "", unit: "hours", before: 12, after: 0, direction: "lower-is-better" })).text).toBe("12 hours → none (eliminated)");
    // Higher-is-better: a drop to zero is a loss, not an elimination.
    expect(describeMetricChange(metric({ label: "signups", unit: "count", before: 1200, after: 0 }))).toEqual({ text: "signups: 1,200 → none", kind: "absolute", improved: false });
    // Just above zero stays a percent change.
    expect(describeMetricChange(metric({ label: "outages", before: 4, after: 1, direction: "lower-is-better" })).text).toBe(`${MINUS}75% outages`);
    // Money keeps its delta.
    expect(describeMetricChange(metric({ label: "cost", unit: "$", before: 500, after: 0, direction: "lower-is-better" })).text).toBe(`${MINUS}$500 cost`);
  });

  it("drops the trailing space when the label is empty", () => {
    expect(describeMetricChange(metric({ label: "", before: 100, after: 150 })).text).toBe("+50%");
  });
});

describe("summarizeMetrics", () => {
  it("joins the changes with a middle dot", () => {
    expect(
      summarizeMetrics([
        metric({ label: "p95 latency", before: 800, after: 496, direction: "lower-is-better" }),
        metric({ before: 10, after: 32 }),
      ]),
    ).toBe(`${MINUS}38% p95 latency · 3.2× throughput`);
    expect(summarizeMetrics([])).toBe("");
  });
});
