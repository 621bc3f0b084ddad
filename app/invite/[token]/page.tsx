import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui";
import { inspectInvite } from "@/lib/server/shares";
import { getViewer } from "@/lib/server/viewer";
import { AcceptInviteForm } from "./accept-form";
import { acceptInviteAction } from "@/lib/actions/shares";

// The token is a secret: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Mentor invitation", referrer: "no-referrer", robots: { index: false, follow: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const viewer = await getViewer();
  const status = await inspectInvite(viewer, token);
  const here = `/invite/${token}`;
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <header className="mb-6">
        <Link href="/" className="text-xl font-semibold tracking-tight text-brand-700">★ StarLoop</Link>
      </header>
      <main id="main" tabIndex={-1} className="w-full max-w-md space-y-4 rounded-card border border-line bg-white p-6 shadow-sm">
        <h1 className="text-xl font-semibold">{status.ok ? "You are invited to mentor" : "This invitation cannot be used"}</h1>
        {!status.ok ? (
          <>
            <p role="alert" className="text-sm">{status.message}</p>
            <p className="text-sm text-muted">Nothing was shared and nothing changed.</p>
            <ButtonLink href={viewer ? "/mentors" : "/"} variant="secondary">{viewer ? "Go to Mentors" : "Go to StarLoop"}</ButtonLink>
          </>
        ) : status.alreadyMentor ? (
          <>
            <p className="text-sm">You already mentor <strong>{status.candidateName}</strong>.</p>
            <ButtonLink href={`/mentors/candidates/${status.candidateId}`}>Open {status.candidateName}’s bank</ButtonLink>
          </>
        ) : (
          <>
            <p className="text-sm">
              <strong>{status.candidateName}</strong> is preparing for interviews with StarLoop and asks you to read their story bank — stories, story
              matrix and interview loops — and comment on their stories. You can read and comment; you cannot change anything, and they can end your access at
              any time.
            </p>
            {viewer ? (
              <>
                <p className="text-sm text-muted">Signed in as {viewer.name} ({viewer.email}).</p>
                <AcceptInviteForm action={acceptInviteAction.bind(null, token)} />
              </>
            ) : (
              <>
                <p className="text-sm text-muted">Sign in or create a free account to accept. You will come back to this page.</p>
                <div className="flex flex-wrap gap-2">
                  <ButtonLink href={`/sign-up?next=${encodeURIComponent(here)}`}>Create an account</ButtonLink>
                  <ButtonLink href={`/sign-in?next=${encodeURIComponent(here)}`} variant="secondary">Sign in</ButtonLink>
                </div>
              </>
            )}
          </>
        )}
      </main>
    </div>
  );
}
