import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteProjectButton } from "@/components/delete-project-button";
import { ProjectForm } from "@/components/project-form";
import { ButtonLink, Card, FormMessage, PageHeader } from "@/components/ui";
import { orNotFound } from "@/lib/server/not-found";
import { getProject } from "@/lib/server/projects";
import { listStoryRows } from "@/lib/server/stories";
import { requireViewer } from "@/lib/server/viewer";

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/projects/${id}`);
  const project = await orNotFound(getProject(viewer, id));
  if (project.ownerId !== viewer.id) notFound();
  const stories = (await listStoryRows(viewer)).filter((s) => s.projectId === id);
  const created = (await searchParams).created === "1";
  return (
    <>
      <PageHeader
        title={project.title}
        description={[project.organization, project.period].filter(Boolean).join(" · ")}
        actions={
          <>
            <ButtonLink href={`/stories/new?project=${id}`}>New story in this project</ButtonLink>
            <ButtonLink href={`/projects/${id}/deep-dive`} variant="secondary">Deep-dive worksheet</ButtonLink>
            <DeleteProjectButton id={id} title={project.title} storyCount={project.storyCount} />
          </>
        }
      />
      {created ? <div className="mb-4"><FormMessage tone="ok" message="Project created. Now write a story about it." /></div> : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Details</h2>
          <ProjectForm initial={{ id, title: project.title, organization: project.organization, period: project.period, context: project.context, role: project.role, scope: project.scope }} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Stories ({stories.length})</h2>
          {stories.length === 0 ? (
            <p className="text-sm text-muted">No stories yet. <Link className="text-brand-700 underline" href={`/stories/new?project=${id}`}>Write the first one</Link>.</p>
          ) : (
            <ul className="space-y-2">
              {stories.map((s) => (
                <li key={s.id} className="flex items-center justify-between gap-2 text-sm">
                  <Link href={`/stories/${s.id}`} className="text-brand-700 hover:underline">{s.title}</Link>
                  <span className="text-xs text-muted">{s.status} · {s.readiness}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
