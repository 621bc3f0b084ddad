// A project's deep-dive as a mentor (or the print) reads it: the sections in order, the options and metrics, the checks.
import { describeMetricChange } from "@/lib/domain/metrics";
import { checkDeepDive, DEEP_DIVE_SECTION_LABELS, DEEP_DIVE_SECTIONS, type DeepDive } from "@/lib/domain/deep-dive";
import { Badge, Card } from "../ui";
import { DeepDiveFindingList } from "./checks";
import { DeepDiveSectionComments } from "./section-comments";
import type { DeepDiveCommentView } from "@/lib/server/deep-dive-comments";

export function DeepDiveReadView({
  deepDive,
  level,
  projectId,
  comments,
  canComment,
}: {
  deepDive: DeepDive;
  level: string;
  projectId: string;
  comments: DeepDiveCommentView[];
  /** A saved deep-dive can be commented on. */
  canComment: boolean;
}) {
  const findings = checkDeepDive(deepDive, { level });
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Card className="space-y-4">
        {DEEP_DIVE_SECTIONS.map((s) => (
          <section key={s} aria-labelledby={`read-${s}`}>
            <h2 id={`read-${s}`} className="text-sm font-semibold">{DEEP_DIVE_SECTION_LABELS[s]}</h2>
            <p className="mt-1 whitespace-pre-wrap text-sm">{deepDive[s] || <span className="text-muted">Not written yet.</span>}</p>
            {s === "timeline" ? (
              <div className="mt-3">
                <h3 className="text-sm font-semibold">Options weighed</h3>
                {deepDive.options.length === 0 ? (
                  <p className="text-sm text-muted">None yet.</p>
                ) : (
                  <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
                    {deepDive.options.map((o, i) => (
                      <li key={i}>
                        <span className="font-medium">{o.title}</span> {o.chosen ? <Badge tone="ok">Chosen</Badge> : null}
                        {o.tradeoffs ? <p className="whitespace-pre-wrap text-muted">{o.tradeoffs}</p> : null}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            ) : null}
            {s === "impact" && deepDive.metrics.length > 0 ? (
              <ul className="mt-2 list-disc pl-5 text-sm">
                {deepDive.metrics.map((m, i) => (
                  <li key={i}>{describeMetricChange(m).text}</li>
                ))}
              </ul>
            ) : null}
            <div className="mt-2">
              <DeepDiveSectionComments projectId={projectId} section={s} label={DEEP_DIVE_SECTION_LABELS[s]} comments={comments} canStart={canComment} />
            </div>
          </section>
        ))}
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Checks{level ? ` for ${level}` : ""}</h2>
        <DeepDiveFindingList findings={findings} />
      </Card>
    </div>
  );
}
