// Backup & export: download the whole bank as a JSON backup or as Markdown, and import a backup with a preview.
import type { Metadata } from "next";
import { ImportBackup } from "@/components/import-backup";
import { buttonClass, Card, PageHeader } from "@/components/ui";
import { listLoops } from "@/lib/server/loops";
import { listProjects } from "@/lib/server/projects";
import { requireViewer } from "@/lib/server/viewer";
import { MAX_BACKUP_BYTES } from "@/lib/validation/backup";

export const metadata: Metadata = { title: "Backup & export" };

const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;

export default async function BackupPage() {
  const viewer = await requireViewer("/backup");
  const [projects, loops] = await Promise.all([listProjects(viewer), listLoops(viewer)]);
  const stories = projects.reduce((sum, p) => sum + p.storyCount, 0);
  return (
    <>
      <PageHeader
        title="Backup & export"
        description={`Your bank holds ${n(projects.length, "project", "projects")}, ${n(stories, "story", "stories")} and ${n(loops.length, "loop", "loops")}. Downloads contain only your own bank, never banks shared with you.`}
      />
      <div className="grid items-start gap-6 md:grid-cols-2">
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Download</h2>
          <p className="text-sm text-muted">
            The JSON backup holds every project, story and loop in the open star-bank format; import it here (or into another
            account) to restore it. The Markdown file is for reading and sharing.
          </p>
          <div className="flex flex-wrap gap-2">
            <a href="/api/export" download className={buttonClass("primary")}>
              Download JSON backup
            </a>
            <a href="/api/export/markdown" download className={buttonClass("secondary")}>
              Download Markdown
            </a>
          </div>
        </Card>
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Import a backup</h2>
          <ImportBackup maxBytes={MAX_BACKUP_BYTES} />
        </Card>
      </div>
    </>
  );
}
