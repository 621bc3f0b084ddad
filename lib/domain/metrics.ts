// Owns metric maths: how a before/after pair is described ("−38% p95 latency", "3.2× throughput", "+$1.2M").
//
// Rules, first match wins:
//   1. before missing (null)        → the after value alone, kind "value", improved null ("12 hours p95 latency").
//   2. unit "$"                     → absolute money delta, compact K/M/B with one decimal ("+$1.2M", "−$300K", "+$950").
//   3. unit "%"                     → both values and the delta in percentage points ("conversion: 20% → 85%, +65 pts"),
//                                     kind "absolute": a bare "+100 pts" or "−100%" does not say from where to where.
//   3b. after = 0 < before (other units) → "time to detect: 3 days → none (eliminated)" (plain "→ none" when higher is
//                                     better), kind "absolute": never a bare "−100%".
//   4. before = 0                   → absolute delta ("+1,200 signups"): a percent change from zero is undefined.
//   5. higher-is-better, before > 0 and after/before ≥ 2 → multiplier, one decimal, ".0" dropped ("3.2× throughput").
//   6. otherwise                    → percent change (after − before) / |before| × 100, rounded to a whole percent,
//                                     signed ("+12% conversion", "−75% p95 latency", "0% errors").
//      Lower-is-better changes stay in percent even when the ratio is ≥ 2 (−75% reads better than "4× lower").
// Negative signs are the real minus (U+2212). `improved` says whether the change goes the way its
// direction wants; no change is not an improvement.
import type { Metric } from "./types";

export type MetricChangeKind = "percent" | "multiplier" | "absolute" | "value";

export interface MetricChange {
  text: string;
  kind: MetricChangeKind;
  improved: boolean | null;
}

const MINUS = "\u2212";
const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Thousands separators, up to 2 decimals, real minus sign: 1234.567 → "1,234.57". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const text = NUMBER_FORMAT.format(Math.abs(n));
  return n < 0 && text !== "0" ? MINUS + text : text;
}

function formatOneDecimal(n: number): string {
  return formatNumber(Math.round(n * 10) / 10);
}

/** Unsigned compact money: 950 → "$950", 300000 → "$300K", 1234567 → "$1.2M". */
export function formatMoney(amount: number): string {
  const abs = Math.abs(amount);
  const scales: readonly [number, string][] = [
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (let i = 0; i < scales.length; i++) {
    const [size, suffix] = scales[i];
    if (abs >= size) {
      const scaled = Math.round((abs / size) * 10) / 10;
      // 999,960 rounds to "1000K": promote to the next scale up.
      if (scaled >= 1000 && i > 0) {
        const [biggerSize, biggerSuffix] = scales[i - 1];
        return `$${formatOneDecimal(abs / biggerSize)}${biggerSuffix}`;
      }
      return `$${formatOneDecimal(scaled)}${suffix}`;
    }
  }
  if (Math.round(abs * 100) / 100 >= 1000) return "$1K";
  return `$${formatNumber(abs)}`;
}

function signOf(n: number): string {
  if (n > 0) return "+";
  if (n < 0) return MINUS;
  return "";
}

/** A quantity with its unit: "$1.2M", "12%", "3.2×", "12 hours", "1,200". */
export function formatQuantity(n: number, unit: string): string {
  const u = unit.trim();
  if (u === "$") return (n < 0 ? MINUS : "") + formatMoney(n);
  const num = formatNumber(n);
  if (u === "" || u === "count") return num;
  if (u === "%") return `${num}%`;
  if (u === "x" || u === "×") return `${num}×`;
  return `${num} ${u}`;
}

function withLabel(text: string, label: string): string {
  const l = label.trim();
  return l ? `${text} ${l}` : text;
}

/** "conversion: 20% → 85%": where a text shows two values, the label comes first. */
function withLeadingLabel(text: string, label: string): string {
  const l = label.trim();
  return l ? `${l}: ${text}` : text;
}

function isImproved(metric: Metric): boolean | null {
  if (metric.before === null || metric.before === undefined) return null;
  if (metric.direction === "higher-is-better") return metric.after > metric.before;
  return metric.after < metric.before;
}

export function describeMetricChange(metric: Metric): MetricChange {
  const { before, after, direction, label } = metric;
  const unit = metric.unit.trim();
  const improved = isImproved(metric);

  if (before === null || before === undefined) {
    return { text: withLabel(formatQuantity(after, unit), label), kind: "value", improved: null };
  }

  const delta = after - before;

  if (unit === "$") {
    return { text: withLabel(signOf(delta) + formatMoney(delta), label), kind: "absolute", improved };
  }

  if (unit === "%") {
    const rounded = Math.round(delta * 100) / 100;
    const values = `${formatQuantity(before, unit)} → ${formatQuantity(after, unit)}`;
    return { text: withLeadingLabel(`${values}, ${signOf(rounded)}${formatNumber(Math.abs(rounded))} pts`, label), kind: "absolute", improved };
  }

  if (after === 0 && before > 0) {
    const gone = direction === "lower-is-better" ? "none (eliminated)" : "none";
    return { text: withLeadingLabel(`${formatQuantity(before, unit)} → ${gone}`, label), kind: "absolute", improved };
  }

  if (before === 0) {
    const rounded = Math.round(delta * 100) / 100;
    return {
      text: withLabel(signOf(rounded) + formatQuantity(Math.abs(rounded), unit), label),
      kind: "absolute",
      improved,
    };
  }

  if (direction === "higher-is-better" && before > 0 && after / before >= 2) {
    return { text: withLabel(`${formatOneDecimal(after / before)}×`, label), kind: "multiplier", improved };
  }

  const percent = Math.round((delta / Math.abs(before)) * 100);
  return {
    text: withLabel(`${signOf(percent)}${formatNumber(Math.abs(percent))}%`, label),
    kind: "percent",
    improved,
  };
}

/** Short one-line summary for list rows: "−38% p95 latency · 3.2× throughput". */
export function summarizeMetrics(metrics: readonly Metric[]): string {
  return metrics.map((m) => describeMetricChange(m).text).join(" · ");
}
