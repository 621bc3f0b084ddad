// A labelled grid of coloured cells (rows × columns) as a real table: every cell says in words what its colour means.
import type { ReactNode } from "react";

export type HeatTone = "ok" | "warn" | "bad" | "empty" | "none";

export interface HeatCell {
  tone: HeatTone;
  /** Short visible text ("Ready", "Gap"). */
  text: string;
  /** The full sentence for hover and screen readers. */
  description: string;
}

export interface HeatRow {
  key: string;
  label: ReactNode;
  href?: string;
  cells: HeatCell[];
}

export interface HeatColumn {
  key: string;
  short: string;
  label: string;
  href?: string;
}

const TONES: Record<HeatTone, string> = {
  ok: "bg-emerald-100 text-emerald-900",
  warn: "bg-amber-100 text-amber-900",
  bad: "bg-red-100 text-red-900",
  empty: "bg-slate-50 text-red-800 ring-1 ring-inset ring-red-200",
  none: "bg-transparent text-slate-300",
};

export function Heatmap({
  caption,
  columns,
  rows,
  legend,
  cornerLabel,
}: {
  caption: string;
  cornerLabel: string;
  columns: HeatColumn[];
  rows: HeatRow[];
  legend?: { tone: HeatTone; label: string }[];
}) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-separate border-spacing-0.5 text-xs">
        <caption className="mb-1 text-left text-sm font-medium text-ink">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left font-medium text-muted">
              <span className="sr-only">{cornerLabel}</span>
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="px-1 font-medium text-muted">
                {c.href ? (
                  <a href={c.href} title={c.label} className="text-brand-700 underline-offset-2 hover:underline">
                    <span aria-hidden="true">{c.short}</span>
                    <span className="sr-only">{c.label}</span>
                  </a>
                ) : (
                  <>
                    <span aria-hidden="true" title={c.label}>
                      {c.short}
                    </span>
                    <span className="sr-only">{c.label}</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="max-w-[8.5rem] pr-1 text-left font-normal leading-tight">
                {row.href ? (
                  <a href={row.href} className="text-brand-700 underline-offset-2 hover:underline">
                    {row.label}
                  </a>
                ) : (
                  row.label
                )}
              </th>
              {row.cells.map((cell, i) => (
                <td
                  key={columns[i]?.key ?? i}
                  // No tooltip on the many blank cells ("not in focus"): the screen-reader text says it, the dot shows it.
                  title={cell.tone === "none" ? undefined : cell.description}
                  className={`heat-cell ${TONES[cell.tone]}`}
                >
                  <span aria-hidden="true">{cell.text}</span>
                  <span className="sr-only">{cell.description}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {legend?.length ? (
        <ul className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted" aria-label="Legend">
          {legend.map((l) => (
            <li key={l.tone + l.label} className="flex items-center gap-1">
              <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${TONES[l.tone]}`} />
              {l.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
