// Resolves the candidate a mentor page is about: NotFound (the 404 page) without an active share,
// the "access ended" page when there was one and it was revoked, and the candidate's own pages
// when they open their own mentor URL.
import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { getEndedMentorship, getMentee } from "@/lib/server/shares";
import type { Viewer } from "@/lib/server/viewer";

/** Once per request (the layout and the page both ask). */
export const menteeOr404 = cache(async (viewer: Viewer, candidateId: string) => {
  let mentee;
  try {
    mentee = await getMentee(viewer, candidateId);
  } catch (error) {
    if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
    if (await getEndedMentorship(viewer, candidateId)) redirect(`/mentors/ended/${candidateId}`);
    notFound();
  }
  if (mentee.access === "owner") redirect("/stories");
  return mentee;
});
