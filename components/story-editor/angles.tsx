"use client";
// Free-form angles on a story (normalised, at most 20 of 40 characters), with suggestions.
import { useState } from "react";
import { ANGLE_SUGGESTIONS, normalizeAngle } from "@/lib/domain/principles";
import { ANGLE_MAX, MAX_ANGLES } from "@/lib/domain/story-limits";
import { Button, inputClass } from "../ui";
import type { StoryEditorState } from "./use-story-editor";

export function AnglesSection({ editor }: { editor: StoryEditorState }) {
  const { draft, update, setMessage } = editor;
  const [angleInput, setAngleInput] = useState("");
  const suggestions = ANGLE_SUGGESTIONS.filter((a) => !draft.angles.includes(a));
  const addAngle = (raw: string) => {
    const angle = normalizeAngle(raw);
    if (!angle) return;
    if (angle.length > ANGLE_MAX) return setMessage({ tone: "bad", text: `An angle must be at most ${ANGLE_MAX} characters.` });
    if (draft.angles.includes(angle)) return setAngleInput("");
    if (draft.angles.length >= MAX_ANGLES) return setMessage({ tone: "bad", text: `At most ${MAX_ANGLES} angles per story.` });
    update("angles", [...draft.angles, angle]);
    setAngleInput("");
  };
  return (
    <fieldset className="rounded-card border border-line bg-white p-4">
      <legend className="px-1 text-sm font-medium">Angles</legend>
      <ul className="mb-2 flex flex-wrap gap-1.5" aria-label="Angles on this story">
        {draft.angles.map((a) => (
          <li key={a} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-xs">
            {a}
            <button type="button" onClick={() => update("angles", draft.angles.filter((x) => x !== a))} aria-label={`Remove angle ${a}`} className="rounded-full px-1 hover:bg-slate-200">
              ×
            </button>
          </li>
        ))}
        {draft.angles.length === 0 ? <li className="text-xs text-muted">No angles yet.</li> : null}
      </ul>
      <div className="flex gap-2">
        <label htmlFor="angle-input" className="sr-only">Add an angle</label>
        <input
          id="angle-input"
          list="angle-suggestions"
          value={angleInput}
          maxLength={60}
          placeholder="Add an angle (Enter)"
          onChange={(e) => setAngleInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              addAngle(angleInput);
            }
          }}
          className={inputClass}
        />
        <Button type="button" variant="secondary" onClick={() => addAngle(angleInput)}>Add angle</Button>
        <datalist id="angle-suggestions">
          {suggestions.map((a) => <option key={a} value={a} />)}
        </datalist>
      </div>
      <p className="mt-2 text-xs text-muted">
        Suggestions:{" "}
        {suggestions.map((a, i) => (
          <span key={a}>
            {i > 0 ? ", " : ""}
            <button type="button" className="text-brand-700 hover:underline" onClick={() => addAngle(a)}>{a}</button>
          </span>
        ))}
      </p>
    </fieldset>
  );
}
