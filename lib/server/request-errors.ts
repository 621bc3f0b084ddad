// One server-log line per failed request, carrying the reference (Next's error digest) that the error
// screen shows, so a person's "Reference: 123" leads to the right line.
import "server-only";
import type { Instrumentation } from "next";
import { errorReference } from "@/lib/domain/error-reference";

type Args = Parameters<Instrumentation.onRequestError>;
const MAX_ERROR_CHARS = 500;

/**
 * `reference=<digest> route=<file route> type=<render|route|action|proxy> <METHOD>: <error>` on one line.
 * The route is the file pattern (/invite/[token]), never the concrete path, which can carry invite tokens.
 */
export function describeRequestError(error: unknown, request: Args[1], context: Args[2]): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const oneLine = text.replace(/\s+/g, " ").trim().slice(0, MAX_ERROR_CHARS);
  return `[request-error] reference=${errorReference(error) ?? "none"} route=${context.routePath} type=${context.routeType} ${request.method}: ${oneLine}`;
}
