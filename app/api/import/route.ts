// POST /api/import[?dryRun=1]: a star-bank backup (any readable version) as the JSON body, imported into the
// signed-in user's own bank, all or nothing. At most MAX_BACKUP_BYTES: Content-Length is checked first, then the
// bytes actually read. The proxy does not run here (it would cut the body at 10 MB), so this route sets the
// security headers itself.
import { errorResponse, importBank, tooLarge } from "@/lib/server/backup";
import { API_POLICY, applySecurityHeaders, securityContext } from "@/lib/server/security";
import { viewerOrThrow } from "@/lib/server/viewer";
import { MAX_BACKUP_BYTES } from "@/lib/validation/backup";

export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" };
const refuse = (status: number, message: string) => Response.json({ errors: [{ path: "$", message }] }, { status, headers: NO_STORE });

/** Reads the body, giving up as soon as it passes `max` bytes (so a huge upload is never held in memory). */
async function readBody(request: Request, max: number): Promise<{ bytes: Uint8Array } | { tooLarge: true }> {
  const reader = request.body?.getReader();
  if (!reader) return { bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return { tooLarge: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return { bytes };
}

export async function POST(request: Request) {
  return applySecurityHeaders(await answer(request), API_POLICY, securityContext().https);
}

async function answer(request: Request): Promise<Response> {
  try {
    const viewer = await viewerOrThrow();
    const dryRun = ["1", "true"].includes(new URL(request.url).searchParams.get("dryRun") ?? "");
    const type = request.headers.get("content-type") ?? "";
    if (!/^application\/json\b/i.test(type)) return refuse(415, "Send the backup as the request body with Content-Type: application/json.");
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_BACKUP_BYTES) return Response.json({ errors: [tooLarge(declared)] }, { status: 413, headers: NO_STORE });
    const body = await readBody(request, MAX_BACKUP_BYTES);
    if ("tooLarge" in body) return Response.json({ errors: [tooLarge()] }, { status: 413, headers: NO_STORE });
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
    } catch {
      return refuse(400, "The file is not UTF-8 text; a backup is a JSON file.");
    }
    const result = await importBank(viewer, text, { dryRun });
    if (!result.ok) return Response.json({ errors: result.errors }, { status: result.status, headers: NO_STORE });
    const answer = result.dryRun
      ? { dryRun: true, created: result.created, duplicates: result.duplicates }
      : { created: result.created, loops: result.loops };
    return Response.json(answer, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}
