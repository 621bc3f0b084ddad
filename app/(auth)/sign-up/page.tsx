import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/server/viewer";
import { PASSWORD_RULES } from "@/lib/validation/auth";
import { safeNext } from "@/lib/validation/redirect";
import { signUpAction } from "@/lib/actions/auth";
import { AuthForm } from "../auth-form";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  if (await getViewer()) redirect(next ?? "/stories");
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create your account</h1>
      <p className="mb-4 text-sm text-muted">Free, private to you, and your mentors only see what you share.</p>
      <AuthForm mode="sign-up" action={signUpAction} next={next} passwordRules={PASSWORD_RULES} />
    </>
  );
}
