import type { Metadata } from "next";
import { StoryMatrix } from "@/components/story-matrix";
import { ButtonLink, EmptyState, PageHeader } from "@/components/ui";
import { buildMatrix } from "@/lib/domain/bank";
import { listStoriesForMatrix } from "@/lib/server/stories";
import { requireViewer } from "@/lib/server/viewer";

export const metadata: Metadata = { title: "Story matrix" };

export default async function MatrixPage() {
  const viewer = await requireViewer("/matrix");
  const stories = await listStoriesForMatrix(viewer);
  const rows = buildMatrix(stories);
  const gaps = rows.filter((r) => r.gap).length;
  return (
    <>
      <PageHeader
        title="Story matrix"
        description={`The 16 Leadership Principles against your bank. Aim for 2 ready stories each; ${gaps} ${gaps === 1 ? "principle is" : "principles are"} below target. ★ marks a primary principle.`}
      />
      {stories.length === 0 ? (
        <EmptyState title="No stories to map yet" action={<ButtonLink href="/stories/new">Write a story</ButtonLink>}>
          <p>Once your stories are tagged with principles, this matrix shows where your bank is deep and where it has gaps.</p>
        </EmptyState>
      ) : (
        <StoryMatrix rows={rows} hrefFor={(id) => `/stories/${id}`} />
      )}
    </>
  );
}
