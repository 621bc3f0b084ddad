// The one way a route handler under app/api/ answers: JSON (never cached), file downloads, and every thrown error
// mapped to its status once. Unexpected errors are logged here and answered with a generic message, no stack.
import "server-only";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "./db-availability";
import { InputError, isDomainError, TooLargeError, type DomainError } from "./errors";

const NO_STORE = { "cache-control": "no-store" };

export const HTTP_STATUS: Record<DomainError["kind"], number> = {
  input: 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-large": 413,
  "unsupported-media-type": 415,
};

export const HTTP_MESSAGES = {
  notFound: "Not found",
  unexpected: "Something went wrong on our side; nothing was changed.",
} as const;

/** One problem with the request, as the import contract answers it: `$` is the whole body. */
export interface RequestIssue {
  path: string;
  message: string;
}

/** A JSON answer that no cache keeps (every answer here is about one signed-in user). */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export function attachment(body: BodyInit, contentType: string, fileName: string): Response {
  return new Response(body, {
    headers: { "content-type": contentType, "content-disposition": `attachment; filename="${fileName}"`, ...NO_STORE },
  });
}

/** `{ error }` for every failure; refused input also lists `errors: [{ path, message }]`, one per problem. */
export function errorResponse(error: unknown): Response {
  if (isDomainError(error)) {
    const status = HTTP_STATUS[error.kind];
    // A missing id and one the viewer may not see get the same answer.
    if (error.kind === "not-found") return json({ error: HTTP_MESSAGES.notFound }, status);
    if (error.kind === "input" || error.kind === "too-large" || error.kind === "unsupported-media-type") {
      return json({ error: error.message, errors: issuesOf(error) }, status);
    }
    return json({ error: error.message }, status);
  }
  if (isDatabaseUnavailable(error)) {
    return Response.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers: { ...NO_STORE, "retry-after": "5" } });
  }
  console.error(error);
  return json({ error: HTTP_MESSAGES.unexpected }, 500);
}

function issuesOf(error: DomainError): RequestIssue[] {
  const fields = error.kind === "input" ? Object.entries(error.fieldErrors) : [];
  const issues = fields.flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
  return issues.length > 0 ? issues : [{ path: "$", message: error.message }];
}

/** A refusal a lib/server function answered as issues (import does) as the error this mapping knows. */
export function refusal(status: 400 | 413, issues: RequestIssue[]): InputError | TooLargeError {
  const message = issues[0]?.message ?? "The request cannot be read.";
  if (status === 413) return new TooLargeError(message);
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path] ??= []).push(issue.message);
  return new InputError(message, fieldErrors);
}

/** Runs a handler body; whatever it throws becomes the mapped error answer. */
export async function respond(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    return errorResponse(error);
  }
}
