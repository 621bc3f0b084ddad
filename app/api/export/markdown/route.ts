// GET /api/export/markdown: the signed-in user's own bank as one Markdown file.
import { exportMarkdown, markdownFileName } from "@/lib/server/backup";
import { attachment, respond } from "@/lib/server/http";
import { viewerOrThrow } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(async () => {
    const viewer = await viewerOrThrow();
    const now = new Date();
    return attachment(await exportMarkdown(viewer, now), "text/markdown; charset=utf-8", markdownFileName(now));
  });
}
