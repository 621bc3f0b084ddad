"use client";
// Suggested follow-ups for the story as typed: its own weak points first, then its principles and angles; each
// says why it is there (lib/domain/follow-ups.ts decides).
import { useMemo, useState } from "react";
import { followUpFromSuggestion, suggestFollowUps } from "@/lib/domain/follow-ups";
import type { FollowUp } from "@/lib/domain/types";
import { Button } from "../ui";
import type { StoryEditorState } from "./use-story-editor";

const FIRST = 5;

export function FollowUpSuggestions({ editor, onAdd, full }: { editor: StoryEditorState; onAdd: (f: FollowUp) => void; full: boolean }) {
  const { payloadStory } = editor;
  const [all, setAll] = useState(false);
  const suggestions = useMemo(() => suggestFollowUps(payloadStory), [payloadStory]);
  if (suggestions.length === 0) return null;
  const shown = all ? suggestions : suggestions.slice(0, FIRST);
  return (
    <section className="mt-4" aria-labelledby="followup-suggestions-title">
      <h2 id="followup-suggestions-title" className="text-sm font-medium">Suggested follow-ups</h2>
      <ul className="mt-2 space-y-2">
        {shown.map((s) => (
          <li key={s.key} className="flex items-start justify-between gap-2 rounded-lg bg-slate-50 p-2 text-sm" data-key={s.key}>
            <div className="min-w-0">
              <p>“{s.question}”</p>
              <p className="text-xs text-muted">{s.reason}</p>
            </div>
            <Button type="button" variant="secondary" disabled={full} aria-label={`Add follow-up: ${s.question}`} onClick={() => onAdd(followUpFromSuggestion(s))}>
              Add
            </Button>
          </li>
        ))}
      </ul>
      {suggestions.length > FIRST ? (
        <button type="button" className="mt-2 text-xs text-brand-700 underline" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? "Show fewer suggestions" : `Show all ${suggestions.length} suggestions`}
        </button>
      ) : null}
    </section>
  );
}
