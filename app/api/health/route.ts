// Health for process supervisors: the database answers and every migration on disk is applied.
import { checkHealth } from "@/lib/server/health";
import { json, respond } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export function GET() {
  return respond(async () => {
    const health = await checkHealth();
    return json(health, health.ok ? 200 : 503);
  });
}
