// A story shown read-only (mentors, print previews): it leads with its impact headline; then the sections as plain
// text with line breaks kept, metrics, the 30-second version and the follow-ups, each with its comments beside it.
import type { ReactNode } from "react";
import type { CommentSection } from "@/lib/domain/comments";
import { describeMetricChange } from "@/lib/domain/metrics";
import type { Section, Story } from "@/lib/domain/types";
import { PrincipleBadges } from "./principle-badges";
import { Card } from "./ui";

const SECTIONS: { key: Section; label: string }[] = [
  { key: "situation", label: "Situation" },
  { key: "task", label: "Task" },
  { key: "action", label: "Action" },
  { key: "result", label: "Result" },
  { key: "learnings", label: "Learnings" },
];

type Asides = Partial<Record<CommentSection, ReactNode>>;

function Block({ id, label, aside, children }: { id: CommentSection; label: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <section id={`section-${id}`} aria-labelledby={`h-${id}`} className="grid gap-3 xl:grid-cols-[minmax(0,1fr)_18rem]">
      <Card>
        <h2 id={`h-${id}`} className="mb-1 text-sm font-semibold uppercase tracking-wide text-muted">{label}</h2>
        {children}
      </Card>
      {aside ? <div>{aside}</div> : null}
    </section>
  );
}

const notYet = (text: string) => <p className="text-sm italic text-muted">{text}</p>;

export function StoryReadView({ story, sectionAside }: { story: Story; sectionAside?: Asides }) {
  const followUps = story.followUps ?? [];
  return (
    <div className="space-y-4">
      <Block id="headline" label="Headline" aside={sectionAside?.headline}>
        {story.headline?.trim() ? <p className="text-base font-semibold">{story.headline}</p> : notYet("No headline yet.")}
      </Block>
      <Card>
        <PrincipleBadges principles={story.principles} />
        {story.angles.length ? <p className="mt-2 text-sm text-muted">Angles: {story.angles.join(", ")}</p> : null}
        <p className="mt-1 text-sm text-muted">Status: {story.status === "ready" ? "Ready" : "Draft"}</p>
      </Card>
      {SECTIONS.map(({ key, label }) => (
        <Block key={key} id={key} label={label} aside={sectionAside?.[key]}>
          {story[key] ? <p className="whitespace-pre-wrap text-sm">{story[key]}</p> : notYet("Not written yet.")}
        </Block>
      ))}
      <Block id="metrics" label="Metrics" aside={sectionAside?.metrics}>
        {story.metrics.length ? (
          <ul className="space-y-1 text-sm">
            {story.metrics.map((m, i) => (
              <li key={i}>{describeMetricChange(m).text}{m.before !== null ? ` (${m.before} → ${m.after}${m.unit ? ` ${m.unit}` : ""})` : ""}</li>
            ))}
          </ul>
        ) : (
          notYet("No metrics.")
        )}
      </Block>
      <Block id="shortVersion" label="30-second version" aside={sectionAside?.shortVersion}>
        {story.shortVersion?.trim() ? <p className="whitespace-pre-wrap text-sm">{story.shortVersion}</p> : notYet("No 30-second version yet.")}
      </Block>
      <Block id="followUps" label="Follow-ups" aside={sectionAside?.followUps}>
        {followUps.length ? (
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            {followUps.map((f, i) => (
              <li key={i}>
                <p className="font-medium">{f.question}</p>
                {f.answer.trim() ? <p className="whitespace-pre-wrap">{f.answer}</p> : <p className="italic text-muted">No answer yet.</p>}
              </li>
            ))}
          </ol>
        ) : (
          notYet("No follow-ups yet.")
        )}
      </Block>
      {sectionAside?.general ? sectionAside.general : null}
    </div>
  );
}
