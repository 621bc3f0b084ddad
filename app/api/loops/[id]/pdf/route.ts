// GET /api/loops/{id}/pdf: the loop sheet as a PDF, for the owner or a mentor with an active share (404 for anyone else).
import { attachment, errorResponse, getLoopSheet } from "@/lib/server/backup";
import { renderLoopSheetPdf } from "@/lib/export/pdf";
import { viewerOrThrow } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const viewer = await viewerOrThrow();
    const sheet = await getLoopSheet(viewer, id);
    const pdf = await renderLoopSheetPdf(sheet);
    return attachment(new Uint8Array(pdf), "application/pdf", sheet.fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
