"use server";
// Sign up, sign in, sign out: thin boundaries over better-auth.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import { auth } from "@/lib/server/auth";
import { failure } from "@/lib/server/action-result";
import { parseInput } from "@/lib/server/parse-input";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { safeNext } from "@/lib/validation/redirect";

export interface AuthFormState {
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: { name?: string; email?: string };
}

/** Invalid fields answer like every other form (action-result.ts). */
function refused(error: unknown): Pick<AuthFormState, "message" | "fieldErrors"> {
  const { message, fieldErrors } = failure(error);
  return { message, fieldErrors };
}

/** better-auth's own refusals, in the product's words (it reports them as APIError codes, not domain errors). */
function authErrorMessage(error: unknown, fallback: string): string {
  if (isAPIError(error)) {
    const code = (error.body as { code?: string } | undefined)?.code ?? "";
    if (code.startsWith("USER_ALREADY_EXISTS")) return "An account with this email already exists. Sign in instead.";
    if (code === "INVALID_EMAIL_OR_PASSWORD") return "Wrong email or password.";
    if (code === "TOO_MANY_ATTEMPTS" || code === "VALIDATION_ERROR") return error.message;
    if (code === "INVALID_EMAIL") return "Enter a valid email address, like name@example.com.";
    if (code.startsWith("PASSWORD_TOO")) return error.message;
  }
  console.error(error);
  return fallback;
}

export async function signUpAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const raw = { name: formData.get("name"), email: formData.get("email"), password: formData.get("password") };
  const values = { name: String(raw.name ?? ""), email: String(raw.email ?? "") };
  let body;
  try {
    body = parseInput(signUpSchema, raw);
  } catch (error) {
    return { ...refused(error), values };
  }
  try {
    await auth.api.signUpEmail({ body, headers: await headers() });
  } catch (error) {
    return { message: authErrorMessage(error, "We could not create your account. Please try again."), values };
  }
  redirect(safeNext(formData.get("next")) ?? "/stories");
}

export async function signInAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const raw = { email: formData.get("email"), password: formData.get("password") };
  const values = { email: String(raw.email ?? "") };
  let body;
  try {
    body = parseInput(signInSchema, raw);
  } catch (error) {
    return { ...refused(error), values };
  }
  try {
    await auth.api.signInEmail({ body, headers: await headers() });
  } catch (error) {
    return { message: authErrorMessage(error, "We could not sign you in. Please try again."), values };
  }
  redirect(safeNext(formData.get("next")) ?? "/stories");
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/");
}
