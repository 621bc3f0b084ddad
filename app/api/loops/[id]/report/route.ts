// GET /api/loops/{id}/report: the loop report (DESIGN.md §3) for the owner or a mentor with an active share; 404 for anyone else.
import { NotFoundError } from "@/lib/server/errors";
import { json, respond } from "@/lib/server/http";
import { getLoopReport } from "@/lib/server/loops";
import { getViewer } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { id } = await params;
    // Signed out, a stranger or a revoked mentor all get the same answer: the loop does not exist for them.
    const viewer = await getViewer();
    if (!viewer) throw new NotFoundError();
    return json(await getLoopReport(viewer, id));
  });
}
