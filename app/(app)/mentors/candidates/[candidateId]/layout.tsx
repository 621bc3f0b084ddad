import Link from "next/link";
import { requireViewer } from "@/lib/server/viewer";
import { CandidateNav } from "./candidate-nav";
import { menteeOr404 } from "./mentee";

// The mentor's read-only window on one candidate's bank. Each page checks access again itself.
export default async function CandidateLayout({ children, params }: { children: React.ReactNode; params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const viewer = await requireViewer(`/mentors/candidates/${candidateId}`);
  const mentee = await menteeOr404(viewer, candidateId);
  const base = `/mentors/candidates/${candidateId}`;
  return (
    <div className="space-y-6">
      <div>
        <p className="mb-1 text-sm text-muted">
          <Link href="/mentors" className="hover:underline">Mentors</Link> / People you mentor
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{mentee.name}’s bank</h1>
        <p className="mt-1 text-sm text-muted">Read-only: you are {mentee.name}’s mentor. You can comment on stories and run mock interviews; only {mentee.name} can change the stories.</p>
      </div>
      <CandidateNav base={base} />
      {children}
    </div>
  );
}
