"use client";
// The question bank, searchable in the browser (words of the question, one principle), with each question's ledger:
// when it was last drilled, with which story, how it was rated — or "no story fits".
import Link from "next/link";
import { useMemo, useState } from "react";
import { PRINCIPLES } from "@/lib/domain/principles";
import type { PrincipleCode } from "@/lib/domain/types";
import { DeleteQuestionButton } from "./question-form";
import { Badge, Card, inputClass } from "./ui";

export interface BrowsedQuestion {
  id: string;
  text: string;
  principles: PrincipleCode[];
  own: boolean;
  ledger: {
    times: number;
    gaps: number;
    lastDay: string;
    /** null = "no story fits" */
    storyTitle: string | null;
    ratings: [number, number, number, number];
    byMentor: boolean;
  } | null;
}

function LedgerLine({ ledger }: { ledger: BrowsedQuestion["ledger"] }) {
  if (!ledger) return <span className="text-xs text-muted">Not drilled yet.</span>;
  const story = ledger.storyTitle === null ? "no story fits" : `with “${ledger.storyTitle}”`;
  return (
    <span className="text-xs text-muted">
      Last drilled {ledger.lastDay} {story} · rated {ledger.ratings.join(" / ")} (situation / action / result / learnings
      {ledger.byMentor ? ", by a mentor" : ""}) · {ledger.times} {ledger.times === 1 ? "time" : "times"}
      {ledger.gaps ? `, ${ledger.gaps} with no story` : ""}
    </span>
  );
}

export function QuestionBrowser({ questions, initialPrinciple }: { questions: BrowsedQuestion[]; initialPrinciple?: PrincipleCode }) {
  const [query, setQuery] = useState("");
  const [principle, setPrinciple] = useState<PrincipleCode | "">(initialPrinciple ?? "");
  const words = useMemo(() => query.toLowerCase().split(/\s+/).filter(Boolean), [query]);
  const matches = (q: BrowsedQuestion) => words.every((w) => q.text.toLowerCase().includes(w));
  const shown = principle ? PRINCIPLES.filter((p) => p.code === principle) : PRINCIPLES;
  const groups = shown
    .map((p) => ({ p, items: questions.filter((q) => q.principles.includes(p.code) && matches(q)) }))
    .filter((g) => g.items.length > 0 || principle);
  const total = new Set(groups.flatMap((g) => g.items.map((q) => q.id))).size;
  return (
    <div className="space-y-4">
      <div role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-56">
          <label htmlFor="question-search" className="block text-sm font-medium">Search questions</label>
          <input id="question-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. deadline, customer, mistake" className={`mt-1 ${inputClass}`} />
        </div>
        <div className="min-w-0 max-w-full">
          <label htmlFor="question-principle" className="block text-sm font-medium">Principle</label>
          <select id="question-principle" value={principle} onChange={(e) => setPrinciple(e.target.value as PrincipleCode | "")} className="mt-1 w-full rounded-lg border border-line bg-white px-3 py-2 text-sm">
            <option value="">All principles</option>
            {PRINCIPLES.map((p) => (
              <option key={p.code} value={p.code}>{p.name}</option>
            ))}
          </select>
        </div>
      </div>
      <p aria-live="polite" className="text-sm text-muted">{total} {total === 1 ? "question" : "questions"}{words.length ? ` match “${query.trim()}”` : ""}</p>
      {groups.map(({ p, items }) => (
        <Card key={p.code}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-semibold">{p.name}</h2>
            <Link href={`/practice?scope=principle&principle=${p.code}`} className="text-sm text-brand-700 underline">Drill {p.name}</Link>
          </div>
          <p className="text-xs text-muted">{p.description}</p>
          {items.length === 0 ? <p className="mt-2 text-sm text-muted">No question here matches.</p> : null}
          <ul className="mt-2 space-y-2 text-sm">
            {items.map((q) => (
              <li key={q.id} className="border-l-2 border-line pl-3">
                <span className="whitespace-pre-wrap">{q.text}</span>
                {q.own ? <> <Badge tone="brand">yours</Badge> <DeleteQuestionButton id={q.id} /></> : null}
                <br />
                <LedgerLine ledger={q.ledger} />
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
