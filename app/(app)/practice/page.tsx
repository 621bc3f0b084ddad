import type { Metadata } from "next";
import { PracticeView } from "@/components/practice/practice-view";
import { PageHeader } from "@/components/ui";
import { loadPractice } from "@/lib/server/practice";
import { parseInput } from "@/lib/server/parse-input";
import { requireViewer } from "@/lib/server/viewer";
import { practiceQuerySchema } from "@/lib/validation/practice";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/practice");
  const query = parseInput(practiceQuerySchema, await searchParams);
  const data = await loadPractice(viewer, viewer.id, query, new Date().toISOString().slice(0, 10));
  return (
    <>
      <PageHeader title="Practice" description="Drill behavioral questions aloud: pick the story you would tell, time it against the 1.5–3.5 minute band, rate the telling." />
      <PracticeView data={data} base="/practice" />
    </>
  );
}
