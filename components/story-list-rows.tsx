"use client";
// The stories list rows, rendered from one compact record per row (StoryList builds them on the server). As a client
// component the page carries each row's few fields once instead of its whole element tree in the RSC payload, which
// was half of the stories page's HTML (issue 16); the markup is the same.
import Link from "next/link";
import type { StoryPrinciple } from "@/lib/domain/types";
import { PrincipleBadges, ReadinessBadge } from "./principle-badges";
import { Badge } from "./ui";

export interface StoryListRow {
  id: string;
  href: string;
  headline: string;
  title: string;
  projectTitle: string;
  ready: boolean;
  readyWithErrors: boolean;
  readiness: number;
  principles: StoryPrinciple[];
  /** The metrics' one-line summary ("" when none). */
  metrics: string;
  angles: string[];
  openComments: number;
}

export function StoryListRows({ rows }: { rows: StoryListRow[] }) {
  return (
    <ul className="divide-y divide-line overflow-hidden rounded-card border border-line bg-white shadow-sm">
      {rows.map((s) => (
        <li key={s.id} className="p-4 hover:bg-slate-50">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              {s.headline ? <p className="font-semibold text-ink">{s.headline}</p> : null}
              <Link href={s.href} className={`${s.headline ? "text-sm" : "font-medium"} text-ink hover:text-brand-700 hover:underline`}>
                {s.title}
              </Link>
              <p className="text-xs text-muted">{s.projectTitle}</p>
            </div>
            <div className="flex flex-wrap items-center gap-1.5">
              {s.openComments > 0 ? <Badge tone="warn">{s.openComments} open comment{s.openComments === 1 ? "" : "s"}</Badge> : null}
              {s.readyWithErrors ? (
                <Badge tone="warn">Marked ready, but has errors</Badge>
              ) : (
                <Badge tone={s.ready ? "ok" : "neutral"}>{s.ready ? "Ready" : "Draft"}</Badge>
              )}
              <ReadinessBadge readiness={s.readiness} />
            </div>
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
            <PrincipleBadges principles={s.principles} />
            {s.metrics ? <p className="text-xs text-ok">{s.metrics}</p> : null}
            {s.angles.length ? <p className="text-xs text-muted">Angles: {s.angles.join(", ")}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
