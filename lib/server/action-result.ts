// One mapping from thrown errors to what a form shows; unexpected errors are logged, never leaked.
import "server-only";
import { isDomainError } from "./errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; conflict?: boolean; notFound?: boolean };

export function failure(error: unknown): Extract<ActionResult, { ok: false }> {
  if (isDomainError(error)) {
    switch (error.kind) {
      case "input":
        // A schema's problems are shown next to their fields; a product rule's message says what to do.
        return { ok: false, message: error.fromSchema ? "Some fields need attention." : error.message, fieldErrors: error.fieldErrors };
      case "conflict":
        return { ok: false, message: error.message, conflict: true };
      case "not-found":
        return { ok: false, message: "That item does not exist or is not shared with you.", notFound: true };
      default:
        return { ok: false, message: error.message };
    }
  }
  console.error(error);
  return { ok: false, message: "Something went wrong on our side; nothing was saved. Please try again." };
}

/** Runs an action body and turns any thrown error into a failure result. */
export async function attempt<T>(fn: () => Promise<T>, message?: string): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn(), message };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    return failure(error);
  }
}

/** redirect() and notFound() work by throwing; they must pass through untouched. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
