// Who is asking: the signed-in user, resolved once per request from the session cookie.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInPath } from "@/lib/validation/redirect";
import { auth } from "./auth";
import { UnauthorizedError } from "./errors";

export interface Viewer {
  id: string;
  email: string;
  name: string;
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
});

/** For pages: the viewer, or a redirect to sign-in that comes back to `next`. */
export async function requireViewer(next?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(next ? signInPath(next) : "/sign-in");
  return viewer;
}

/** For server actions and route handlers: the viewer, or an UnauthorizedError. */
export async function viewerOrThrow(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new UnauthorizedError();
  return viewer;
}
