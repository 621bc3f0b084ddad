import type { Metadata } from "next";
import { PracticeView } from "@/components/practice/practice-view";
import { loadPractice } from "@/lib/server/practice";
import { orNotFound } from "@/lib/server/not-found";
import { parseInput } from "@/lib/server/parse-input";
import { requireViewer } from "@/lib/server/viewer";
import { practiceQuerySchema } from "@/lib/validation/practice";
import { menteeOr404 } from "../mentee";

export const metadata: Metadata = { title: "Mock interview" };

// A mentor's mock interview: the same drill, asked on a call; the mentor times and rates, saved as rated by the mentor.
export default async function MockInterviewPage({ params, searchParams }: { params: Promise<{ candidateId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { candidateId } = await params;
  const base = `/mentors/candidates/${candidateId}/practice`;
  const viewer = await requireViewer(base);
  const mentee = await menteeOr404(viewer, candidateId);
  const query = parseInput(practiceQuerySchema, await searchParams);
  const data = await orNotFound(loadPractice(viewer, candidateId, query, new Date().toISOString().slice(0, 10)));
  return (
    <section aria-labelledby="mock-heading" className="space-y-3">
      <h2 id="mock-heading" className="text-lg font-semibold">Mock interview</h2>
      <p className="text-sm text-muted">
        Ask {mentee.name} a question on your call, pick the story they tell, time it and rate it. It is saved in {mentee.name}’s practice history as rated by you.
      </p>
      <PracticeView data={data} base={base} candidate={{ id: candidateId, name: mentee.name }} />
    </section>
  );
}
