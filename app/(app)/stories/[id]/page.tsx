import type { Metadata } from "next";
import Link from "next/link";
import { commentAsides } from "@/components/comment-asides";
import { StoryEditor } from "@/components/story-editor";
import { StoryReadView } from "@/components/story-read-view";
import { ButtonLink, PageHeader } from "@/components/ui";
import { MarkCommentsRead } from "@/components/mark-comments-read";
import { activeMentorIds, listComments, unreadCommentCounts } from "@/lib/server/comments";
import { orNotFound } from "@/lib/server/not-found";
import { listProjectTitles } from "@/lib/server/projects";
import { listOwnQuestions } from "@/lib/server/questions";
import { getStoryRehearsals } from "@/lib/server/rehearsals";
import { RehearsalHistory } from "@/components/rehearsal-history";
import { barRaiserPrinciples, getStory, isPlannedInBarRaiser, toEditable } from "@/lib/server/stories";
import { requireViewer } from "@/lib/server/viewer";

export const metadata: Metadata = { title: "Story" };

export default async function StoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/stories/${id}`);
  const story = await orNotFound(getStory(viewer, id));
  const [comments, history] = await Promise.all([
    listComments(viewer, id, { candidateId: story.ownerId, access: story.access }),
    getStoryRehearsals(viewer, id),
  ]);
  if (story.access === "mentor") {
    return (
      <>
        <PageHeader title={story.title} description={`From ${story.projectTitle} · read-only: you are a mentor on this bank`} />
        <StoryReadView story={story} sectionAside={commentAsides({ storyId: id, comments, viewer: { id: viewer.id, name: viewer.name }, canComment: true })} />
        <div className="mt-6">
          <RehearsalHistory stats={history.stats} rehearsals={history.rehearsals} />
        </div>
      </>
    );
  }
  const [projects, barRaiser, ownQuestions, unread, mentors, inBarRaiser] = await Promise.all([
    listProjectTitles(viewer),
    barRaiserPrinciples(viewer),
    listOwnQuestions(viewer),
    unreadCommentCounts(viewer),
    activeMentorIds(viewer.id),
    isPlannedInBarRaiser(viewer, id),
  ]);
  const asides = commentAsides({ storyId: id, comments, viewer: { id: viewer.id, name: viewer.name }, canComment: true, owner: { hasMentors: mentors.length > 0 } });
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted">
        <Link href="/stories" className="hover:underline">Stories</Link> / <Link href={`/projects/${story.projectId}`} className="hover:underline">{story.projectTitle}</Link>
      </nav>
      <PageHeader title={story.title} actions={<ButtonLink variant="secondary" href={`/stories/${id}/print`}>Print</ButtonLink>} />
      {unread.has(id) ? <MarkCommentsRead storyId={id} /> : null}
      <StoryEditor
        initial={toEditable(story)}
        projects={projects}
        barRaiserPrinciples={barRaiser}
        ownQuestions={ownQuestions}
        sectionAside={asides}
        plannedInBarRaiser={inBarRaiser}
      />
      <div className="mt-6">
        <RehearsalHistory stats={history.stats} rehearsals={history.rehearsals} practiceHref={`/practice?story=${encodeURIComponent(id)}`} />
      </div>
    </>
  );
}
