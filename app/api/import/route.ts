// POST /api/import[?dryRun=1]: a star-bank backup (any readable version) as the JSON body, imported into the
// signed-in user's own bank, all or nothing. At most MAX_BACKUP_BYTES: Content-Length is checked first, then the
// bytes actually read. The proxy does not run here (it would cut the body at 10 MB), so this route sets the
// security headers itself.
import { importBank, tooLarge } from "@/lib/server/import-bank";
import { InputError, TooLargeError, UnsupportedMediaTypeError } from "@/lib/server/errors";
import { json, refusal, respond } from "@/lib/server/http";
import { API_POLICY, applySecurityHeaders, securityContext } from "@/lib/server/security";
import { viewerOrThrow } from "@/lib/server/viewer";
import { MAX_BACKUP_BYTES } from "@/lib/validation/backup";

export const dynamic = "force-dynamic";

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

function answer(request: Request): Promise<Response> {
  return respond(async () => {
    const viewer = await viewerOrThrow();
    const dryRun = ["1", "true"].includes(new URL(request.url).searchParams.get("dryRun") ?? "");
    const type = request.headers.get("content-type") ?? "";
    if (!/^application\/json\b/i.test(type)) throw new UnsupportedMediaTypeError("Send the backup as the request body with Content-Type: application/json.");
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_BACKUP_BYTES) throw new TooLargeError(tooLarge(declared).message);
    const body = await readBody(request, MAX_BACKUP_BYTES);
    if ("tooLarge" in body) throw new TooLargeError(tooLarge().message);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
    } catch {
      throw new InputError("The file is not UTF-8 text; a backup is a JSON file.");
    }
    const result = await importBank(viewer, text, { dryRun });
    if (!result.ok) throw refusal(result.status, result.errors);
    return json(result.dryRun ? { dryRun: true, created: result.created, duplicates: result.duplicates } : { created: result.created, loops: result.loops });
  });
}
