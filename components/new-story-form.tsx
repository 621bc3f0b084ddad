"use client";
import { useActionState } from "react";
import { createStoryAction, type NewStoryState } from "@/lib/actions/stories";
import { Button, Field, FormMessage, inputClass } from "./ui";

export function NewStoryForm({ projects, defaultProjectId }: { projects: { id: string; title: string }[]; defaultProjectId?: string }) {
  const [state, action, pending] = useActionState<NewStoryState, FormData>(createStoryAction, {});
  const errors = state.result && !state.result.ok ? state.result.fieldErrors ?? {} : {};
  return (
    <form action={action} className="space-y-4" key={JSON.stringify(state.values ?? null)}>
      <FormMessage message={state.result && !state.result.ok ? state.result.message : null} />
      <Field label="Story title" htmlFor="title" errors={errors.title} hint="e.g. “Cut checkout latency by 38%”">
        <input id="title" name="title" required maxLength={200} autoFocus defaultValue={state.values?.title} className={inputClass} aria-invalid={!!errors.title} />
      </Field>
      <Field label="Project" htmlFor="projectId" errors={errors.projectId}>
        <select id="projectId" name="projectId" defaultValue={state.values?.projectId ?? defaultProjectId} className={inputClass}>
          {projects.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
        </select>
      </Field>
      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create and start writing"}</Button>
    </form>
  );
}
