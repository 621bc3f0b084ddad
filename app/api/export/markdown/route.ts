// GET /api/export/markdown: the signed-in user's own bank as one Markdown file.
import { attachment, errorResponse, exportMarkdown, markdownFileName } from "@/lib/server/backup";
import { viewerOrThrow } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const viewer = await viewerOrThrow();
    const now = new Date();
    return attachment(await exportMarkdown(viewer, now), "text/markdown; charset=utf-8", markdownFileName(now));
  } catch (error) {
    return errorResponse(error);
  }
}
