import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { commentAsides } from "@/components/comment-asides";
import { StoryReadView } from "@/components/story-read-view";
import { listComments } from "@/lib/server/comments";
import { getStoryRehearsals } from "@/lib/server/rehearsals";
import { RehearsalHistory } from "@/components/rehearsal-history";
import { getStory } from "@/lib/server/stories";
import { requireViewer } from "@/lib/server/viewer";
import { orNotFound } from "@/lib/server/not-found";
import { menteeOr404 } from "../../mentee";

export const metadata: Metadata = { title: "Story (mentor view)" };

export default async function MenteeStoryPage({ params }: { params: Promise<{ candidateId: string; storyId: string }> }) {
  const { candidateId, storyId } = await params;
  const viewer = await requireViewer(`/mentors/candidates/${candidateId}/stories/${storyId}`);
  await menteeOr404(viewer, candidateId);
  const story = await orNotFound(getStory(viewer, storyId));
  if (story.ownerId !== candidateId) notFound();
  if (story.access === "owner") redirect(`/stories/${storyId}`);
  const [comments, history] = await Promise.all([orNotFound(listComments(viewer, storyId)), orNotFound(getStoryRehearsals(viewer, storyId))]);
  return (
    <div>
      <div className="mb-4">
        <h2 className="text-xl font-semibold">{story.title}</h2>
        <p className="text-sm text-muted">From {story.projectTitle}</p>
      </div>
      <StoryReadView story={story} sectionAside={commentAsides({ storyId, comments, viewer: { id: viewer.id, name: viewer.name }, canComment: true })} />
      <div className="mt-6">
        <RehearsalHistory stats={history.stats} rehearsals={history.rehearsals} />
      </div>
    </div>
  );
}
