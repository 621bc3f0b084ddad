// GET /api/export: the signed-in user's own bank as a star-bank v1 JSON file (never anyone else's).
import { backupFileName, exportBank } from "@/lib/server/backup";
import { attachment, respond } from "@/lib/server/http";
import { viewerOrThrow } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(async () => {
    const viewer = await viewerOrThrow();
    const now = new Date();
    const doc = await exportBank(viewer, now);
    return attachment(JSON.stringify(doc, null, 2) + "\n", "application/json; charset=utf-8", backupFileName(now));
  });
}
