// One story for paper, led by its impact headline: every section in full, the 30-second version, the follow-ups, its principles, angles and metrics with their derived changes.
// Readable by the owner and by a mentor with an active share.
import type { Metadata } from "next";
import { describeMetricChange, formatQuantity } from "@/lib/domain/metrics";
import { principleName } from "@/lib/domain/principles";
import { storySpokenMinutes, formatSpokenTime } from "@/lib/domain/text";
import { SECTIONS } from "@/lib/domain/types";
import { orNotFound } from "@/lib/server/not-found";
import { getStory } from "@/lib/server/stories";
import { requireViewer } from "@/lib/server/viewer";
import { PrintActions, PrintStyles } from "@/components/print-actions";

export const metadata: Metadata = { title: "Story sheet" };

const SECTION_TITLES = { situation: "Situation", task: "Task", action: "Action", result: "Result", learnings: "Learnings" } as const;

export default async function StoryPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/stories/${id}/print`);
  const story = await orNotFound(getStory(viewer, id));
  const facts = [
    story.projectTitle,
    story.status === "ready" ? "Ready" : "Draft",
    `about ${formatSpokenTime(storySpokenMinutes(story))} spoken`,
  ];
  return (
    <article className="mx-auto max-w-3xl bg-white p-6 text-black shadow-sm print:max-w-none print:p-0 print:shadow-none">
      <PrintStyles />
      <PrintActions backHref={`/stories/${id}`} backLabel="Back to the story" />
      <header className="border-b-2 border-black pb-2">
        <p className="text-xs tracking-wide uppercase">StarLoop story</p>
        <h1 className="text-2xl font-bold">{story.title}</h1>
        {story.headline.trim() ? <p className="mt-1 text-lg font-semibold">{story.headline}</p> : null}
        <p className="text-sm">{facts.join(" · ")}</p>
      </header>
      {story.shortVersion.trim() ? (
        <section aria-labelledby="short-version" className="mt-4 break-inside-avoid border-l-4 border-black pl-3">
          <h2 id="short-version" className="text-base font-bold">30-second version</h2>
          <p className="mt-1 text-sm leading-relaxed whitespace-pre-wrap">{story.shortVersion}</p>
        </section>
      ) : null}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-bold">Principles:</dt>
        <dd>{story.principles.length ? story.principles.map((p) => `${principleName(p.code)} (${p.weight})`).join(", ") : "none yet"}</dd>
        <dt className="font-bold">Angles:</dt>
        <dd>{story.angles.length ? story.angles.join(", ") : "none yet"}</dd>
      </dl>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`section-${section}`} className="mt-5 break-inside-avoid">
          <h2 id={`section-${section}`} className="text-base font-bold">
            {SECTION_TITLES[section]}
          </h2>
          <p className="mt-1 text-sm leading-relaxed whitespace-pre-wrap">{story[section].trim() || "—"}</p>
        </section>
      ))}
      <section aria-labelledby="metrics" className="mt-5 break-inside-avoid">
        <h2 id="metrics" className="text-base font-bold">
          Metrics
        </h2>
        {story.metrics.length ? (
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
            {story.metrics.map((m, i) => (
              <li key={i}>
                <strong>{describeMetricChange(m).text}</strong> (
                {m.before === null ? formatQuantity(m.after, m.unit) : `${formatQuantity(m.before, m.unit)} → ${formatQuantity(m.after, m.unit)}`},{" "}
                {m.direction === "higher-is-better" ? "higher is better" : "lower is better"})
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm">None yet.</p>
        )}
      </section>
      {story.followUps.length ? (
        <section aria-labelledby="follow-ups" className="mt-5">
          <h2 id="follow-ups" className="text-base font-bold">Follow-ups</h2>
          <ol className="mt-1 list-decimal space-y-1.5 pl-5 text-sm">
            {story.followUps.map((f, i) => (
              <li key={i} className="break-inside-avoid">
                <strong>{f.question}</strong>
                <p className="whitespace-pre-wrap">{f.answer.trim() || "—"}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
