// The one way a page turns "missing" and "not yours" into Next's 404 page (the two look the same to a visitor).
import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "./errors";

/** What the read resolves to; a NotFoundError or ForbiddenError becomes the not-found page, anything else is rethrown. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}
