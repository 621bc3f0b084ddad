import type { Metadata } from "next";
import { StoryMatrix } from "@/components/story-matrix";
import { EmptyState } from "@/components/ui";
import { buildMatrix } from "@/lib/domain/bank";
import { listStoriesForMatrix } from "@/lib/server/stories";
import { requireViewer } from "@/lib/server/viewer";
import { orNotFound } from "@/lib/server/not-found";
import { menteeOr404 } from "../mentee";

export const metadata: Metadata = { title: "Mentee's story matrix" };

export default async function MenteeMatrixPage({ params }: { params: Promise<{ candidateId: string }> }) {
  const { candidateId } = await params;
  const viewer = await requireViewer(`/mentors/candidates/${candidateId}/matrix`);
  const mentee = await menteeOr404(viewer, candidateId);
  const stories = await orNotFound(listStoriesForMatrix(viewer, candidateId));
  const rows = buildMatrix(stories);
  const gaps = rows.filter((r) => r.gap).length;
  return (
    <section aria-labelledby="matrix-heading" className="space-y-3">
      <h2 id="matrix-heading" className="text-lg font-semibold">Story matrix</h2>
      <p className="text-sm text-muted">
        The 16 Leadership Principles against {mentee.name}’s bank; target 2 ready stories each. {gaps} {gaps === 1 ? "principle is" : "principles are"} below
        target. ★ marks a primary principle.
      </p>
      {stories.length ? (
        <StoryMatrix rows={rows} hrefFor={(id) => `/mentors/candidates/${candidateId}/stories/${id}`} />
      ) : (
        <EmptyState title="No stories to map yet" />
      )}
    </section>
  );
}
