"use client";
// Writing comments: the composer for a new comment or reply, the editor of one's own comment, and the body field
// they share (length counted against COMMENT_MAX; the typed text stays after a refusal).
import { useId, useState, useTransition } from "react";
import { addCommentAction, editCommentAction } from "@/lib/actions/comments";
import type { CommentView } from "@/lib/server/comments";
import { COMMENT_MAX, type CommentSection } from "@/lib/domain/comments";
import { Button, inputClass } from "./ui";

export function CommentComposer({
  storyId,
  section,
  parentId,
  label,
  submitLabel,
  onDone,
}: {
  storyId: string;
  section: CommentSection;
  parentId?: string;
  label: string;
  submitLabel: string;
  onDone: () => void;
}) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldId = useId();

  function submit() {
    if (pending || body.trim() === "") return;
    setError(null);
    startTransition(async () => {
      const result = await addCommentAction({ storyId, section, body, parentId: parentId ?? null });
      if (result.ok) {
        setBody("");
        onDone();
      } else {
        setError(result.fieldErrors?.body?.join(" ") ?? result.message);
      }
    });
  }

  return (
    <div className="space-y-2">
      <BodyField id={fieldId} label={label} value={body} onChange={setBody} onSubmit={submit} error={error} autoFocus />
      <div className="flex gap-2">
        <Button type="button" onClick={submit} className="px-3 py-1.5 text-xs" disabled={pending || body.trim() === ""}>
          {pending ? "Posting…" : submitLabel}
        </Button>
        <Button type="button" variant="secondary" className="px-3 py-1.5 text-xs" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

export function CommentEditor({ comment, onDone }: { comment: CommentView; onDone: () => void }) {
  const [body, setBody] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldId = useId();

  function submit() {
    if (pending || body.trim() === "") return;
    setError(null);
    startTransition(async () => {
      const result = await editCommentAction({ id: comment.id, body });
      if (result.ok) onDone();
      else setError(result.fieldErrors?.body?.join(" ") ?? result.message);
    });
  }

  return (
    <div className="space-y-2">
      <BodyField id={fieldId} label="Edit your comment" value={body} onChange={setBody} onSubmit={submit} error={error} autoFocus />
      <div className="flex gap-2">
        <Button type="button" onClick={submit} className="px-3 py-1.5 text-xs" disabled={pending || body.trim() === ""}>
          {pending ? "Saving…" : "Save comment"}
        </Button>
        <Button type="button" variant="secondary" className="px-3 py-1.5 text-xs" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

function BodyField({
  id,
  label,
  value,
  onChange,
  onSubmit,
  error,
  autoFocus,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  /** Ctrl+Enter / ⌘+Enter posts (these fields can sit inside the story editor's form, so no <form> of their own). */
  onSubmit: () => void;
  error: string | null;
  autoFocus?: boolean;
}) {
  const over = value.length > COMMENT_MAX;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="text-xs font-medium text-ink">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSubmit();
          }
        }}
        rows={3}
        autoFocus={autoFocus}
        aria-invalid={over || !!error}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        className={`${inputClass} whitespace-pre-wrap`}
      />
      <p id={`${id}-count`} className={`text-xs ${over ? "text-bad" : "text-muted"}`}>
        {value.length.toLocaleString("en-US")} / {COMMENT_MAX.toLocaleString("en-US")} characters · Ctrl+Enter to post
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-bad">
          {error}
        </p>
      ) : null}
    </div>
  );
}
