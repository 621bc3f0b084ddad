"use client";
// The options weighed: at least two, each with its trade-offs, one of them (usually) the chosen one.
import { MAX_DEEP_DIVE_OPTIONS, MIN_DEEP_DIVE_OPTIONS } from "@/lib/domain/deep-dive";
import { ConfirmButton } from "../confirm-button";
import { Button, Field, inputClass } from "../ui";
import type { DeepDiveEditorState } from "./use-deep-dive-editor";

export function OptionsSection({ editor }: { editor: DeepDiveEditorState }) {
  const { draft, update, fieldError } = editor;
  const set = (i: number, patch: Partial<(typeof draft.options)[number]>) =>
    update("options", draft.options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <fieldset id="section-options" className="rounded-card border border-line bg-white p-4">
      <legend className="px-1 text-sm font-medium">Options weighed (at least {MIN_DEEP_DIVE_OPTIONS})</legend>
      {draft.options.length === 0 ? <p className="mb-2 text-xs text-muted">No options yet. Name what you could have done, not only what you did.</p> : null}
      <ol className="space-y-3">
        {draft.options.map((o, i) => {
          const n = i + 1;
          return (
            <li key={i} className="space-y-2 rounded-lg border border-line p-3">
              <Field label={`Option ${n} title`} htmlFor={`option-${i}-title`} errors={fieldError(`options.${i}.title`)}>
                <input id={`option-${i}-title`} value={o.title} maxLength={200} onChange={(e) => set(i, { title: e.target.value })} className={inputClass} />
              </Field>
              <Field label={`Option ${n} trade-offs`} htmlFor={`option-${i}-tradeoffs`} errors={fieldError(`options.${i}.tradeoffs`)}>
                <textarea id={`option-${i}-tradeoffs`} rows={2} value={o.tradeoffs} onChange={(e) => set(i, { tradeoffs: e.target.value })} className={`${inputClass} field-sizing-content`} />
              </Field>
              <div className="flex items-center justify-between gap-2">
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={o.chosen} onChange={(e) => set(i, { chosen: e.target.checked })} />
                  Option {n} is the one chosen
                </label>
                <ConfirmButton
                  label={`Remove option ${n}`}
                  title={`Remove option ${n}${o.title ? ` “${o.title}”` : ""}?`}
                  body={<p>It leaves the worksheet when you save.</p>}
                  confirmLabel="Remove"
                  variant="ghost"
                  onConfirm={async () => update("options", draft.options.filter((_, j) => j !== i))}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        id="option-add"
        type="button"
        variant="secondary"
        className="mt-3"
        disabled={draft.options.length >= MAX_DEEP_DIVE_OPTIONS}
        onClick={() => {
          update("options", [...draft.options, { title: "", tradeoffs: "", chosen: false }]);
          window.setTimeout(() => document.getElementById(`option-${draft.options.length}-title`)?.focus(), 0);
        }}
      >
        Add option
      </Button>
    </fieldset>
  );
}
