// Typed domain errors thrown by lib/server and mapped once per kind of boundary: server actions in
// action-result.ts, route handlers in http.ts, pages in not-found.ts.
export class NotFoundError extends Error {
  readonly kind = "not-found" as const;
  constructor(message = "Not found") {
    super(message);
  }
}
export class ForbiddenError extends Error {
  readonly kind = "forbidden" as const;
  constructor(message = "You do not have permission to do that.") {
    super(message);
  }
}
export class UnauthorizedError extends Error {
  readonly kind = "unauthorized" as const;
  constructor(message = "Please sign in first.") {
    super(message);
  }
}
/** A write lost a race; `current` is what the other side saved, when the user should see it to compare. */
export class ConflictError<Current = unknown> extends Error {
  readonly kind = "conflict" as const;
  constructor(
    message: string,
    readonly current?: Current,
  ) {
    super(message);
  }
}
/**
 * The input was refused: by a zod schema (parseInput, `fromSchema`), or by a rule of the product. The message
 * is the first problem; `fieldErrors` holds every problem keyed by the field's path ("story.metrics.0.before").
 */
export class InputError extends Error {
  readonly kind = "input" as const;
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly fromSchema = false,
  ) {
    super(message);
  }
}
/** A request body over the limit. */
export class TooLargeError extends Error {
  readonly kind = "too-large" as const;
}
/** A request body in a format the handler does not read. */
export class UnsupportedMediaTypeError extends Error {
  readonly kind = "unsupported-media-type" as const;
}

export type DomainError =
  | NotFoundError
  | ForbiddenError
  | UnauthorizedError
  | ConflictError
  | InputError
  | TooLargeError
  | UnsupportedMediaTypeError;

export function isDomainError(e: unknown): e is DomainError {
  return (
    e instanceof NotFoundError ||
    e instanceof ForbiddenError ||
    e instanceof UnauthorizedError ||
    e instanceof ConflictError ||
    e instanceof InputError ||
    e instanceof TooLargeError ||
    e instanceof UnsupportedMediaTypeError
  );
}
