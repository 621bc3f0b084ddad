// The worksheet's working copy: strings as typed (metric numbers too), turned into the save payload with each
// field's problem named, and its key in the browser.
import { DEEP_DIVE_SECTIONS, type DeepDive, type DeepDiveOption, type DeepDiveText } from "@/lib/domain/deep-dive";
import type { Metric } from "@/lib/domain/types";
import type { DeepDiveRecord } from "@/lib/server/deep-dives";
import { parseNumber, type FieldProblem, type MetricDraft } from "../story-editor/draft";

export interface DeepDiveDraft extends DeepDiveText {
  options: DeepDiveOption[];
  metrics: MetricDraft[];
}

export function toDeepDiveDraft(d: DeepDive): DeepDiveDraft {
  const out = { options: d.options.map((o) => ({ ...o })), metrics: [] as MetricDraft[] } as DeepDiveDraft;
  for (const s of DEEP_DIVE_SECTIONS) out[s] = d[s];
  out.metrics = d.metrics.map((m) => ({
    label: m.label,
    unit: m.unit,
    before: m.before === null ? "" : String(m.before),
    after: String(m.after),
    direction: m.direction,
  }));
  return out;
}

export function toDeepDivePayload(d: DeepDiveDraft): { deepDive: DeepDive; errors: Record<string, string>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const metrics: Metric[] = [];
  d.metrics.forEach((m, i) => {
    const add = (part: string, message: string) =>
      problems.push({ key: `metrics.${i}.${part}`, inputId: `m-${i}-${part}`, field: `Metric ${i + 1} ${part}`, message });
    const before = parseNumber(m.before);
    const after = parseNumber(m.after);
    if (!m.label.trim()) add("label", "Give the metric a label.");
    if (before === "invalid") add("before", "Before must be a number, like 420 or 1.5.");
    if (after === "invalid") add("after", "After must be a number, like 260 or 3.2.");
    else if (after === null) add("after", "Enter the value after your change.");
    if (before !== "invalid" && typeof after === "number") metrics.push({ label: m.label.trim(), unit: m.unit.trim(), before, after, direction: m.direction });
  });
  d.options.forEach((o, i) => {
    if (!o.title.trim()) problems.push({ key: `options.${i}.title`, inputId: `option-${i}-title`, field: `Option ${i + 1} title`, message: "Give the option a title, or remove it." });
  });
  const deepDive = { ...d, options: d.options.map((o) => ({ ...o, title: o.title.trim() })), metrics };
  return { deepDive, errors: Object.fromEntries(problems.map((p) => [p.key, p.message])), problems };
}

export const deepDiveDraftKey = (projectId: string) => `starloop:deep-dive-draft:${projectId}`;

export interface StoredDeepDiveDraft {
  draft: DeepDiveDraft;
  baseVersion: number;
}

export type EditableDeepDive = Pick<DeepDiveRecord, "projectId" | "version" | "updatedAt"> & DeepDive;
