import Link from "next/link";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui";
import { getViewer } from "@/lib/server/viewer";

const FEATURES = [
  ["A bank of STAR stories", "Write Situation, Task, Action and Result per project, tag the Leadership Principles each one proves, and add the numbers: before → after."],
  ["Live quality checks", "Missing sections, results without a number, “we” instead of “I”, stories too long to tell — flagged as you type, each with a fix."],
  ["A loop plan that never repeats", "Plan every round of the loop. StarLoop shows the gaps and every place the same project would be told twice — and can propose a plan."],
  ["Mentors and prep sheets", "Invite a mentor to comment section by section, then print or download a one-page prep sheet per round."],
] as const;

export default async function LandingPage() {
  if (await getViewer()) redirect("/stories");
  return (
    <div className="min-h-screen bg-gradient-to-b from-brand-50 to-white">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-6 py-5">
        <span className="text-xl font-semibold tracking-tight text-brand-700">★ StarLoop</span>
        <nav className="flex gap-2">
          <ButtonLink href="/sign-in" variant="ghost">Sign in</ButtonLink>
          <ButtonLink href="/sign-up">Get started</ButtonLink>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-6 pb-20 pt-10">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
          Prepare the behavioral half of your interview loop.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted">
          StarLoop keeps your STAR stories, maps them to Amazon’s 16 Leadership Principles, and plans which story you tell in which round — so interviewers who compare notes never hear the same project told the same way twice.
        </p>
        <div className="mt-8 flex gap-3">
          <ButtonLink href="/sign-up" className="px-5 py-2.5 text-base">Create a free account</ButtonLink>
          <ButtonLink href="/sign-in" variant="secondary" className="px-5 py-2.5 text-base">Try the demo bank</ButtonLink>
        </div>
        <p className="mt-3 text-sm text-muted">Demo account: <code>demo@starloop.test</code> / <code>demo-password-1</code></p>
        <ul className="mt-14 grid gap-5 sm:grid-cols-2">
          {FEATURES.map(([title, body]) => (
            <li key={title} className="rounded-card border border-line bg-white p-5 shadow-sm">
              <h2 className="font-semibold">{title}</h2>
              <p className="mt-1 text-sm text-muted">{body}</p>
            </li>
          ))}
        </ul>
        <p className="mt-14 text-sm text-muted">
          Already preparing? <Link href="/sign-in" className="font-medium text-brand-700 underline">Sign in</Link>.
        </p>
      </main>
    </div>
  );
}
