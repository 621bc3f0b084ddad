// GET /api/export/schema: the JSON Schema of the backup format this app writes (public: it holds no user data).
import { backupJsonSchema } from "@/lib/validation/backup-json-schema";

export const dynamic = "force-static";

export function GET() {
  return Response.json(backupJsonSchema(), { headers: { "cache-control": "public, max-age=3600" } });
}
