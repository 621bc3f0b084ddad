"use client";
// A round's form (add or edit): title, kind, minutes and up to three focus principles, chosen with plain selects.
import { useActionState, useState } from "react";
import { Button, Field, FormMessage, inputClass } from "./ui";
import { ROUND_KIND_LABELS } from "./loop-kinds";
import { keepValuesOnSubmit, type LoopFormAction } from "./loop-form";
import { PRINCIPLES } from "@/lib/domain/principles";
import { ROUND_KINDS, type PrincipleCode, type RoundKind } from "@/lib/domain/types";

export interface RoundValues {
  title: string;
  kind: RoundKind;
  minutes: number | string;
  focus: (PrincipleCode | "")[];
  /** A deep-dive round's project, carried through an edit (picked on the round itself). */
  projectId?: string | null;
}

const FOCUS_FIELDS = 3;

function padFocus(focus: readonly (PrincipleCode | "")[]): (PrincipleCode | "")[] {
  return Array.from({ length: FOCUS_FIELDS }, (_, i) => focus[i] ?? "");
}

export function RoundForm({
  idPrefix,
  initial,
  action,
  submitLabel,
  pendingLabel,
  resetOnSuccess = false,
  focusNote,
}: {
  idPrefix: string;
  initial?: RoundValues;
  action: LoopFormAction;
  submitLabel: string;
  pendingLabel: string;
  resetOnSuccess?: boolean;
  focusNote?: string;
}) {
  const blank: RoundValues = { title: "", kind: "onsite", minutes: 60, focus: padFocus([]) };
  const [values, setValues] = useState<RoundValues>(initial ? { ...initial, focus: padFocus(initial.focus) } : blank);
  const [state, formAction, pending] = useActionState<Awaited<ReturnType<LoopFormAction>>, FormData>(async (prev, formData) => {
    const result = await action(prev, formData);
    if (result?.ok && resetOnSuccess) setValues(blank);
    return result;
  }, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const focusErrors = Object.entries(errors)
    .filter(([key]) => key === "focus" || key.startsWith("focus."))
    .flatMap(([, messages]) => messages);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="space-y-4" noValidate>
      {state && (state.ok || Object.keys(errors).length === 0) ? <FormMessage message={state.message} tone={state.ok ? "ok" : "bad"} /> : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
        <Field label="Round title" htmlFor={id("title")} errors={errors.title}>
          <input
            id={id("title")}
            name="title"
            required
            maxLength={120}
            value={values.title}
            onChange={(e) => setValues({ ...values, title: e.target.value })}
            className={inputClass}
            aria-invalid={errors.title ? true : undefined}
          />
        </Field>
        <Field label="Kind" htmlFor={id("kind")} errors={errors.kind}>
          <select
            id={id("kind")}
            name="kind"
            value={values.kind}
            onChange={(e) => setValues({ ...values, kind: e.target.value as RoundKind })}
            className={inputClass}
          >
            {ROUND_KINDS.map((k) => (
              <option key={k} value={k}>
                {ROUND_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Minutes" htmlFor={id("minutes")} errors={errors.minutes}>
          <input
            id={id("minutes")}
            name="minutes"
            type="number"
            inputMode="numeric"
            min={5}
            max={480}
            step={5}
            value={values.minutes}
            onChange={(e) => setValues({ ...values, minutes: e.target.value })}
            className={inputClass}
            aria-invalid={errors.minutes ? true : undefined}
          />
        </Field>
      </div>
      {values.kind === "deep-dive" ? (
        <>
          {values.projectId ? <input type="hidden" name="projectId" value={values.projectId} /> : null}
          <p className="text-sm text-muted">
            A deep-dive round is planned with one project, not principle slots: choose the project on the round once it is saved.
          </p>
          {focusErrors.length > 0 ? <p role="alert" className="text-sm text-bad">{focusErrors.join(" ")}</p> : null}
        </>
      ) : (
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Focus principles (up to 3)</legend>
        {focusNote ? (
          <p id={id("focus-note")} className="text-xs text-muted">
            {focusNote}
          </p>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-3">
          {values.focus.map((code, i) => (
            <div key={i} className="space-y-1">
              <label htmlFor={id(`focus-${i}`)} className="text-xs text-muted">
                Focus principle {i + 1}
              </label>
              <select
                id={id(`focus-${i}`)}
                name="focus"
                value={code}
                onChange={(e) => {
                  const focus = [...values.focus];
                  focus[i] = e.target.value as PrincipleCode | "";
                  setValues({ ...values, focus });
                }}
                className={inputClass}
                aria-describedby={focusNote ? id("focus-note") : undefined}
                aria-invalid={focusErrors.length > 0 ? true : undefined}
              >
                <option value="">— None —</option>
                {PRINCIPLES.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        {focusErrors.length > 0 ? (
          <p role="alert" className="text-sm text-bad">
            {focusErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
