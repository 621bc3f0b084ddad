"use client";
// Measured results, before → after, with the change derived as you type ("−38% p95 latency").
import type { ReactNode } from "react";
import { describeMetricChange } from "@/lib/domain/metrics";
import { MAX_METRICS } from "@/lib/domain/story-limits";
import type { Direction, Metric } from "@/lib/domain/types";
import { Button, Field, inputClass } from "../ui";
import { EMPTY_METRIC, parseNumber, type MetricDraft } from "./draft";
import type { StoryEditorState } from "./use-story-editor";

const UNITS = ["%", "$", "ms", "s", "hours", "days", "x", "count", "users", "GB"];

/** What the section needs from an editor: the story editor, or the deep-dive worksheet (same metric model). */
export type MetricsEditor = Pick<StoryEditorState, "fieldError" | "clientErrors"> & {
  draft: { metrics: MetricDraft[] };
  update: (key: "metrics", value: MetricDraft[]) => void;
  payloadStory: { metrics: Metric[] };
};

export function MetricsSection({ editor, aside }: { editor: MetricsEditor; aside?: ReactNode }) {
  const { draft, update, fieldError, clientErrors, payloadStory } = editor;
  const setMetric = (i: number, patch: Partial<MetricDraft>) => update("metrics", draft.metrics.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <fieldset id="section-metrics" className="rounded-card border border-line bg-white p-4">
      <legend className="px-1 text-sm font-medium">Metrics</legend>
      {draft.metrics.length === 0 ? <p className="mb-2 text-xs text-muted">No metrics yet. A before → after number makes the result land.</p> : null}
      <ol className="space-y-3">
        {draft.metrics.map((m, i) => {
          const valid = payloadStory.metrics[i] && !clientErrors[`metrics.${i}.before`] && !clientErrors[`metrics.${i}.after`];
          const parsed = valid
            ? describeMetricChange({ label: m.label, unit: m.unit, before: parseNumber(m.before) as number | null, after: parseNumber(m.after) as number, direction: m.direction })
            : null;
          const n = i + 1;
          const input = (part: "label" | "unit" | "before" | "after", props: { maxLength?: number; placeholder?: string; list?: string; inputMode?: "decimal" }) => {
            const errors = fieldError(`metrics.${i}.${part}`);
            return (
              <Field label={`Metric ${n} ${part}`} htmlFor={`m-${i}-${part}`} errors={errors}>
                <input
                  id={`m-${i}-${part}`}
                  value={m[part]}
                  onChange={(e) => setMetric(i, { [part]: e.target.value })}
                  className={inputClass}
                  aria-invalid={!!errors}
                  aria-describedby={errors ? `m-${i}-${part}-error` : undefined}
                  {...props}
                />
              </Field>
            );
          };
          return (
            <li key={i} className="rounded-lg border border-line p-3">
              <div className="grid gap-2 sm:grid-cols-[2fr_1fr_1fr_1fr_1.5fr_auto]">
                {input("label", { maxLength: 120, placeholder: "p95 latency" })}
                {input("unit", { maxLength: 20, placeholder: "ms, %, $", list: "unit-suggestions" })}
                {input("before", { inputMode: "decimal" })}
                {input("after", { inputMode: "decimal" })}
                <Field label={`Metric ${n} direction`} htmlFor={`m-${i}-direction`}>
                  <select id={`m-${i}-direction`} value={m.direction} onChange={(e) => setMetric(i, { direction: e.target.value as Direction })} className={inputClass}>
                    <option value="higher-is-better">Higher is better</option>
                    <option value="lower-is-better">Lower is better</option>
                  </select>
                </Field>
                <div className="flex items-end">
                  <Button type="button" variant="ghost" aria-label={`Remove metric ${n}`} onClick={() => update("metrics", draft.metrics.filter((_, j) => j !== i))}>
                    Remove
                  </Button>
                </div>
              </div>
              {parsed ? (
                <p className={`mt-2 text-sm font-medium ${parsed.improved === false ? "text-warn" : "text-ok"}`} aria-live="polite">
                  {parsed.text}
                  {parsed.improved === false ? " (moved the wrong way for its direction)" : ""}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <datalist id="unit-suggestions">
        {UNITS.map((u) => <option key={u} value={u} />)}
      </datalist>
      <Button
        type="button"
        variant="secondary"
        className="mt-3"
        disabled={draft.metrics.length >= MAX_METRICS}
        onClick={() => {
          update("metrics", [...draft.metrics, EMPTY_METRIC]);
          // The new metric's first field, so a keyboard user carries on typing there.
          window.setTimeout(() => document.getElementById(`m-${draft.metrics.length}-label`)?.focus(), 0);
        }}
      >
        Add metric
      </Button>
      {aside ? <div className="mt-3">{aside}</div> : null}
    </fieldset>
  );
}
