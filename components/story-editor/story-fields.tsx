"use client";
// Title, project and status, then the five STAR sections with word counts and their comments beside them.
import type { ReactNode } from "react";
import { countWords } from "@/lib/domain/text";
import { readyBlockedShort } from "@/lib/domain/quality";
import { SECTION_MAX, TITLE_MAX } from "@/lib/domain/story-limits";
import type { Section, StoryStatus } from "@/lib/domain/types";
import { Field, inputClass } from "../ui";
import type { StoryEditorState } from "./use-story-editor";

const SECTION_FIELDS: { key: Section; label: string; hint: string; rows: number }[] = [
  { key: "situation", label: "Situation", hint: "Where and when; what was at stake. Two or three sentences.", rows: 4 },
  { key: "task", label: "Task", hint: "What you in particular had to achieve, and why it was hard.", rows: 3 },
  { key: "action", label: "Action", hint: "What you did, step by step, in the first person. The longest part.", rows: 8 },
  { key: "result", label: "Result", hint: "What changed, with numbers: before → after.", rows: 4 },
  { key: "learnings", label: "Learnings", hint: "What you changed afterwards so it keeps working (or never happens again).", rows: 3 },
];

export function StoryHeaderFields({ editor, projects }: { editor: StoryEditorState; projects: { id: string; title: string }[] }) {
  const { draft, update, fieldError, assessment } = editor;
  // Ready means ready: the editor says before saving what stands in the way (the server refuses it too).
  const readyBlocked = draft.status === "ready" ? readyBlockedShort(assessment.findings) : null;
  return (
    <div className="grid gap-4 sm:grid-cols-[1fr_14rem_9rem]">
      <Field label="Title" htmlFor="story-title" errors={fieldError("title")}>
        <input id="story-title" value={draft.title} maxLength={TITLE_MAX} onChange={(e) => update("title", e.target.value)} className={inputClass} />
      </Field>
      <Field label="Project" htmlFor="story-project" errors={fieldError("projectId")}>
        <select id="story-project" value={draft.projectId} onChange={(e) => update("projectId", e.target.value)} className={inputClass}>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>{p.title}</option>
          ))}
        </select>
      </Field>
      <Field label="Status" htmlFor="story-status" errors={fieldError("status") ?? (readyBlocked ? [readyBlocked] : undefined)}>
        <select id="story-status" value={draft.status} onChange={(e) => update("status", e.target.value as StoryStatus)} className={inputClass}>
          <option value="draft">Draft</option>
          <option value="ready">Ready</option>
        </select>
      </Field>
    </div>
  );
}

export function StarSections({ editor, sectionAside }: { editor: StoryEditorState; sectionAside?: Partial<Record<Section, ReactNode>> }) {
  const { draft, update, fieldError } = editor;
  return (
    <>
      {SECTION_FIELDS.map(({ key, label, hint, rows }) => {
        const words = countWords(draft[key]);
        const over = draft[key].length > SECTION_MAX;
        const errors = over ? [`${label} must be at most ${SECTION_MAX.toLocaleString("en-US")} characters (now ${draft[key].length.toLocaleString("en-US")}).`, ...(fieldError(key) ?? [])] : fieldError(key);
        return (
          <div key={key} id={`section-${key}`} className={sectionAside?.[key] ? "grid gap-3 xl:grid-cols-[minmax(0,1fr)_16rem]" : ""}>
            <Field label={label} htmlFor={`story-${key}`} hint={hint} errors={errors} aside={`${words} ${words === 1 ? "word" : "words"}`}>
              <textarea
                id={`story-${key}`}
                rows={rows}
                value={draft[key]}
                onChange={(e) => update(key, e.target.value)}
                className={`${inputClass} field-sizing-content max-h-[32rem]`}
                aria-invalid={over}
                aria-describedby={errors ? `story-${key}-hint story-${key}-error` : `story-${key}-hint`}
              />
            </Field>
            {sectionAside?.[key] ? <div>{sectionAside[key]}</div> : null}
          </div>
        );
      })}
    </>
  );
}
