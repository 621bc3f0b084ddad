// GET /api/loops/{id}/report: the loop report (DESIGN.md §3) for the owner or a mentor with an active share; 404 for anyone else.
import { isDomainError } from "@/lib/server/errors";
import { getLoopReport } from "@/lib/server/loops";
import { getViewer } from "@/lib/server/viewer";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };
const notFound = () => Response.json({ error: "Not found" }, { status: 404, headers: NO_STORE });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Signed out, a stranger or a revoked mentor all get the same answer: the loop does not exist for them.
  const viewer = await getViewer();
  if (!viewer) return notFound();
  try {
    return Response.json(await getLoopReport(viewer, id), { headers: NO_STORE });
  } catch (error) {
    if (isDomainError(error)) {
      if (error.kind === "not-found") return notFound();
      const status = { forbidden: 403, unauthorized: 401, conflict: 409, input: 400 }[error.kind];
      return Response.json({ error: error.message }, { status, headers: NO_STORE });
    }
    console.error(error);
    return Response.json({ error: "Something went wrong on our side." }, { status: 500, headers: NO_STORE });
  }
}
