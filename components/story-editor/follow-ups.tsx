"use client";
// The follow-ups a Bar Raiser would dig with, each with the candidate's prepared answer: edit, remove (after a
// confirmation), add one's own, or add from the suggestions (follow-up-suggestions.tsx). At most 20 per story.
import { useState, type ReactNode } from "react";
import { countAnsweredFollowUps } from "@/lib/domain/quality";
import { FOLLOW_UP_ANSWER_MAX, FOLLOW_UP_QUESTION_MAX, MAX_FOLLOW_UPS } from "@/lib/domain/story-limits";
import type { FollowUp } from "@/lib/domain/types";
import { ConfirmButton } from "../confirm-button";
import { Badge, Button, Field, inputClass } from "../ui";
import { FollowUpSuggestions } from "./follow-up-suggestions";
import type { StoryEditorState } from "./use-story-editor";

export function FollowUpsSection({ editor, aside }: { editor: StoryEditorState; aside?: ReactNode }) {
  const { draft, update, fieldError } = editor;
  const [own, setOwn] = useState("");
  const full = draft.followUps.length >= MAX_FOLLOW_UPS;
  const answered = countAnsweredFollowUps(draft);

  const setFollowUp = (i: number, patch: Partial<FollowUp>) => update("followUps", draft.followUps.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  // The new follow-up's answer, so a keyboard user carries on typing there.
  const add = (f: FollowUp) => {
    if (full) return;
    const at = draft.followUps.length;
    update("followUps", [...draft.followUps, f]);
    window.setTimeout(() => document.getElementById(`fu-${at}-answer`)?.focus(), 0);
  };
  const addOwn = () => {
    const question = own.trim();
    if (!question) return;
    add({ question, answer: "", source: "own", suggestionKey: null });
    setOwn("");
  };

  return (
    <fieldset id="section-followUps" className="rounded-card border border-line bg-white p-4">
      <legend className="px-1 text-sm font-medium">Follow-ups</legend>
      <p className="mb-3 text-xs text-muted" aria-live="polite">
        The questions an interviewer would dig with, and your prepared answers: {draft.followUps.length}/{MAX_FOLLOW_UPS} ·{" "}
        {answered} answered. A story told to a Bar Raiser needs at least two answered.
      </p>
      {fieldError("followUps") ? <p role="alert" className="mb-2 text-sm text-bad">{fieldError("followUps")?.join(" ")}</p> : null}
      {draft.followUps.length === 0 ? <p className="mb-2 text-sm text-muted">No follow-ups yet. Start from a suggestion below, or write your own.</p> : null}
      <ol className="space-y-3" aria-label="Follow-ups on this story">
        {draft.followUps.map((f, i) => {
          const n = i + 1;
          const qErrors = fieldError(`followUps.${i}.question`);
          return (
            <li key={i} className="rounded-lg border border-line p-3">
              <div className="flex items-start gap-2">
                <div className="min-w-0 flex-1 space-y-2">
                  <Field label={`Follow-up ${n} question`} htmlFor={`fu-${i}-question`} errors={qErrors} aside={f.source === "suggested" ? <Badge>suggested</Badge> : null}>
                    <input
                      id={`fu-${i}-question`}
                      value={f.question}
                      maxLength={FOLLOW_UP_QUESTION_MAX}
                      onChange={(e) => setFollowUp(i, { question: e.target.value })}
                      className={inputClass}
                      aria-invalid={!!qErrors}
                    />
                  </Field>
                  <Field label={`Follow-up ${n} answer`} htmlFor={`fu-${i}-answer`} errors={fieldError(`followUps.${i}.answer`)}>
                    <textarea
                      id={`fu-${i}-answer`}
                      rows={2}
                      value={f.answer}
                      maxLength={FOLLOW_UP_ANSWER_MAX}
                      placeholder="Your answer, in the first person, with the number if there is one."
                      onChange={(e) => setFollowUp(i, { answer: e.target.value })}
                      className={`${inputClass} field-sizing-content max-h-64`}
                    />
                  </Field>
                </div>
                <ConfirmButton
                  variant="ghost"
                  className="mt-6"
                  label={<>Remove<span className="sr-only"> follow-up {n}</span></>}
                  title="Remove this follow-up?"
                  body={<>“{f.question || "Untitled question"}”{f.answer.trim() ? " and its answer" : ""} will be removed when you save the story.</>}
                  confirmLabel="Remove"
                  onConfirm={async () => update("followUps", draft.followUps.filter((_, j) => j !== i))}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <Field label="Your own follow-up question" htmlFor="story-followUps" hint={full ? `At most ${MAX_FOLLOW_UPS} follow-ups; remove one to add another.` : undefined}>
            <input
              id="story-followUps"
              value={own}
              maxLength={FOLLOW_UP_QUESTION_MAX}
              disabled={full}
              onChange={(e) => setOwn(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addOwn();
                }
              }}
              className={inputClass}
            />
          </Field>
        </div>
        <Button type="button" variant="secondary" disabled={full || !own.trim()} onClick={addOwn}>
          Add question
        </Button>
      </div>
      <FollowUpSuggestions editor={editor} onAdd={add} full={full} />
      {aside ? <div className="mt-3">{aside}</div> : null}
    </fieldset>
  );
}
