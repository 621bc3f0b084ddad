// Resolves the candidate a mentor page is about: NotFound (the 404 page) without an active share,
// and the candidate's own pages when they open their own mentor URL.
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { NotFoundError } from "@/lib/server/errors";
import { getMentee } from "@/lib/server/shares";
import type { Viewer } from "@/lib/server/viewer";

/** Once per request (the layout and the page both ask). */
export const menteeOr404 = cache(async (viewer: Viewer, candidateId: string) => {
  const mentee = await getMentee(viewer, candidateId).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (mentee.access === "owner") redirect("/stories");
  return mentee;
});

/** Runs a read; a NotFoundError (revoked share, wrong id) becomes the 404 page. */
export async function or404<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}
