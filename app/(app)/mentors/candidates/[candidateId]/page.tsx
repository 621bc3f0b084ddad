import type { Metadata } from "next";
import { StoryList } from "@/components/story-list";
import { Card, EmptyState } from "@/components/ui";
import { unresolvedCounts } from "@/lib/server/comments";
import { listProjects } from "@/lib/server/projects";
import { listStoryRows } from "@/lib/server/stories";
import { requireViewer } from "@/lib/server/viewer";
import { orNotFound } from "@/lib/server/not-found";
import { menteeOr404 } from "./mentee";

export const metadata: Metadata = { title: "Mentee's stories" };

export default async function MenteeStoriesPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const viewer = await requireViewer(`/mentors/candidates/${candidateId}`);
  const mentee = await menteeOr404(viewer, candidateId);
  const [rows, projects, open] = await orNotFound(
    Promise.all([listStoryRows(viewer, candidateId), listProjects(viewer, candidateId), unresolvedCounts(viewer, candidateId)]),
  );
  const base = `/mentors/candidates/${candidateId}`;
  return (
    <div className="space-y-8">
      <section aria-labelledby="stories-heading" className="space-y-3">
        <h2 id="stories-heading" className="text-lg font-semibold">
          Stories <span className="text-sm font-normal text-muted">({rows.length}, {rows.filter((s) => s.status === "ready").length} ready)</span>
        </h2>
        {rows.length ? (
          <StoryList rows={rows} hrefFor={(id) => `${base}/stories/${id}`} openComments={open} />
        ) : (
          <EmptyState title={`${mentee.name} has no stories yet`}>
            <p>Their stories appear here as they write them. Check back later, or ask them which moments they plan to tell.</p>
          </EmptyState>
        )}
      </section>
      {projects.length ? (
        <section aria-labelledby="projects-heading" className="space-y-3">
          <h2 id="projects-heading" className="text-lg font-semibold">Projects</h2>
          <div className="grid gap-3 md:grid-cols-2">
            {projects.map((p) => (
              <Card key={p.id}>
                <h3 className="font-medium">{p.title}</h3>
                <p className="text-xs text-muted">
                  {[p.organization, p.period, p.role].filter(Boolean).join(" · ")}
                  {p.storyCount ? ` · ${p.storyCount} ${p.storyCount === 1 ? "story" : "stories"}` : ""}
                </p>
                {p.context ? <p className="mt-2 whitespace-pre-wrap text-sm">{p.context}</p> : null}
                {p.scope ? <p className="mt-1 whitespace-pre-wrap text-xs text-muted">Scope: {p.scope}</p> : null}
              </Card>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
