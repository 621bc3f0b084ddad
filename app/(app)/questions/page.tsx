import type { Metadata } from "next";
import { QuestionForm } from "@/components/question-form";
import { QuestionBrowser, type BrowsedQuestion } from "@/components/question-browser";
import { Card, PageHeader } from "@/components/ui";
import { SHIPPED_QUESTIONS } from "@/lib/domain/questions";
import { listOwnQuestions } from "@/lib/server/questions";
import { getQuestionLedger } from "@/lib/server/rehearsals";
import { listStories } from "@/lib/server/stories";
import { parseInput } from "@/lib/server/parse-input";
import { requireViewer } from "@/lib/server/viewer";
import { questionFilterSchema } from "@/lib/validation/question";

export const metadata: Metadata = { title: "Questions" };

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<{ principle?: string }> }) {
  const viewer = await requireViewer("/questions");
  const { principle } = parseInput(questionFilterSchema, await searchParams);
  const [own, ledger, stories] = await Promise.all([listOwnQuestions(viewer), getQuestionLedger(viewer), listStories(viewer)]);
  const titles = new Map(stories.map((s) => [s.id, s.title]));
  const byQuestion = new Map(ledger.map((e) => [e.questionId, e]));
  const questions: BrowsedQuestion[] = [...own.map((q) => ({ ...q, own: true })), ...SHIPPED_QUESTIONS.map((q) => ({ ...q, own: false }))].map((q) => {
    const e = byQuestion.get(q.id);
    return {
      id: q.id,
      text: q.text,
      principles: [...q.principles],
      own: q.own,
      ledger: e
        ? {
            times: e.times,
            gaps: e.gaps,
            lastDay: e.lastAt.toISOString().slice(0, 10),
            storyTitle: e.lastStoryId === null ? null : (titles.get(e.lastStoryId) ?? "a deleted story"),
            ratings: [e.lastRatings.situation, e.lastRatings.action, e.lastRatings.result, e.lastRatings.learnings],
            byMentor: e.lastRatedBy === "mentor",
          }
        : null,
    };
  });
  return (
    <>
      <PageHeader title="Question bank" description="Behavioral questions by Leadership Principle — ours, plus your own — with when you last drilled each. Practise them on Practice." />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <QuestionBrowser questions={questions} initialPrinciple={principle} />
        <Card className="self-start">
          <h2 className="mb-3 font-semibold">Add your own question</h2>
          <QuestionForm defaultPrinciple={principle} />
        </Card>
      </div>
    </>
  );
}
