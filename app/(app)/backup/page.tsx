// Backup & export: download the whole bank as a JSON backup or as Markdown, and import a backup with a preview.
import type { Metadata } from "next";
import { ImportBackup } from "@/components/import-backup";
import { buttonClass, Card, PageHeader } from "@/components/ui";
import { getBankCounts } from "@/lib/server/backup";
import { requireViewer } from "@/lib/server/viewer";
import { MAX_BACKUP_BYTES } from "@/lib/validation/backup";

export const metadata: Metadata = { title: "Backup & export" };

const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;

export default async function BackupPage() {
  const viewer = await requireViewer("/backup");
  const bank = await getBankCounts(viewer);
  return (
    <>
      <PageHeader
        title="Backup & export"
        description={`Your bank holds ${n(bank.projects, "project", "projects")}, ${n(bank.stories, "story", "stories")}, ${n(bank.questions, "question", "questions")} of your own, ${n(bank.loops, "loop", "loops")} and ${n(bank.rehearsals, "rehearsal", "rehearsals")}. Downloads contain only your own bank, never banks shared with you.`}
      />
      <div className="grid items-start gap-6 md:grid-cols-2">
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Download</h2>
          <p className="text-sm text-muted">
            The JSON backup holds every project, story, question of your own and loop (with its plan) in the open{" "}
            <a href="/api/export/schema" className="underline">
              star-bank format
            </a>
            ; import it here (or into another account) to restore it. The Markdown file is for reading and sharing.
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
