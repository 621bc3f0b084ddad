// The one mapping from thrown errors to what a server action answers (and so what a form shows). Every message a
// user sees for a kind of failure comes from ACTION_MESSAGES or from the error itself; unexpected errors are
// logged, never leaked.
import "server-only";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "./db-availability";
import { isDomainError } from "./errors";

export type ActionFailure<Current = undefined> = {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** A lost race: what the other side saved, so the user can compare before choosing. */
  conflict?: { current: Current };
  notFound?: boolean;
  /** Signed out meanwhile: the form keeps what was typed and can offer to sign in again. */
  sessionEnded?: true;
};

/** What every server action answers. `Current` is what a conflict hands back (the story editor's save does). */
export type ActionResult<T = undefined, Current = undefined> = { ok: true; data: T; message?: string } | ActionFailure<Current>;

export const ACTION_MESSAGES = {
  invalid: "Some fields need attention; nothing was saved.",
  notFound: "That item does not exist or is not shared with you.",
  unauthorized: "Your session has ended, so nothing was saved. Sign in again, then try once more: what you typed is kept in this browser.",
  unexpected: "Something went wrong on our side; nothing was saved. Please try again.",
  /** The database is unreachable (restarting, network): the same words as the 503 page. */
  unavailable: UNAVAILABLE_MESSAGE,
} as const;

export function failure<Current = undefined>(error: unknown): ActionFailure<Current> {
  if (isDomainError(error)) {
    switch (error.kind) {
      case "input":
        // A schema's problems are shown next to their fields; a product rule's message says what to do.
        return { ok: false, message: error.fromSchema ? ACTION_MESSAGES.invalid : error.message, fieldErrors: error.fieldErrors };
      case "conflict":
        // `current` is set by the data-access function that threw, which knows what it holds.
        return { ok: false, message: error.message, conflict: { current: error.current as Current } };
      case "not-found":
        return { ok: false, message: ACTION_MESSAGES.notFound, notFound: true };
      case "unauthorized":
        return { ok: false, message: ACTION_MESSAGES.unauthorized, sessionEnded: true };
      default:
        // Forbidden (and the request-body kinds, which only route handlers meet) say why in their own words.
        return { ok: false, message: error.message };
    }
  }
  if (isDatabaseUnavailable(error)) return { ok: false, message: ACTION_MESSAGES.unavailable };
  console.error(error);
  return { ok: false, message: ACTION_MESSAGES.unexpected };
}

/** Runs an action body and turns any thrown error into a failure result. */
export async function attempt<T, Current = undefined>(fn: () => Promise<T>, message?: string): Promise<ActionResult<T, Current>> {
  try {
    return { ok: true, data: await fn(), message };
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    return failure<Current>(error);
  }
}

/** redirect() and notFound() work by throwing; they must pass through untouched. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}
