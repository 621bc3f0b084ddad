"use client";
// Comments beside one section of a story: threads (a comment and its replies; grouped by lib/domain/comments.ts),
// a composer (comment-composer.tsx), and each comment's own controls. Text is rendered as text with its line breaks, never as HTML.
import { useId, useState, useTransition } from "react";
import { deleteCommentAction, reopenCommentAction, resolveCommentAction } from "@/lib/actions/comments";
import type { CommentView } from "@/lib/server/comments";
import { COMMENT_SECTION_LABELS, splitThreads, type CommentSection } from "@/lib/domain/comments";
import { CommentComposer, CommentEditor } from "./comment-composer";
import { ConfirmButton } from "./confirm-button";
import { Badge, Button, inputClass } from "./ui";

export interface CommentViewer {
  id: string;
  name?: string;
}

const ROLE_LABEL: Record<CommentView["authorRole"], string> = {
  candidate: "Candidate",
  mentor: "Mentor",
  "former-mentor": "Former mentor",
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
function formatDate(iso: string) {
  return `${dateFormat.format(new Date(iso))} UTC`;
}

export function SectionComments({
  storyId,
  section,
  comments,
  viewer,
  canComment,
  canStart = canComment,
  headingLevel = 3,
}: {
  storyId: string;
  section: CommentSection;
  /** The story's comments (all sections, or only this one's). */
  comments: readonly CommentView[];
  viewer: CommentViewer;
  canComment: boolean;
  /** May start a new thread here (replies follow canComment). */
  canStart?: boolean;
  /** 3 beside a read view's section headings; 2 in the editor, whose sections are fields, not headings. */
  headingLevel?: 2 | 3;
}) {
  const label = COMMENT_SECTION_LABELS[section];
  const { threads, open, resolved } = splitThreads(comments, section);
  const [composing, setComposing] = useState(false);
  const headingId = useId();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (threads.length === 0 && !canStart) return null;
  return (
    <section aria-labelledby={threads.length ? headingId : undefined} aria-label={threads.length ? undefined : `Comments on ${label}`} className="space-y-2" data-comments-section={section}>
      {threads.length ? (
        <Heading id={headingId} className="flex items-center gap-2 text-xs font-semibold uppercase tracking-wide text-muted">
          {section === "general" ? "General comments" : `Comments on ${label}`}
          {open.length ? <Badge tone="warn">{open.length} open</Badge> : null}
        </Heading>
      ) : null}
      {open.map((t) => (
        <CommentThread key={t.root.id} root={t.root} replies={t.replies} viewer={viewer} canComment={canComment} />
      ))}
      {resolved.length ? (
        <details className="rounded-lg border border-line bg-slate-50 px-3 py-2 text-sm">
          <summary className="cursor-pointer text-muted">
            {resolved.length} resolved {resolved.length === 1 ? "thread" : "threads"}
          </summary>
          <div className="mt-2 space-y-2">
            {resolved.map((t) => (
              <CommentThread key={t.root.id} root={t.root} replies={t.replies} viewer={viewer} canComment={canComment} />
            ))}
          </div>
        </details>
      ) : null}
      {canStart ? (
        composing ? (
          <CommentComposer
            storyId={storyId}
            section={section}
            label={section === "general" ? "Your comment on the whole story" : `Your comment on ${label}`}
            submitLabel="Post comment"
            onDone={() => setComposing(false)}
          />
        ) : (
          <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setComposing(true)}>
            {section === "general" ? "Comment on the whole story" : `Comment on ${label}`}
          </Button>
        )
      ) : null}
    </section>
  );
}

export function CommentThread({
  root,
  replies,
  viewer,
  canComment,
}: {
  root: CommentView;
  replies: readonly CommentView[];
  viewer: CommentViewer;
  canComment: boolean;
}) {
  const [replying, setReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const resolved = root.resolvedAt !== null;

  function toggleResolved() {
    setError(null);
    startTransition(async () => {
      const result = resolved ? await reopenCommentAction(root.id) : await resolveCommentAction(root.id);
      if (!result.ok) setError(result.message);
    });
  }

  return (
    <article
      aria-label={`Comment thread started by ${root.authorName}`}
      className={`rounded-lg border border-line bg-white p-3 text-sm shadow-sm ${resolved ? "opacity-80" : ""}`}
    >
      <CommentItem comment={root} viewer={viewer} canComment={canComment} />
      {replies.length ? (
        <ol className="mt-2 space-y-2 border-l-2 border-line pl-3" aria-label="Replies">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentItem comment={r} viewer={viewer} canComment={canComment} />
            </li>
          ))}
        </ol>
      ) : null}
      {error ? <p role="alert" className="mt-2 text-xs text-bad">{error}</p> : null}
      <div className="mt-2 flex flex-wrap items-center gap-1">
        {resolved ? <Badge tone="ok">Resolved</Badge> : null}
        {canComment && !replying ? (
          <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setReplying(true)}>
            Reply
          </Button>
        ) : null}
        {canComment && root.canResolve ? (
          <Button type="button" variant="ghost" className="px-2 py-1 text-xs" disabled={pending} onClick={toggleResolved}>
            {pending ? (resolved ? "Reopening…" : "Resolving…") : resolved ? "Reopen" : "Resolve"}
          </Button>
        ) : null}
      </div>
      {replying ? (
        <div className="mt-2">
          <CommentComposer
            storyId={root.storyId}
            section={root.section}
            parentId={root.id}
            label={`Your reply to ${root.authorName}`}
            submitLabel="Post reply"
            onDone={() => setReplying(false)}
          />
        </div>
      ) : null}
    </article>
  );
}

function CommentItem({ comment, viewer, canComment }: { comment: CommentView; viewer: CommentViewer; canComment: boolean }) {
  const [editing, setEditing] = useState(false);
  const mine = comment.mine || comment.authorId === viewer.id;
  return (
    <div>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs text-muted">
        <span className="font-medium text-ink">{mine ? "You" : comment.authorName}</span>
        <Badge tone={comment.authorRole === "former-mentor" ? "neutral" : comment.authorRole === "mentor" ? "brand" : "ok"}>
          {ROLE_LABEL[comment.authorRole]}
        </Badge>
        <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
        {comment.edited ? <span>(edited)</span> : null}
      </p>
      {editing ? (
        <div className="mt-1">
          <CommentEditor comment={comment} onDone={() => setEditing(false)} />
        </div>
      ) : (
        <p className="mt-1 whitespace-pre-wrap break-words text-sm text-ink">{comment.body}</p>
      )}
      {mine && canComment && !editing ? (
        <div className="mt-1 flex gap-1">
          <Button type="button" variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <ConfirmButton
            label="Delete"
            variant="ghost"
            className="px-2 py-0.5 text-xs"
            title="Delete this comment?"
            body={<p>{comment.parentId ? "The reply is removed for everyone." : "The comment and any replies to it are removed for everyone."} This cannot be undone.</p>}
            confirmLabel="Delete comment"
            onConfirm={async () => {
              const result = await deleteCommentAction(comment.id);
              return result.ok ? null : result.message;
            }}
          />
        </div>
      ) : null}
    </div>
  );
}

