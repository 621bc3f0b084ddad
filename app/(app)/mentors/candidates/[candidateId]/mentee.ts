// Resolves the candidate a mentor page is about: NotFound (the 404 page) without an active share,
// and the candidate's own pages when they open their own mentor URL.
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { orNotFound } from "@/lib/server/not-found";
import { getMentee } from "@/lib/server/shares";
import type { Viewer } from "@/lib/server/viewer";

/** Once per request (the layout and the page both ask). */
export const menteeOr404 = cache(async (viewer: Viewer, candidateId: string) => {
  const mentee = await orNotFound(getMentee(viewer, candidateId));
  if (mentee.access === "owner") redirect("/stories");
  return mentee;
});
