"use client";
// The sixteen Leadership Principles, each none / secondary / primary, at most two primary.
import { PRINCIPLES } from "@/lib/domain/principles";
import { MAX_PRIMARY } from "@/lib/domain/story-limits";
import type { PrincipleCode } from "@/lib/domain/types";
import type { StoryEditorState } from "./use-story-editor";

export function PrinciplesSection({ editor }: { editor: StoryEditorState }) {
  const { draft, update, fieldError } = editor;
  const primaryCount = draft.principles.filter((p) => p.weight === "primary").length;
  const setPrinciple = (code: PrincipleCode, value: "" | "primary" | "secondary") => {
    const rest = draft.principles.filter((p) => p.code !== code);
    update("principles", value ? [...rest, { code, weight: value }] : rest);
  };
  return (
    <fieldset className="rounded-card border border-line bg-white p-4">
      <legend className="px-1 text-sm font-medium">Leadership Principles</legend>
      <p className="mb-3 text-xs text-muted">
        Mark the one or two principles this story proves best as primary ({primaryCount}/{MAX_PRIMARY} used); others it also shows as secondary.
      </p>
      {fieldError("principles") ? <p role="alert" className="mb-2 text-sm text-bad">{fieldError("principles")?.join(" ")}</p> : null}
      <ul className="grid gap-2 md:grid-cols-2">
        {PRINCIPLES.map((p) => {
          const current = draft.principles.find((x) => x.code === p.code)?.weight ?? "";
          const full = current !== "primary" && primaryCount >= MAX_PRIMARY;
          return (
            <li key={p.code} className={`flex items-start justify-between gap-2 rounded-lg p-2 ${current ? "bg-brand-50" : ""}`}>
              <div className="min-w-0">
                <label htmlFor={`principle-${p.code}`} className="text-sm font-medium">{p.name}</label>
                <p className="text-xs text-muted">{p.description}</p>
              </div>
              <select
                id={`principle-${p.code}`}
                value={current}
                onChange={(e) => setPrinciple(p.code, e.target.value as "" | "primary" | "secondary")}
                className="rounded-md border border-line bg-white px-1.5 py-1 text-xs"
              >
                <option value="">—</option>
                <option value="secondary">Secondary</option>
                <option value="primary" disabled={full}>Primary{full ? ` (${MAX_PRIMARY} already)` : ""}</option>
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
