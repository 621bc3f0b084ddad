"use client";
// The loop forms: create from a template (company, role, level, date) and edit those details later.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button, Field, FormMessage, inputClass } from "./ui";
import { LOOP_TEMPLATES, type LoopTemplateId } from "@/lib/domain/templates";
import type { ActionResult } from "@/lib/server/action-result";

export type LoopFormState = ActionResult<unknown> | null;
export type LoopFormAction = (prev: LoopFormState, formData: FormData) => Promise<LoopFormState>;

export interface LoopDetails {
  company: string;
  role: string;
  level: string;
  date: string;
}

/**
 * Submits through the action without React's automatic form reset, so a refused form keeps every choice on screen
 * (controlled radios and selects would otherwise snap back). Without JavaScript the form's action still posts.
 */
export function keepValuesOnSubmit(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}

function errorsOf(state: LoopFormState): Record<string, string[]> {
  return state && !state.ok ? (state.fieldErrors ?? {}) : {};
}

function DetailsFields({ idPrefix, values, onChange, errors }: { idPrefix: string; values: LoopDetails; onChange: (v: LoopDetails) => void; errors: Record<string, string[]> }) {
  const field = (name: keyof LoopDetails) => ({
    id: `${idPrefix}-${name}`,
    name,
    value: values[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...values, [name]: e.target.value }),
    className: inputClass,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${idPrefix}-${name}-error` : undefined,
  });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Company" htmlFor={`${idPrefix}-company`} errors={errors.company}>
        <input {...field("company")} required maxLength={120} autoComplete="organization" />
      </Field>
      <Field label="Role" htmlFor={`${idPrefix}-role`} errors={errors.role}>
        <input {...field("role")} maxLength={120} placeholder="Data Scientist" />
      </Field>
      <Field label="Level" htmlFor={`${idPrefix}-level`} errors={errors.level} hint="L6 and above: the report also looks for mentoring and ambiguity.">
        <input {...field("level")} maxLength={20} placeholder="L5" />
      </Field>
      <Field label="Interview date" htmlFor={`${idPrefix}-date`} errors={errors.date}>
        <input {...field("date")} type="date" />
      </Field>
    </div>
  );
}

const roleOf = (id: LoopTemplateId) => LOOP_TEMPLATES.find((t) => t.id === id)?.role ?? "";

export function LoopCreateForm({ action }: { action: LoopFormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [templateId, setTemplateId] = useState<LoopTemplateId>("amazon-data-scientist");
  const [values, setValues] = useState<LoopDetails>({ company: "Amazon", role: roleOf("amazon-data-scientist"), level: "", date: "" });
  // A template names its role; switching templates replaces the role unless the user typed their own.
  const chooseTemplate = (next: LoopTemplateId) => {
    setValues((v) => (v.role.trim() === "" || v.role === roleOf(templateId) ? { ...v, role: roleOf(next) } : v));
    setTemplateId(next);
  };
  const errors = errorsOf(state);
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="space-y-6" noValidate>
      {state && !state.ok && Object.keys(errorsOf(state)).length === 0 ? <FormMessage message={state.message} /> : null}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Template</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {LOOP_TEMPLATES.map((t) => (
            <label
              key={t.id}
              className={`flex cursor-pointer gap-3 rounded-card border p-3 text-sm ${templateId === t.id ? "border-brand-500 bg-brand-50" : "border-line bg-white"}`}
            >
              <input
                type="radio"
                name="templateId"
                value={t.id}
                checked={templateId === t.id}
                onChange={() => chooseTemplate(t.id)}
                className="mt-1"
                aria-describedby={`template-${t.id}-desc`}
              />
              <span>
                <span className="font-medium">{t.name}</span>
                <span id={`template-${t.id}-desc`} className="mt-0.5 block text-xs text-muted">
                  {t.description} {t.rounds.length > 0 ? `${t.rounds.length} rounds.` : ""}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.templateId ? (
          <p role="alert" className="text-sm text-bad">
            {errors.templateId.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <DetailsFields idPrefix="new-loop" values={values} onChange={setValues} errors={errors} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create loop"}
      </Button>
    </form>
  );
}

export function LoopDetailsForm({ initial, action }: { initial: LoopDetails; action: LoopFormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [values, setValues] = useState<LoopDetails>(initial);
  return (
    <form action={formAction} onSubmit={keepValuesOnSubmit(formAction)} className="space-y-4" noValidate>
      {state && (state.ok || Object.keys(errorsOf(state)).length === 0) ? <FormMessage message={state.message} tone={state.ok ? "ok" : "bad"} /> : null}
      <DetailsFields idPrefix="loop" values={values} onChange={setValues} errors={errorsOf(state)} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save details"}
      </Button>
    </form>
  );
}
