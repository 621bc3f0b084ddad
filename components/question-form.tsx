"use client";
import { useActionState } from "react";
import { addQuestionAction, deleteQuestionAction, type QuestionFormState } from "@/lib/actions/questions";
import { PRINCIPLES } from "@/lib/domain/principles";
import type { PrincipleCode } from "@/lib/domain/types";
import { ConfirmButton } from "./confirm-button";
import { Button, Field, FormMessage, inputClass } from "./ui";

export function QuestionForm({ defaultPrinciple }: { defaultPrinciple?: PrincipleCode }) {
  const [state, action, pending] = useActionState<QuestionFormState, FormData>(addQuestionAction, {});
  const errors = state.result && !state.result.ok ? state.result.fieldErrors ?? {} : {};
  const chosen = state.values?.principles ?? (defaultPrinciple ? [defaultPrinciple] : []);
  return (
    <form action={action} className="space-y-3" key={JSON.stringify(state)}>
      <FormMessage message={state.result && !state.result.ok ? state.result.message : null} />
      <FormMessage tone="ok" message={state.result?.ok ? state.result.message : null} />
      <Field label="Your question" htmlFor="q-text" errors={errors.text}>
        <textarea id="q-text" name="text" rows={2} maxLength={500} defaultValue={state.values?.text} className={inputClass} placeholder="Tell me about a time…" />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium">Principles it asks about (1–3)</legend>
        {errors.principles ? <p role="alert" className="text-sm text-bad">{errors.principles.join(" ")}</p> : null}
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {PRINCIPLES.map((p) => (
            <label key={p.code} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="principles" value={p.code} defaultChecked={chosen.includes(p.code)} />
              {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>{pending ? "Adding…" : "Add question"}</Button>
    </form>
  );
}

export function DeleteQuestionButton({ id }: { id: string }) {
  return (
    <ConfirmButton
      label="Delete"
      variant="ghost"
      title="Delete this question?"
      body={<p>It is removed from your question bank. This cannot be undone.</p>}
      onConfirm={async () => {
        const r = await deleteQuestionAction(id);
        return r.ok ? null : r.message;
      }}
    />
  );
}
