"use client";
// The worksheet's live checks (plain messages; finding codes stay in data-code), each with a way to its section.
import type { ReactNode } from "react";
import type { DeepDiveFinding } from "@/lib/domain/deep-dive";
import { Badge } from "../ui";

type ListedFinding = Pick<DeepDiveFinding, "message"> & { code: string; hint?: string; section?: string };

export function DeepDiveFindingList({ findings, go }: { findings: readonly ListedFinding[]; go?: (section: string) => void }) {
  if (findings.length === 0) return <p className="text-sm text-ok" role="status">No findings: this deep-dive covers what the depth round asks.</p>;
  return (
    <ul className="space-y-2" aria-label="Deep-dive findings">
      {findings.map((f) => (
        <li key={f.code} className="rounded-lg border border-line p-2 text-sm" data-code={f.code}>
          <Badge tone="warn">Worth a look</Badge>
          <p className="mt-1">{f.message}</p>
          {f.hint ? <p className="mt-0.5 text-xs text-muted">{f.hint}</p> : null}
          {go && f.section ? (
            <button type="button" className="mt-1 text-xs text-brand-700 underline" onClick={() => go(f.section as string)}>
              Go to the section
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function DeepDiveChecks({ findings, level }: { findings: DeepDiveFinding[]; level: ReactNode }) {
  const go = (section: string) => {
    const target = document.getElementById(section === "options" ? "option-add" : section === "metrics" ? "section-metrics" : `deep-dive-${section}`);
    target?.scrollIntoView({ block: "center" });
    target?.focus({ preventScroll: true });
  };
  return (
    <aside className="space-y-4 lg:sticky lg:top-20 lg:self-start" aria-label="Deep-dive checks">
      <section className="space-y-3 rounded-card border border-line bg-white p-4 shadow-sm" aria-labelledby="deep-dive-checks-title">
        <h2 id="deep-dive-checks-title" className="font-semibold">Checks</h2>
        {level}
        <div aria-live="polite">
          <DeepDiveFindingList findings={findings} go={go} />
        </div>
      </section>
    </aside>
  );
}
