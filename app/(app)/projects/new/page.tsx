import type { Metadata } from "next";
import { ProjectForm } from "@/components/project-form";
import { Card, PageHeader } from "@/components/ui";
import { requireViewer } from "@/lib/server/viewer";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  await requireViewer("/projects/new");
  return (
    <>
      <PageHeader title="New project" description="A project is a real piece of work your stories come from." />
      <Card className="max-w-2xl"><ProjectForm /></Card>
    </>
  );
}
