"use client";
// Create or edit a project; what was typed stays on screen when the save is refused.
import { useActionState } from "react";
import { saveProjectAction, type ProjectFormState } from "@/lib/actions/projects";
import { Button, Field, FormMessage, inputClass } from "./ui";

export interface ProjectValues {
  id?: string;
  title: string;
  organization: string;
  period: string;
  context: string;
  role: string;
  scope: string;
}

export function ProjectForm({ initial }: { initial?: ProjectValues }) {
  const [state, action, pending] = useActionState<ProjectFormState, FormData>(saveProjectAction, {});
  const v = state.values ?? initial ?? { title: "", organization: "", period: "", context: "", role: "", scope: "" };
  const errors = state.result && !state.result.ok ? state.result.fieldErrors ?? {} : {};
  const version = JSON.stringify(state.values ?? null);
  return (
    <form action={action} className="space-y-4" key={version}>
      {initial?.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <FormMessage message={state.result && !state.result.ok ? state.result.message : null} />
      <FormMessage tone="ok" message={state.result?.ok ? state.result.message : null} />
      <Field label="Title" htmlFor="title" errors={errors.title} hint="What the project was, in a few words (e.g. “Real-time fraud scoring”).">
        <input id="title" name="title" required maxLength={200} defaultValue={v.title} className={inputClass} aria-invalid={!!errors.title} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Organisation" htmlFor="organization" errors={errors.organization}>
          <input id="organization" name="organization" maxLength={200} defaultValue={v.organization} className={inputClass} />
        </Field>
        <Field label="Period" htmlFor="period" errors={errors.period} hint="e.g. 2023–2024">
          <input id="period" name="period" maxLength={100} defaultValue={v.period} className={inputClass} />
        </Field>
        <Field label="Your role" htmlFor="role" errors={errors.role}>
          <input id="role" name="role" maxLength={200} defaultValue={v.role} className={inputClass} />
        </Field>
        <Field label="Scope" htmlFor="scope" errors={errors.scope} hint="Team size, budget, users affected.">
          <input id="scope" name="scope" maxLength={1000} defaultValue={v.scope} className={inputClass} />
        </Field>
      </div>
      <Field label="Context" htmlFor="context" errors={errors.context} hint="One paragraph: the business, the problem, why it mattered.">
        <textarea id="context" name="context" rows={4} maxLength={5000} defaultValue={v.context} className={inputClass} />
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : initial?.id ? "Save project" : "Create project"}</Button>
    </form>
  );
}
