"use client";
// The STAR editor: the headline, sections with word counts and spoken time, principles, angles, metrics, the
// 30-second version, follow-ups,
// live quality checks (no round trip), Ctrl/Cmd+S, an unsaved draft kept in the browser across
// reloads, and a save that refuses to overwrite someone else's newer version. State lives in
// useStoryEditor; each part of the form is its own component under story-editor/.
import type { ReactNode } from "react";
import type { CommentSection } from "@/lib/domain/comments";
import type { PrincipleCode } from "@/lib/domain/types";
import type { EditableStory } from "@/lib/server/stories";
import { AnglesSection } from "./story-editor/angles";
import { EditorBanners } from "./story-editor/banners";
import { StoryChecks } from "./story-editor/checks";
import { FollowUpsSection } from "./story-editor/follow-ups";
import { HeadlineSection, ShortVersionSection } from "./story-editor/headline";
import { MetricsSection } from "./story-editor/metrics";
import { PrinciplesSection } from "./story-editor/principles";
import { SaveBar } from "./story-editor/save-bar";
import { StarSections, StoryHeaderFields } from "./story-editor/story-fields";
import { useStoryEditor } from "./story-editor/use-story-editor";

export function StoryEditor({
  initial,
  projects,
  barRaiserPrinciples,
  ownQuestions,
  sectionAside,
  plannedInBarRaiser = false,
}: {
  initial: EditableStory;
  projects: { id: string; title: string }[];
  barRaiserPrinciples: PrincipleCode[];
  ownQuestions: { id: string; text: string; principles: PrincipleCode[] }[];
  sectionAside?: Partial<Record<CommentSection, ReactNode>>;
  /** Planned in a bar-raiser round of one of the candidate's loops: follow-ups-missing asks two answered. */
  plannedInBarRaiser?: boolean;
}) {
  const editor = useStoryEditor(initial, barRaiserPrinciples, plannedInBarRaiser);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form
        aria-label="Story editor"
        onSubmit={(e) => {
          e.preventDefault();
          if (!editor.saving) void editor.save();
        }}
        className="space-y-5"
      >
        <EditorBanners editor={editor} storyId={initial.id} />
        <StoryHeaderFields editor={editor} projects={projects} />
        <HeadlineSection editor={editor} aside={sectionAside?.headline} />
        <StarSections editor={editor} sectionAside={sectionAside} />
        <PrinciplesSection editor={editor} />
        <AnglesSection editor={editor} />
        <MetricsSection editor={editor} aside={sectionAside?.metrics} />
        <ShortVersionSection editor={editor} aside={sectionAside?.shortVersion} />
        <FollowUpsSection editor={editor} aside={sectionAside?.followUps} />
        <SaveBar editor={editor} storyId={initial.id} />
      </form>
      <StoryChecks editor={editor} ownQuestions={ownQuestions} general={sectionAside?.general} />
    </div>
  );
}
