import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink, Card } from "@/components/ui";
import { getEndedMentorship } from "@/lib/server/shares";
import { requireViewer } from "@/lib/server/viewer";
import { formatDay } from "../../format";

export const metadata: Metadata = { title: "Access ended" };

// Where a mentor lands from a stale page of a bank whose owner revoked their access: says so,
// with the date, instead of a bare "Page not found". Nobody else learns the account exists.
export default async function AccessEndedPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const viewer = await requireViewer(`/mentors/ended/${candidateId}`);
  const ended = await getEndedMentorship(viewer, candidateId);
  if (!ended) notFound();
  return (
    <Card className="mx-auto max-w-lg space-y-3 text-center">
      <h1 className="text-xl font-semibold">Your access to {ended.name}’s bank has ended</h1>
      <p className="text-sm text-muted">
        {ended.name} stopped sharing their bank with you on {formatDay(ended.endedAt)}. Your comments stay with their stories, but you can no
        longer read or comment. If you should still have access, ask {ended.name} for a new invite link.
      </p>
      <ButtonLink href="/mentors">Back to Mentors</ButtonLink>
    </Card>
  );
}
