// Puts a story's comments beside each of its sections: the `sectionAside` prop that StoryReadView
// and StoryEditor accept, one <SectionComments> per section plus a card for general comments.
// In the owner's own editor the "Comment on …" buttons only appear once there is someone to talk
// to (an active mentor) or a comment already, and a line says what comments are for.
import Link from "next/link";
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
  owner,
}: {
  storyId: string;
  comments: readonly CommentView[];
  viewer: CommentViewer;
  canComment: boolean;
  /** Set on the candidate's own story: whether anyone mentors them now. */
  owner?: { hasMentors: boolean };
}): Partial<Record<CommentSection, ReactNode>> {
  const out: Partial<Record<CommentSection, ReactNode>> = {};
  const canStart = canComment && (!owner || owner.hasMentors || comments.length > 0);
  for (const section of COMMENT_SECTIONS) {
    const here = comments.filter((c) => c.section === section);
    if (!canStart && here.length === 0) continue;
    const node = <SectionComments storyId={storyId} section={section} comments={here} viewer={viewer} canComment={canComment} canStart={canStart} headingLevel={owner ? 2 : 3} />;
    out[section] = section === "general" ? <Card>{owner ? <OwnerHint /> : null}{node}</Card> : node;
  }
  if (owner && !out.general) {
    out.general = (
      <Card>
        <h2 className="font-semibold">Comments</h2>
        <p className="mt-1 text-sm text-muted">
          Mentors you invite can comment beside each section, and you can reply. <Link href="/mentors" className="text-brand-700 underline">Invite a mentor</Link>
        </p>
      </Card>
    );
  }
  return out;
}

function OwnerHint() {
  return <p className="mb-2 text-xs text-muted">“Comment on …” buttons beside each section add notes for yourself or your mentors; mentors see them and can reply.</p>;
}
