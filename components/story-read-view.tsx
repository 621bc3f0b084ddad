// A story shown read-only (mentors, print previews): sections as plain text with line breaks kept.
import type { ReactNode } from "react";
import { describeMetricChange } from "@/lib/domain/metrics";
import type { Section, Story } from "@/lib/domain/types";
import { PrincipleBadges } from "./principle-badges";
import { Card } from "./ui";

const SECTIONS: { key: Section; label: string }[] = [
  { key: "situation", label: "Situation" },
  { key: "task", label: "Task" },
  { key: "action", label: "Action" },
  { key: "result", label: "Result" },
  { key: "learnings", label: "Learnings" },
];

export function StoryReadView({ story, sectionAside }: { story: Story; sectionAside?: Partial<Record<Section | "metrics" | "general", ReactNode>> }) {
  return (
    <div className="space-y-4">
      <Card>
        <PrincipleBadges principles={story.principles} />
        {story.angles.length ? <p className="mt-2 text-sm text-muted">Angles: {story.angles.join(", ")}</p> : null}
        <p className="mt-1 text-sm text-muted">Status: {story.status === "ready" ? "Ready" : "Draft"}</p>
      </Card>
      {SECTIONS.map(({ key, label }) => (
        <section key={key} id={`section-${key}`} aria-labelledby={`h-${key}`} className="grid gap-3 xl:grid-cols-[minmax(0,1fr)_18rem]">
          <Card>
            <h2 id={`h-${key}`} className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">{label}</h2>
            {story[key] ? <p className="whitespace-pre-wrap text-sm">{story[key]}</p> : <p className="text-sm italic text-muted">Not written yet.</p>}
          </Card>
          {sectionAside?.[key] ? <div>{sectionAside[key]}</div> : null}
        </section>
      ))}
      <section id="section-metrics" aria-labelledby="h-metrics" className="grid gap-3 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <Card>
          <h2 id="h-metrics" className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">Metrics</h2>
          {story.metrics.length ? (
            <ul className="space-y-1 text-sm">
              {story.metrics.map((m, i) => (
                <li key={i}>{describeMetricChange(m).text}{m.before !== null ? ` (${m.before} → ${m.after}${m.unit ? ` ${m.unit}` : ""})` : ""}</li>
              ))}
            </ul>
          ) : (
            <p className="text-sm italic text-muted">No metrics.</p>
          )}
        </Card>
        {sectionAside?.metrics ? <div>{sectionAside.metrics}</div> : null}
      </section>
      {sectionAside?.general ? sectionAside.general : null}
    </div>
  );
}
