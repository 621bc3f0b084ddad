import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/server/viewer";
import { PASSWORD_RULES } from "@/lib/validation/auth";
import { safeNext } from "@/lib/validation/redirect";
import { signInAction } from "@/lib/actions/auth";
import { AuthForm } from "../auth-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  if (await getViewer()) redirect(next ?? "/stories");
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <AuthForm mode="sign-in" action={signInAction} next={next} passwordRules={PASSWORD_RULES} />
    </>
  );
}
