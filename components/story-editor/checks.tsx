"use client";
// The side panel: live quality checks (plain messages; finding codes stay in data-code) and the
// questions the tagged principles answer.
import { useMemo, type ReactNode } from "react";
import { principleName } from "@/lib/domain/principles";
import { questionsFor } from "@/lib/domain/questions";
import { formatSpokenTime } from "@/lib/domain/text";
import type { PrincipleCode, Severity } from "@/lib/domain/types";
import { Badge } from "../ui";
import { goToField } from "./draft";
import type { StoryEditorState } from "./use-story-editor";

const SECTION_NAME: Record<string, string> = { headline: "headline", shortVersion: "30-second version", followUps: "follow-ups" };

const SEVERITY_LABEL: Record<Severity, string> = { error: "Needs fixing", warning: "Worth a look", tip: "Tip" };

export function StoryChecks({
  editor,
  ownQuestions,
  general,
}: {
  editor: StoryEditorState;
  ownQuestions: { id: string; text: string; principles: PrincipleCode[] }[];
  general?: ReactNode;
}) {
  const { assessment, draft } = editor;
  const questions = useMemo(() => {
    const codes = draft.principles.map((p) => p.code);
    if (codes.length === 0) return [];
    const own = ownQuestions.filter((q) => q.principles.some((c) => codes.includes(c)));
    return [...own.map((q) => ({ ...q, own: true })), ...questionsFor(codes).map((q) => ({ ...q, own: false }))];
  }, [draft.principles, ownQuestions]);

  return (
    <aside className="space-y-4 lg:sticky lg:top-20 lg:self-start" aria-label="Story checks">
      <section className="rounded-card border border-line bg-white p-4 shadow-sm" aria-labelledby="checks-title">
        <div className="flex items-center justify-between">
          <h2 id="checks-title" className="font-semibold">Quality checks</h2>
          <Badge tone={assessment.readiness >= 80 ? "ok" : assessment.readiness >= 50 ? "warn" : "bad"}>Readiness {assessment.readiness}</Badge>
        </div>
        <p className="mt-1 text-xs text-muted">
          {assessment.words.total} words · about {formatSpokenTime(assessment.minutes)} spoken (140 words per minute; aim for 1.5–3.5 min)
        </p>
        {assessment.findings.length === 0 ? (
          <p className="mt-3 text-sm text-ok" role="status">No findings. This story reads ready.</p>
        ) : (
          <ul className="mt-3 space-y-2" aria-live="polite" aria-label="Findings">
            {assessment.findings.map((f, i) => (
              <li key={`${f.code}-${f.section ?? ""}-${i}`} className="rounded-lg border border-line p-2 text-sm" data-code={f.code}>
                <Badge tone={f.severity === "error" ? "bad" : f.severity === "warning" ? "warn" : "neutral"}>{SEVERITY_LABEL[f.severity]}</Badge>
                <p className="mt-1">{f.message}</p>
                <p className="mt-0.5 text-xs text-muted">{f.hint}</p>
                {f.section && f.section !== "metrics" ? (
                  <button type="button" className="mt-1 text-xs text-brand-700 underline" onClick={() => goToField(`story-${f.section}`)}>
                    Go to {SECTION_NAME[f.section] ?? f.section}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="rounded-card border border-line bg-white p-4 shadow-sm" aria-labelledby="questions-title">
        <h2 id="questions-title" className="font-semibold">Questions this story answers</h2>
        {questions.length === 0 ? (
          <p className="mt-2 text-sm text-muted">Tag a principle to see the questions interviewers ask about it.</p>
        ) : (
          // Scrolls on its own: focusable and named, so keyboard users can scroll it too.
          <ul className="mt-2 max-h-80 space-y-2 overflow-y-auto text-sm" tabIndex={0} aria-labelledby="questions-title">
            {questions.map((q) => (
              <li key={q.id}>
                “{q.text}” <span className="text-xs text-muted">— {q.principles.map(principleName).join(", ")}{q.own ? " · yours" : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {general ?? null}
    </aside>
  );
}
