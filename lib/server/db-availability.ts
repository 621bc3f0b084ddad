// Is the database there? Every query's outcome says so: a connection failure marks it down (and starts a
// probe, SELECT 1 every PROBE_MS, until it answers), any success marks it up. While it is down the proxy answers
// page loads and API reads with 503 at once (lib/server/unavailable.ts), and handlers and actions that meet the
// error map it to 503 / "try again" instead of a generic server error. Nothing to restart: when the database
// returns, the next query (or the probe) finds it and requests are served again.
// Per process, in globalThis (the proxy and the routes share it); no engine-specific code beyond error shapes.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const PROBE_MS = 1000;

interface State {
  downSince: number | null;
  reason: string;
  probe: (() => Promise<unknown>) | null;
  timer: ReturnType<typeof setInterval> | null;
}

const g = globalThis as unknown as { starloopDatabaseState?: State };
const state: State = (g.starloopDatabaseState ??= { downSince: null, reason: "", probe: null, timer: null });

/** Prisma's codes for "cannot reach / lost the server / pool exhausted", and the driver adapters' error kinds. */
const CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "SQLITE_BUSY", "SQLITE_CANTOPEN", "SQLITE_IOERR"]);
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TlsConnectionError", "DatabaseDoesNotExist", "AuthenticationFailed"]);
const MESSAGE =
  /can't reach database server|connection terminated|server has closed the connection|terminating connection|the database system is (starting up|shutting down|in recovery)|timeout exceeded when trying to connect|connect ECONNREFUSED|Connection refused|database is locked|DatabaseNotReachable|ConnectionClosed|SocketTimeout/i;

/** True when `error` (or its cause) says the database could not be reached or dropped the connection. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  if (typeof e.code === "string" && CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && CODES.has(e.originalCode)) return true;
  if (typeof e.kind === "string" && KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGE.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

export function databaseIsDown(): boolean {
  return state.downSince !== null;
}

export function databaseStatus(): { up: boolean; downSince: string | null; reason: string } {
  return { up: state.downSince === null, downSince: state.downSince === null ? null : new Date(state.downSince).toISOString(), reason: state.reason };
}

function markDown(error: unknown) {
  if (state.downSince === null) {
    state.downSince = Date.now();
    state.reason = error instanceof Error ? error.message.split("\n")[0].slice(0, 200) : String(error);
    console.error(`[database] unavailable: ${state.reason}; answering 503 until it is back`);
  }
  if (!state.timer && state.probe) {
    const probe = state.probe;
    state.timer = setInterval(() => void probe().catch(() => {}), PROBE_MS);
    state.timer.unref?.();
  }
}

function markUp() {
  if (state.downSince === null) return;
  console.error(`[database] back after ${Math.round((Date.now() - state.downSince) / 1000)} s`);
  state.downSince = null;
  state.reason = "";
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
}

function observe<T>(promise: Promise<T>): Promise<T> {
  return promise.then(
    (value) => {
      markUp();
      return value;
    },
    (error) => {
      if (isDatabaseUnavailable(error)) markDown(error);
      throw error;
    },
  );
}

/** Watches every query the client sends (model queries, raw queries, transactions) and arms the probe. */
export function watchDatabase(client: PrismaClient): PrismaClient {
  state.probe = () => observe(client.$queryRawUnsafe("SELECT 1"));
  return client.$extends({
    query: {
      $allOperations({ args, query }) {
        return observe(query(args));
      },
    },
  }) as unknown as PrismaClient;
}

export const UNAVAILABLE_MESSAGE = "StarLoop cannot reach its database right now; nothing was changed. Try again in a moment.";
const RETRY_AFTER_S = 5;

/** The proxy's answer while the database is down: a small page that retries by itself, or JSON for the API. */
export function unavailableResponse(kind: "page" | "api"): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_S), "Cache-Control": "no-store" };
  if (kind === "api") return Response.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="${RETRY_AFTER_S}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable · StarLoop</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Back in a moment</h1><p>${UNAVAILABLE_MESSAGE}</p><p>This page reloads by itself every ${RETRY_AFTER_S} seconds; what you typed in the story editor stays in this browser.</p></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
