// GET /api/loops/{id}/pdf: the loop sheet as a PDF, for the owner or a mentor with an active share (404 for anyone else).
import { getLoopSheet } from "@/lib/server/backup";
import { renderLoopSheetPdf } from "@/lib/export/pdf";
import { attachment, respond } from "@/lib/server/http";
import { viewerOrThrow } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { id } = await params;
    const viewer = await viewerOrThrow();
    const sheet = await getLoopSheet(viewer, id);
    const pdf = await renderLoopSheetPdf(sheet);
    return attachment(new Uint8Array(pdf), "application/pdf", sheet.fileName);
  });
}
