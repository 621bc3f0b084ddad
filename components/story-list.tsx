// The stories list rows, led by the story's impact headline when it has one: title, project, status, principles, readiness, metrics summary, open comments.
import Link from "next/link";
import { summarizeMetrics } from "@/lib/domain/metrics";
import type { StoryRow } from "@/lib/server/stories";
import { PrincipleBadges, ReadinessBadge } from "./principle-badges";
import { Badge } from "./ui";

export function StoryList({ rows, hrefFor, openComments }: { rows: StoryRow[]; hrefFor: (id: string) => string; openComments?: ReadonlyMap<string, number> }) {
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-card border border-line bg-white shadow-sm">
      {rows.map((s) => {
        const metrics = summarizeMetrics(s.metrics);
        const open = openComments?.get(s.id) ?? 0;
        return (
          <li key={s.id} className="p-4 hover:bg-slate-50">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                {s.headline.trim() ? <p className="font-semibold text-ink">{s.headline}</p> : null}
                <Link href={hrefFor(s.id)} className={`${s.headline.trim() ? "text-sm" : "font-medium"} text-ink hover:text-brand-700 hover:underline`}>
                  {s.title}
                </Link>
                <p className="text-xs text-muted">{s.projectTitle}</p>
              </div>
              <div className="flex flex-wrap items-center gap-1.5">
                {open > 0 ? <Badge tone="warn">{open} open comment{open === 1 ? "" : "s"}</Badge> : null}
                {s.readyWithErrors ? (
                  <Badge tone="warn">Marked ready, but has errors</Badge>
                ) : (
                  <Badge tone={s.status === "ready" ? "ok" : "neutral"}>{s.status === "ready" ? "Ready" : "Draft"}</Badge>
                )}
                <ReadinessBadge readiness={s.readiness} />
              </div>
            </div>
            <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
              <PrincipleBadges principles={s.principles} />
              {metrics ? <p className="text-xs text-ok">{metrics}</p> : null}
              {s.angles.length ? <p className="text-xs text-muted">Angles: {s.angles.join(", ")}</p> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
