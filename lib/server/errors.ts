// Typed domain errors thrown by lib/server and mapped once per kind of boundary.
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
export class ConflictError extends Error {
  readonly kind = "conflict" as const;
  constructor(message: string) {
    super(message);
  }
}
/** A rule of the product refused the input (a field-level problem the user can fix). */
export class InputError extends Error {
  readonly kind = "input" as const;
  constructor(message: string, readonly fieldErrors: Record<string, string[]> = {}) {
    super(message);
  }
}

export type DomainError = NotFoundError | ForbiddenError | UnauthorizedError | ConflictError | InputError;

export function isDomainError(e: unknown): e is DomainError {
  return (
    e instanceof NotFoundError ||
    e instanceof ForbiddenError ||
    e instanceof UnauthorizedError ||
    e instanceof ConflictError ||
    e instanceof InputError
  );
}
