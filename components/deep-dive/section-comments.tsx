"use client";
// Comments beside one section of a deep-dive: threads (a comment and its replies), resolve/reopen, delete one's own,
// and a composer. Text is rendered as text, never as HTML.
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { addDeepDiveCommentAction, deleteDeepDiveCommentAction, resolveDeepDiveCommentAction } from "@/lib/actions/deep-dive-comments";
import { COMMENT_MAX } from "@/lib/domain/comments";
import type { DeepDiveCommentSection } from "@/lib/domain/deep-dive";
import type { DeepDiveCommentView } from "@/lib/server/deep-dive-comments";
import { ConfirmButton } from "../confirm-button";
import { Badge, Button, inputClass } from "../ui";

const ROLE: Record<DeepDiveCommentView["authorRole"], string> = { candidate: "Candidate", mentor: "Mentor", "former-mentor": "Former mentor" };

function Composer({ label, onSend, onCancel }: { label: string; onSend: (body: string) => Promise<string | null>; onCancel: () => void }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-xs font-medium">{label}</label>
      <textarea id={id} rows={2} maxLength={COMMENT_MAX} value={body} onChange={(e) => setBody(e.target.value)} className={inputClass} />
      {error ? <p role="alert" className="text-sm text-bad">{error}</p> : null}
      <div className="flex gap-2">
        <Button
          type="button"
          aria-disabled={pending}
          onClick={() =>
            start(async () => {
              const failed = await onSend(body);
              setError(failed);
              if (!failed) setBody("");
            })
          }
        >
          {pending ? "Sending…" : "Send"}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}

export function DeepDiveSectionComments({
  projectId,
  section,
  label,
  comments,
  canStart,
}: {
  projectId: string;
  section: DeepDiveCommentSection;
  label: string;
  comments: readonly DeepDiveCommentView[];
  /** A new thread needs a saved deep-dive. */
  canStart: boolean;
}) {
  const router = useRouter();
  const [composing, setComposing] = useState<string | null>(null); // "new" or a root id
  const roots = comments.filter((c) => c.section === section && c.parentId === null);
  if (roots.length === 0 && !canStart) return null;
  const send = async (body: string, parentId: string | null) => {
    const result = await addDeepDiveCommentAction({ projectId, section, body, parentId });
    if (!result.ok) return result.message;
    setComposing(null);
    router.refresh();
    return null;
  };
  const act = async (run: () => Promise<{ ok: boolean; message?: string }>) => {
    const result = await run();
    router.refresh();
    return result.ok ? undefined : result.message;
  };
  return (
    <section aria-label={`Comments on ${label}`} className="space-y-2 text-sm" data-comments-section={section}>
      {roots.map((root) => {
        const replies = comments.filter((c) => c.parentId === root.id);
        return (
          <article key={root.id} className={`rounded-lg border p-2 ${root.resolvedAt ? "border-line opacity-70" : "border-amber-300 bg-amber-50/40"}`}>
            {[root, ...replies].map((c) => (
              <div key={c.id} className={c.parentId ? "ml-4 mt-2" : ""}>
                <p className="text-xs text-muted">
                  <span className="font-medium text-ink">{c.authorName}</span> · {ROLE[c.authorRole]}
                  {c.id === root.id && root.resolvedAt ? <> · <Badge tone="ok">Resolved</Badge></> : null}
                </p>
                <p className="whitespace-pre-wrap">{c.body}</p>
                {c.mine ? (
                  <ConfirmButton
                    label={`Delete comment`}
                    title="Delete this comment?"
                    body={<p>{c.parentId ? "The reply is deleted." : "The comment and its replies are deleted."}</p>}
                    confirmLabel="Delete"
                    variant="ghost"
                    onConfirm={() => act(() => deleteDeepDiveCommentAction(c.id))}
                  />
                ) : null}
              </div>
            ))}
            <div className="mt-2 flex flex-wrap gap-2">
              {root.canResolve ? (
                <Button type="button" variant="ghost" onClick={() => void act(() => resolveDeepDiveCommentAction(root.id, !root.resolvedAt))}>
                  {root.resolvedAt ? "Reopen" : "Resolve"}
                </Button>
              ) : null}
              {composing === root.id ? null : (
                <Button type="button" variant="ghost" onClick={() => setComposing(root.id)}>Reply</Button>
              )}
            </div>
            {composing === root.id ? <Composer label={`Reply on ${label}`} onSend={(b) => send(b, root.id)} onCancel={() => setComposing(null)} /> : null}
          </article>
        );
      })}
      {canStart ? (
        composing === "new" ? (
          <Composer label={`Comment on ${label}`} onSend={(b) => send(b, null)} onCancel={() => setComposing(null)} />
        ) : (
          <button type="button" className="text-xs text-brand-700 underline" onClick={() => setComposing("new")}>
            Comment on {label}
          </button>
        )
      ) : null}
    </section>
  );
}
