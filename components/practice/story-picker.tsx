"use client";
// The ranked story choice for one question: each suggestion with why it ranks there, and "No story fits" (a gap).
import { useState } from "react";
import type { StorySuggestion } from "@/lib/domain/drill";

/** A picked story id, "none" for "no story fits", or null before choosing. */
export type StoryChoice = string | "none" | null;

const SHOWN_FIRST = 5;

export function StoryPicker({
  suggestions,
  targets,
  choice,
  onChoose,
}: {
  suggestions: StorySuggestion[];
  targets: ReadonlyMap<string, string>;
  choice: StoryChoice;
  onChoose: (choice: StoryChoice) => void;
}) {
  const [all, setAll] = useState(false);
  const chosenIndex = suggestions.findIndex((s) => s.storyId === choice);
  const shown = all || chosenIndex >= SHOWN_FIRST ? suggestions : suggestions.slice(0, SHOWN_FIRST);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Which story would you tell?</legend>
      {suggestions.length === 0 ? <p className="text-sm text-muted">Your bank has no stories yet — answer anyway and record “No story fits”.</p> : null}
      <ul className="space-y-1.5">
        {shown.map((s, i) => (
          <li key={s.storyId}>
            <label className={`flex cursor-pointer gap-2 rounded-lg border px-3 py-2 text-sm ${choice === s.storyId ? "border-brand-500 bg-brand-50" : "border-line bg-white"}`}>
              <input type="radio" name="story-choice" value={s.storyId} checked={choice === s.storyId} onChange={() => onChoose(s.storyId)} className="mt-1" />
              <span className="min-w-0">
                <span className="block font-medium break-words">
                  {s.title}
                  {i === 0 ? <span className="ml-1.5 text-xs font-normal text-brand-700">(suggested)</span> : null}
                </span>
                <span className="block text-xs text-muted">
                  {s.reason}
                  {targets.get(s.storyId) ? ` · about ${targets.get(s.storyId)} aloud` : ""}
                </span>
              </span>
            </label>
          </li>
        ))}
        <li>
          <label className={`flex cursor-pointer gap-2 rounded-lg border px-3 py-2 text-sm ${choice === "none" ? "border-amber-500 bg-amber-50" : "border-line bg-white"}`}>
            <input type="radio" name="story-choice" value="none" checked={choice === "none"} onChange={() => onChoose("none")} className="mt-1" />
            <span>
              <span className="block font-medium">No story fits</span>
              <span className="block text-xs text-muted">Recorded as a gap in your bank.</span>
            </span>
          </label>
        </li>
      </ul>
      {shown.length < suggestions.length ? (
        <button type="button" className="text-sm text-brand-700 underline" onClick={() => setAll(true)}>
          Show all {suggestions.length} stories
        </button>
      ) : null}
    </fieldset>
  );
}
