// GET /api/export: the signed-in user's own bank as a star-bank v2 JSON file (never anyone else's).
import { backupFileName, backupText, exportBank } from "@/lib/server/backup";
import { attachment, respond } from "@/lib/server/http";
import { viewerOrThrow } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(async () => {
    const viewer = await viewerOrThrow();
    const now = new Date();
    const doc = await exportBank(viewer, now);
    return attachment(backupText(doc), "application/json; charset=utf-8", backupFileName(now));
  });
}
