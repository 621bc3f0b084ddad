import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RoundKindBadge } from "@/components/loop-kinds";
import { DeepDiveRound } from "@/components/deep-dive-round";
import { loopTitle } from "@/lib/domain/loop-names";
import { LoopReportPanel } from "@/components/loop-report";
import { Card, EmptyState } from "@/components/ui";
import { principleName } from "@/lib/domain/principles";
import { getLoopWorkspace, slotId } from "@/lib/server/loops";
import { requireViewer } from "@/lib/server/viewer";
import { orNotFound } from "@/lib/server/not-found";
import { menteeOr404 } from "../../mentee";

export const metadata: Metadata = { title: "Mentee's loop" };

export default async function MenteeLoopPage({ params }: { params: Promise<{ candidateId: string; loopId: string }> }) {
  const { candidateId, loopId } = await params;
  const viewer = await requireViewer(`/mentors/candidates/${candidateId}/loops/${loopId}`);
  await menteeOr404(viewer, candidateId);
  const { loop, stories, report, projects } = await orNotFound(getLoopWorkspace(viewer, loopId));
  if (loop.ownerId !== candidateId) notFound();
  const base = `/mentors/candidates/${candidateId}`;
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const slotBy = new Map(report.coverage.slots.map((s) => [slotId(s.roundId, s.principle), s]));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-sm">
            <Link href={`${base}/loops`} className="text-brand-700 hover:underline">← Loops</Link>
          </p>
          <h2 className="text-xl font-semibold">{loopTitle(loop)}</h2>
          <p className="text-sm text-muted">
            {[loop.level && `Level ${loop.level}`, loop.date, `${loop.rounds.length} round${loop.rounds.length === 1 ? "" : "s"}`].filter(Boolean).join(" · ")}
          </p>
        </div>
        <a href={`/api/loops/${loop.id}/report`} className="text-sm text-brand-700 underline">Loop report as JSON</a>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        {loop.rounds.length === 0 ? (
          <EmptyState title="No rounds yet" />
        ) : (
          <ol className="space-y-4">
            {loop.rounds.map((round, i) => (
              <li key={round.id}>
                <section id={`round-${round.id}`} aria-labelledby={`round-${round.id}-title`} className="scroll-mt-24">
                  <Card className="space-y-3">
                    <div>
                      <h3 id={`round-${round.id}-title`} className="text-base font-semibold">
                        <span className="text-muted">{i + 1}.</span> {round.title}
                      </h3>
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
                        <RoundKindBadge kind={round.kind} /> {round.minutes} min
                      </p>
                    </div>
                    {round.kind === "deep-dive" ? (
                      <DeepDiveRound
                        roundId={round.id}
                        roundTitle={round.title}
                        projectId={round.projectId ?? null}
                        projects={projects}
                        findings={report.deepDives?.find((d) => d.roundId === round.id)?.findings ?? []}
                      />
                    ) : round.focus.length === 0 ? (
                      <p className="text-sm text-muted">No focus principles in this round.</p>
                    ) : (
                      <ul className="grid gap-2">
                        {round.focus.map((principle) => {
                          const slot = slotBy.get(slotId(round.id, principle));
                          const main = slot?.storyId ? storyById.get(slot.storyId) : undefined;
                          const backup = slot?.backupStoryId ? storyById.get(slot.backupStoryId) : undefined;
                          return (
                            <li key={principle} className="rounded-lg border border-line p-3 text-sm">
                              <p className="font-medium">{principleName(principle)}</p>
                              <p className="mt-1">
                                {main ? (
                                  <>
                                    Story: <Link href={`${base}/stories/${main.id}`} className="text-brand-700 underline">{main.title}</Link>
                                    {backup ? (
                                      <>
                                        {" "}· Backup: <Link href={`${base}/stories/${backup.id}`} className="text-brand-700 underline">{backup.title}</Link>
                                      </>
                                    ) : null}
                                  </>
                                ) : (
                                  <span className="text-muted">No story planned yet.</span>
                                )}
                              </p>
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </Card>
                </section>
              </li>
            ))}
          </ol>
        )}
        <aside aria-labelledby="report-title">
          <Card>
            <h3 id="report-title" className="mb-3 text-base font-semibold">Loop report</h3>
            <LoopReportPanel
              report={report}
              rounds={loop.rounds.map((r) => ({ id: r.id, title: r.title, focus: r.focus }))}
              stories={stories.map((s) => ({ id: s.id, title: s.title, status: s.status }))}
            />
          </Card>
        </aside>
      </div>
    </div>
  );
}
