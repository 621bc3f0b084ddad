// The planning view: each round with a story picker per focus principle, and the loop report beside the plan.
import Link from "next/link";
import { buttonClass, ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { RoundKindBadge } from "@/components/loop-kinds";
import { loopCountdown } from "@/lib/domain/checklist";
import { loopTitle, relativeDay } from "@/lib/domain/loop-names";
import { LoopCountdownCard } from "@/components/loop-countdown";
import { LoopSummaryCard } from "@/components/loop-summary";
import { LoopDeleteButton } from "@/components/loop-delete-button";
import { LoopDetailsForm } from "@/components/loop-form";
import { PlanForMeButton } from "@/components/loop-plan-button";
import { LoopReportPanelClient } from "@/components/loop-report-client";
import { RoundControls } from "@/components/loop-round-controls";
import { RoundForm } from "@/components/loop-round-form";
import { RoundEditDetails } from "@/components/round-edit-details";
import { RoundBody } from "@/components/round-body";
import { DeepDiveRound } from "@/components/deep-dive-round";
import { SlotPicker } from "@/components/loop-slot-picker";
import { SlotBankProvider } from "@/components/slot-bank";
import { packBank, type PackedBank } from "@/components/slot-bank-data";
import { principleName } from "@/lib/domain/principles";
import { orNotFound } from "@/lib/server/not-found";
import { getLoopWorkspace, slotId } from "@/lib/server/loops";
import { requireViewer } from "@/lib/server/viewer";
import {
  addRoundAction,
  updateLoopAction,
  updateRoundAction,
} from "@/lib/actions/loops";

export const metadata = { title: "Plan a loop · StarLoop" };

/** A mentor's read-only view has no pickers, so it sends no bank. */
const EMPTY_BANK: PackedBank = { stories: [], projects: [], loop: { rounds: [], assignments: [] } };

export default async function LoopPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/loops/${id}`);
  const { loop, stories, report, undoable, projects } = await orNotFound(getLoopWorkspace(viewer, id));
  const owner = loop.access === "owner";
  const title = loopTitle(loop);
  const storyById = new Map(stories.map((s) => [s.id, s]));
  const slotBy = new Map(report.coverage.slots.map((s) => [slotId(s.roundId, s.principle), s]));
  const emptySlots = report.coverage.uncovered.length;
  const today = new Date().toISOString().slice(0, 10);
  const countdown = owner ? loopCountdown({ date: loop.date, today, report, stories }) : null;
  const relative = relativeDay(loop.date, today);

  // The stories the report names (planned, or in a finding): all the panel looks up.
  const reportStoryIds = new Set([
    ...report.coverage.slots.flatMap((s) => [s.storyId, s.backupStoryId]),
    ...report.reuse.findings.flatMap((f) => f.storyIds),
    ...report.storyFindings.map((f) => f.storyId),
  ]);
  // The bank once, for every picker: each ranks its own slot from it (components/slot-bank.tsx).
  const bank = owner
    ? packBank(stories, {
        rounds: loop.rounds.map((r) => ({ id: r.id, title: r.title, kind: r.kind, minutes: r.minutes, focus: r.focus })),
        assignments: loop.assignments.map((a) => ({ roundId: a.roundId, principle: a.principle, storyId: a.storyId, backupStoryId: a.backupStoryId })),
      })
    : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/loops" className="text-brand-700 hover:underline">
          ← Loops
        </Link>
      </p>
      <PageHeader
        title={title}
        description={
          [relative ? `${loop.date} (${relative})` : loop.date, `${loop.rounds.length} round${loop.rounds.length === 1 ? "" : "s"}`]
            .filter(Boolean)
            .join(" · ") + (owner ? "" : " · shared with you (read only)")
        }
        actions={
          <>
            <ButtonLink href={`/loops/${loop.id}/print`} variant="secondary">
              Print
            </ButtonLink>
            <a href={`/api/loops/${loop.id}/pdf`} download className={buttonClass("secondary")}>
              Download PDF
            </a>
            {owner ? <LoopDeleteButton title={title} loopId={loop.id} /> : null}
          </>
        }
      />

      {countdown ? (
        <div className="mb-5">
          <LoopCountdownCard countdown={countdown} />
        </div>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-5">
          <LoopSummaryCard report={report} className="lg:hidden" />
          {owner ? (
            <Card className="space-y-3">
              <PlanForMeButton loopId={loop.id} emptySlots={emptySlots} undoable={undoable} />
              {stories.length === 0 ? (
                <p className="text-sm text-muted">
                  Your bank has no stories yet. <Link href="/stories" className="text-brand-700 underline">Write a story</Link> and tag its
                  principles, then come back to plan.
                </p>
              ) : null}
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit loop details</summary>
                <div className="mt-3">
                  <LoopDetailsForm
                    initial={{ company: loop.company, role: loop.role, level: loop.level, date: loop.date }}
                    action={updateLoopAction.bind(null, loop.id)}
                  />
                </div>
              </details>
            </Card>
          ) : null}

          {loop.rounds.length === 0 ? (
            <EmptyState title="No rounds yet">
              {owner ? "Add the rounds of your loop below: a title, its kind, its length and the one to three principles it probes." : "This loop has no rounds yet."}
            </EmptyState>
          ) : (
            <SlotBankProvider bank={bank ?? EMPTY_BANK}>
            <ol className="space-y-4">
              {loop.rounds.map((round, i) => {
                const planned = round.focus.filter((p) => slotBy.get(slotId(round.id, p))?.storyId).length;
                return (
                  <li key={round.id}>
                    <section id={`round-${round.id}`} aria-labelledby={`round-${round.id}-title`} className="scroll-mt-24">
                      <Card className="space-y-3">
                        <div className="flex flex-wrap items-start justify-between gap-2">
                          <div>
                            <h2 id={`round-${round.id}-title`} className="text-base font-semibold">
                              <span className="text-muted">{i + 1}.</span> {round.title}
                            </h2>
                            <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
                              <RoundKindBadge kind={round.kind} /> {round.minutes} min
                              {round.focus.length > 0 ? ` · ${planned} of ${round.focus.length} planned` : ""}
                            </p>
                          </div>
                          {owner ? (
                            <RoundControls
                              roundTitle={round.title}
                              isFirst={i === 0}
                              isLast={i === loop.rounds.length - 1}
                              plannedCount={planned}
                              loopId={loop.id}
                              roundId={round.id}
                            />
                          ) : null}
                        </div>

                        <RoundBody id={`round-${round.id}-body`} roundTitle={round.title}>
                          {round.kind === "deep-dive" ? (
                            <DeepDiveRound
                              roundId={round.id}
                              roundTitle={round.title}
                              projectId={round.projectId ?? null}
                              projects={projects}
                              findings={report.deepDives?.find((d) => d.roundId === round.id)?.findings ?? []}
                              loopId={owner ? loop.id : undefined}
                            />
                          ) : round.focus.length === 0 ? (
                            <p className="text-sm text-muted">
                              No focus principles, so no behavioral story to plan here
                              {owner ? ". Edit the round to add one to three if the interviewer asks behavioral questions." : "."}
                            </p>
                          ) : (
                            <div className="grid gap-3">
                              {round.focus.map((principle) => {
                                const slot = slotBy.get(slotId(round.id, principle));
                                const current = slot?.storyId ? { storyId: slot.storyId, backupStoryId: slot.backupStoryId } : null;
                                if (!owner) {
                                  const main = current ? storyById.get(current.storyId) : undefined;
                                  const backup = current?.backupStoryId ? storyById.get(current.backupStoryId) : undefined;
                                  return (
                                    <div key={principle} className="rounded-lg border border-line p-3 text-sm">
                                      <p className="font-medium">{principleName(principle)}</p>
                                      <p className="mt-1">
                                        {main ? (
                                          <>
                                            Story: <Link href={`/stories/${main.id}`} className="text-brand-700 underline">{main.title}</Link>
                                            {backup ? (
                                              <>
                                                {" "}· Backup: <Link href={`/stories/${backup.id}`} className="text-brand-700 underline">{backup.title}</Link>
                                              </>
                                            ) : null}
                                          </>
                                        ) : (
                                          <span className="text-muted">No story planned yet.</span>
                                        )}
                                      </p>
                                    </div>
                                  );
                                }
                                const key = slotId(round.id, principle);
                                return (
                                  <SlotPicker
                                    key={key}
                                    idPrefix={`slot-${round.id}-${principle}`}
                                    roundTitle={round.title}
                                    principleLabel={principleName(principle)}
                                    current={current}
                                    roundId={round.id}
                                    principle={principle}
                                    loopId={loop.id}
                                  />
                                );
                              })}
                            </div>
                          )}

                          {owner ? (
                            <RoundEditDetails
                              roundTitle={round.title}
                              idPrefix={`edit-${round.id}`}
                              initial={{ title: round.title, kind: round.kind, minutes: round.minutes, focus: round.focus, projectId: round.projectId ?? null }}
                              action={updateRoundAction.bind(null, loop.id, round.id)}
                              submitLabel="Save round"
                              pendingLabel="Saving…"
                              focusNote="Taking a principle out of the focus deletes the story planned for it in this round."
                            />
                          ) : null}
                        </RoundBody>
                      </Card>
                    </section>
                  </li>
                );
              })}
            </ol>
            </SlotBankProvider>
          )}

          {owner ? (
            <Card>
              <h2 className="mb-3 text-base font-semibold">Add a round</h2>
              <RoundForm
                idPrefix="new-round"
                action={addRoundAction.bind(null, loop.id)}
                submitLabel="Add round"
                pendingLabel="Adding…"
                resetOnSuccess
              />
            </Card>
          ) : null}
        </div>

        <aside id="loop-report" aria-labelledby="report-title" className="scroll-mt-24 lg:sticky lg:top-20">
          <Card>
            <h2 id="report-title" className="mb-3 text-base font-semibold">
              Loop report
            </h2>
            <LoopReportPanelClient
              report={report}
              rounds={loop.rounds.map((r) => ({ id: r.id, title: r.title, focus: r.focus }))}
              stories={stories.filter((s) => reportStoryIds.has(s.id)).map((s) => ({ id: s.id, title: s.title, status: s.status }))}
            />
          </Card>
        </aside>
      </div>
    </>
  );
}
