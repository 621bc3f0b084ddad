import type { Metadata } from "next";
import { NewStoryForm } from "@/components/new-story-form";
import { ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { listProjects } from "@/lib/server/projects";
import { requireViewer } from "@/lib/server/viewer";

export const metadata: Metadata = { title: "New story" };

export default async function NewStoryPage({ searchParams }: { searchParams: Promise<{ project?: string }> }) {
  const viewer = await requireViewer("/stories/new");
  const projects = await listProjects(viewer);
  const { project } = await searchParams;
  return (
    <>
      <PageHeader title="New story" description="Give it a working title and pick the project it comes from; you write the STAR sections next." />
      {projects.length === 0 ? (
        <EmptyState title="Add a project first" action={<ButtonLink href="/projects/new">Add a project</ButtonLink>}>
          <p>Every story belongs to a project, so the planner can tell when two rounds would hear about the same one.</p>
        </EmptyState>
      ) : (
        <Card className="max-w-xl">
          <NewStoryForm projects={projects.map((p) => ({ id: p.id, title: p.title }))} defaultProjectId={projects.some((p) => p.id === project) ? project : projects[0].id} />
        </Card>
      )}
    </>
  );
}
