// Puts a story's comments beside each of its sections: the `sectionAside` prop that StoryReadView
// and StoryEditor accept, one <SectionComments> per section plus a card for general comments.
import type { ReactNode } from "react";
import type { CommentView } from "@/lib/server/comments";
import { COMMENT_SECTIONS, type CommentSection } from "@/lib/domain/comments";
import { SectionComments, type CommentViewer } from "./comment-thread";
import { Card } from "./ui";

export function commentAsides({
  storyId,
  comments,
  viewer,
  canComment,
}: {
  storyId: string;
  comments: readonly CommentView[];
  viewer: CommentViewer;
  canComment: boolean;
}): Partial<Record<CommentSection, ReactNode>> {
  const out: Partial<Record<CommentSection, ReactNode>> = {};
  for (const section of COMMENT_SECTIONS) {
    const here = comments.filter((c) => c.section === section);
    if (!canComment && here.length === 0) continue;
    const node = <SectionComments storyId={storyId} section={section} comments={here} viewer={viewer} canComment={canComment} />;
    out[section] = section === "general" ? <Card>{node}</Card> : node;
  }
  return out;
}
