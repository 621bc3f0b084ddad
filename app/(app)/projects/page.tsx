import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { listProjects } from "@/lib/server/projects";
import { requireViewer } from "@/lib/server/viewer";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage() {
  const viewer = await requireViewer("/projects");
  const projects = await listProjects(viewer);
  return (
    <>
      <PageHeader
        title="Projects"
        description="The real pieces of work your stories come from. Interview guides advise at least three distinct projects across a loop."
        actions={<ButtonLink href="/projects/new">New project</ButtonLink>}
      />
      {projects.length === 0 ? (
        <EmptyState title="No projects yet" action={<ButtonLink href="/projects/new">Add your first project</ButtonLink>}>
          <p>Add a project you know inside out: what it was, your role, its scope. Then write stories about it.</p>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {projects.map((p) => (
            <li key={p.id}>
              <Card className="h-full">
                <Link href={`/projects/${p.id}`} className="text-lg font-semibold hover:text-brand-700 hover:underline">{p.title}</Link>
                <p className="text-sm text-muted">{[p.organization, p.period, p.role].filter(Boolean).join(" · ")}</p>
                {p.context ? <p className="mt-2 line-clamp-3 text-sm">{p.context}</p> : null}
                <p className="mt-3 text-sm">
                  <strong>{p.storyCount}</strong> {p.storyCount === 1 ? "story" : "stories"}, {p.readyCount} ready
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
