"use client";
// The sign-up / sign-in form: server-validated, keeps what was typed, says what went wrong.
import Link from "next/link";
import { useActionState } from "react";
import { Button, Field, FormMessage, inputClass } from "@/components/ui";
import type { AuthFormState } from "@/lib/actions/auth";

export function AuthForm({
  mode,
  action,
  next,
  passwordRules,
}: {
  mode: "sign-in" | "sign-up";
  action: (prev: AuthFormState, formData: FormData) => Promise<AuthFormState>;
  next: string | null;
  passwordRules: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const errors = state.fieldErrors ?? {};
  const isSignUp = mode === "sign-up";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormMessage message={state.message} />
      {isSignUp ? (
        <Field label="Name" htmlFor="name" errors={errors.name}>
          <input id="name" name="name" autoComplete="name" required maxLength={100} defaultValue={state.values?.name} key={`n-${state.values?.name}`} className={inputClass} aria-invalid={!!errors.name} />
        </Field>
      ) : null}
      <Field label="Email" htmlFor="email" errors={errors.email}>
        <input id="email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={state.values?.email} key={`e-${state.values?.email}`} className={inputClass} aria-invalid={!!errors.email} />
      </Field>
      <Field label="Password" htmlFor="password" errors={errors.password} hint={isSignUp ? passwordRules : undefined}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={isSignUp ? "new-password" : "current-password"}
          required
          maxLength={128}
          className={inputClass}
          aria-invalid={!!errors.password}
          aria-describedby={isSignUp ? "password-hint" : undefined}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? (isSignUp ? "Creating your account…" : "Signing in…") : isSignUp ? "Create account" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        {isSignUp ? (
          <>Already have an account? <Link className="font-medium text-brand-700 underline" href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}>Sign in</Link></>
        ) : (
          <>New to StarLoop? <Link className="font-medium text-brand-700 underline" href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}>Create an account</Link></>
        )}
      </p>
    </form>
  );
}
