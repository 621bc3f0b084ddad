// The stories list: each row led by the story's impact headline when it has one, then title, project, status,
// readiness, principles, metrics summary, angles and open comments. Rendered by StoryListRows from compact records.
import { summarizeMetrics } from "@/lib/domain/metrics";
import type { RatedHead } from "@/lib/server/stories-list";
import { StoryListRows, type StoryListRow } from "./story-list-rows";

export function StoryList({ rows, hrefFor, openComments }: { rows: readonly RatedHead[]; hrefFor: (id: string) => string; openComments?: ReadonlyMap<string, number> }) {
  const compact: StoryListRow[] = rows.map((s) => ({
    id: s.id,
    href: hrefFor(s.id),
    headline: s.headline.trim() ? s.headline : "",
    title: s.title,
    projectTitle: s.projectTitle,
    ready: s.status === "ready",
    readyWithErrors: s.readyWithErrors,
    readiness: s.readiness,
    principles: s.principles,
    metrics: summarizeMetrics(s.metrics),
    angles: s.angles,
    openComments: openComments?.get(s.id) ?? 0,
  }));
  return <StoryListRows rows={compact} />;
}
