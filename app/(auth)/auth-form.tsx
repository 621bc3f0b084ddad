"use client";
// The sign-up / sign-in form: server-validated, keeps what was typed, says what went wrong.
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button, Field, FormMessage, inputClass } from "@/components/ui";
import type { AuthFormState } from "@/lib/actions/auth";
import { PASSWORD_CHECKS } from "@/lib/validation/auth";

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
  // Controlled, so a refused attempt keeps it (React resets uncontrolled fields after an action).
  const [password, setPassword] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  // After a refusal, focus goes to the first field that needs attention.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} className="space-y-4" noValidate>
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
      <Field label="Password" htmlFor="password" errors={errors.password} hint={isSignUp ? <PasswordRules summary={passwordRules} password={password} /> : undefined}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete={isSignUp ? "new-password" : "current-password"}
          required
          maxLength={128}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={inputClass}
          aria-invalid={!!errors.password}
          aria-describedby={[isSignUp ? "password-hint" : "", errors.password ? "password-error" : ""].filter(Boolean).join(" ") || undefined}
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

/** Every rule up front, each ticked off as the password meets it. */
function PasswordRules({ summary, password }: { summary: string; password: string }) {
  return (
    <>
      <span className="block">{summary}</span>
      <span className="mt-1 block">
        {PASSWORD_CHECKS.map((check) => {
          const met = check.pattern.test(password);
          return (
            <span key={check.rule} className={`mr-3 inline-block ${met ? "text-ok" : ""}`}>
              <span aria-hidden>{met ? "✓" : "○"}</span> {check.rule}
              <span className="sr-only">{met ? " (met)" : " (not yet)"}</span>
            </span>
          );
        })}
      </span>
    </>
  );
}
