import type { Metadata } from "next";
import Link from "next/link";
import { DeleteQuestionButton, QuestionForm } from "@/components/question-form";
import { Badge, Card, PageHeader } from "@/components/ui";
import { PRINCIPLES } from "@/lib/domain/principles";
import { questionsFor } from "@/lib/domain/questions";
import { listOwnQuestions } from "@/lib/server/questions";
import { parseInput } from "@/lib/server/parse-input";
import { requireViewer } from "@/lib/server/viewer";
import { questionFilterSchema } from "@/lib/validation/question";

export const metadata: Metadata = { title: "Questions" };

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<{ principle?: string }> }) {
  const viewer = await requireViewer("/questions");
  const { principle } = parseInput(questionFilterSchema, await searchParams);
  const own = await listOwnQuestions(viewer);
  const shown = principle ? PRINCIPLES.filter((p) => p.code === principle) : PRINCIPLES;
  return (
    <>
      <PageHeader title="Question bank" description="Behavioral questions by Leadership Principle — ours, plus your own. Practise each with a story from your bank." />
      <nav aria-label="Filter by principle" className="mb-4 flex flex-wrap gap-1.5 text-sm">
        <Link href="/questions" aria-current={!principle ? "page" : undefined} className={`rounded-full px-2.5 py-1 ${!principle ? "bg-brand-600 text-white" : "bg-white border border-line"}`}>All</Link>
        {PRINCIPLES.map((p) => (
          <Link key={p.code} href={`/questions?principle=${p.code}`} aria-current={principle === p.code ? "page" : undefined} className={`rounded-full px-2.5 py-1 ${principle === p.code ? "bg-brand-600 text-white" : "bg-white border border-line"}`}>
            {p.name}
          </Link>
        ))}
      </nav>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4">
          {shown.map((p) => {
            const mine = own.filter((q) => q.principles.includes(p.code));
            return (
              <Card key={p.code}>
                <h2 className="font-semibold">{p.name}</h2>
                <p className="text-xs text-muted">{p.description}</p>
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                  {questionsFor(p.code).map((q) => <li key={q.id}>{q.text}</li>)}
                  {mine.map((q) => (
                    <li key={q.id}>
                      <span className="whitespace-pre-wrap">{q.text}</span> <Badge tone="brand">yours</Badge> <DeleteQuestionButton id={q.id} />
                    </li>
                  ))}
                </ul>
              </Card>
            );
          })}
        </div>
        <Card className="self-start">
          <h2 className="mb-3 font-semibold">Add your own question</h2>
          <QuestionForm defaultPrinciple={principle} />
        </Card>
      </div>
    </>
  );
}
