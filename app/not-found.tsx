// Every unknown address, and every item that is not the viewer's or not shared with them: says what
// happened and offers the two ways on. Rendered per request, never prerendered: Next.js puts the CSP
// nonce on its scripts only while rendering a request (a build-time page has none, and the CSP blocks it).
import { connection } from "next/server";
import { ButtonLink } from "@/components/ui";

export default async function NotFound() {
  await connection();
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-muted">
        This page does not exist, or it is not shared with you (a mentor&apos;s access ends when the candidate revokes it).
        Check the address, or go on from here.
      </p>
      <div className="mt-6 flex gap-3">
        <ButtonLink href="/stories">Go to your stories</ButtonLink>
        <ButtonLink href="/" variant="secondary">Go to the home page</ButtonLink>
      </div>
    </main>
  );
}
